package org.treatymodel.agreement.actor;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Identifiers;

/**
 * The identifier of an {@link Actor}: lower-case words joined by {@code -}, with {@code .}
 * separating an actor from the body it belongs to, as in {@code iom.director-general} or {@code
 * un.general-assembly}. A word is an ASCII letter followed by letters and digits.
 *
 * <p>The first segment names the Organization ({@code un} or {@code iom}): an Organization, and
 * only an Organization, has an identifier of one segment. {@link #parent()} strips the last
 * segment. An identifier has at most {@value #MAX_LENGTH} characters. {@link #parse} accepts
 * exactly what {@link #toString} writes. This class is immutable.
 *
 * @param value the identifier's text, such as {@code iom.director-general}
 */
@API(status = STABLE, since = "0.1.0")
public record ActorId(String value) implements Comparable<ActorId> {
  /** The longest identifier accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final String FORM =
      "lower-case words joined by '-' and '.', like \"iom.director-general\"";

  /**
   * Checks the identifier's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException naming the text if it is longer than {@value #MAX_LENGTH}
   *     characters or not of the form {@code word(-word)*(.word(-word)*)*}
   */
  public ActorId {
    value = Identifiers.check("actor id", value, MAX_LENGTH, ActorId::isWellFormed, FORM);
  }

  /**
   * The identifier spelled {@code value}; the same as {@link #parse}.
   *
   * @throws IllegalArgumentException naming the text if it is not an actor identifier
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  /**
   * Parses the text form that {@link #toString} writes.
   *
   * @throws IllegalArgumentException naming the text if it is not an actor identifier
   */
  public static ActorId parse(CharSequence text) {
    return new ActorId(
        Identifiers.check("actor id", text, MAX_LENGTH, ActorId::isWellFormed, FORM));
  }

  private static boolean isWellFormed(String text) {
    return Identifiers.isSegmentedWords(text, 0, text.length());
  }

  /**
   * The actor this one belongs to ({@code un} for {@code un.general-assembly}), or empty for an
   * Organization.
   */
  public Optional<ActorId> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new ActorId(value.substring(0, dot)));
  }

  /**
   * The Organization this actor belongs to, or this identifier itself if it names an Organization.
   */
  public ActorId organization() {
    int dot = value.indexOf('.');
    return dot < 0 ? this : new ActorId(value.substring(0, dot));
  }

  /** Whether this identifier names an Organization: it has a single segment, like {@code iom}. */
  public boolean isOrganization() {
    return value.indexOf('.') < 0;
  }

  /** Orders identifiers by their text. */
  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  /** The identifier's text, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return value;
  }
}
