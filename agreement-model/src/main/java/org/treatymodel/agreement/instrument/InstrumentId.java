package org.treatymodel.agreement.instrument;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The identifier of an {@link Instrument}: its document symbol where it has one ({@code
 * A/RES/70/263}, {@code A/70/976}), otherwise the designation the sources use ("IOM Council
 * resolution No. 1309").
 *
 * <p>{@link #parse} and {@link #toString} round-trip. This class is immutable.
 */
public final class InstrumentId implements Comparable<InstrumentId> {
  private final String value;

  private InstrumentId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or a
   *     line break
   */
  public static InstrumentId of(String value) {
    checkNotNull(value, "instrument id");
    checkArgument(!value.isBlank(), "instrument id must not be blank: \"%s\"", value);
    checkArgument(
        value.strip().equals(value) && value.lines().count() == 1,
        "instrument id must be one line without surrounding white space: \"%s\"",
        value);
    return new InstrumentId(value);
  }

  /** Parses the text form that {@link #toString} produces; the same as {@link #of}. */
  public static InstrumentId parse(CharSequence text) {
    checkNotNull(text, "text");
    return of(text.toString());
  }

  @Override
  public int compareTo(InstrumentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InstrumentId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The symbol or designation, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return value;
  }
}
