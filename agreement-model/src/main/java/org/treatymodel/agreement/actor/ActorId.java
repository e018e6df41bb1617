package org.treatymodel.agreement.actor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier of an {@link Actor}: lower-case words joined by {@code -}, with {@code .}
 * separating an actor from the body it belongs to, as in {@code iom.director-general} or {@code
 * un.general-assembly}.
 *
 * <p>The first segment names the Organization ({@code un} or {@code iom}); {@link #parent()} strips
 * the last segment. {@link #parse} and {@link #toString} round-trip. This class is immutable.
 */
public final class ActorId implements Comparable<ActorId> {
  private static final Pattern FORM = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)*");

  private final String value;

  private ActorId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier spelled {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not of the form {@code
   *     word(-word)*(.word(-word)*)*}
   */
  public static ActorId of(String value) {
    checkNotNull(value, "actor id");
    checkArgument(
        FORM.matcher(value).matches(),
        "actor id must be lower-case words joined by '-' and '.', like \"iom.director-general\": \"%s\"",
        value);
    return new ActorId(value);
  }

  /** Parses the text form that {@link #toString} produces; the same as {@link #of}. */
  public static ActorId parse(CharSequence text) {
    checkNotNull(text, "text");
    return of(text.toString());
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

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActorId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The identifier's text, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return value;
  }
}
