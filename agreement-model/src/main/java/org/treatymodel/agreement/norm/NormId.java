package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.treatymodel.agreement.text.ProvisionId;

/**
 * The identifier of a {@link Norm}: the provision that states it and its position among the norms
 * of that provision, written {@code art_5__para_1#2} (the second norm of Article 5(1)).
 *
 * <p>{@link #parse} and {@link #toString} round-trip. This class is immutable.
 */
public final class NormId implements Comparable<NormId> {
  private final ProvisionId provision;
  private final int ordinal;

  private NormId(ProvisionId provision, int ordinal) {
    this.provision = provision;
    this.ordinal = ordinal;
  }

  /**
   * The {@code ordinal}-th norm of {@code provision}, counted from 1.
   *
   * @throws IllegalArgumentException if {@code ordinal} is below 1
   */
  public static NormId of(ProvisionId provision, int ordinal) {
    checkNotNull(provision, "provision");
    checkArgument(ordinal >= 1, "norm ordinal must be at least 1: %s", ordinal);
    return new NormId(provision, ordinal);
  }

  /**
   * Parses {@code art_5__para_1#2}.
   *
   * @throws IllegalArgumentException if the text is not a provision id, {@code #} and a positive
   *     number
   */
  public static NormId parse(CharSequence text) {
    checkNotNull(text, "text");
    String value = text.toString();
    int hash = value.lastIndexOf('#');
    checkArgument(
        hash > 0 && value.substring(hash + 1).matches("[1-9][0-9]*"),
        "norm id must be a provision id, '#' and a number, like \"art_5__para_1#2\": \"%s\"",
        value);
    return of(
        ProvisionId.parse(value.substring(0, hash)), Integer.parseInt(value.substring(hash + 1)));
  }

  /** The provision that states the norm. */
  public ProvisionId provision() {
    return provision;
  }

  /** The norm's position among the norms of its provision, from 1. */
  public int ordinal() {
    return ordinal;
  }

  @Override
  public int compareTo(NormId other) {
    int byProvision = provision.compareTo(other.provision);
    return byProvision != 0 ? byProvision : Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NormId that
        && that.provision.equals(provision)
        && that.ordinal == ordinal;
  }

  @Override
  public int hashCode() {
    return 31 * provision.hashCode() + ordinal;
  }

  /** The text form, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return provision + "#" + ordinal;
  }
}
