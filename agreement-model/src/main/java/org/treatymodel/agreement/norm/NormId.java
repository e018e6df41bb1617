package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Identifiers;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The identifier of a {@link Norm}: the provision that states it and its position among the norms
 * of that provision, written {@code art_5__para_1#2} (the second norm of Article 5(1)).
 *
 * <p>{@link #parse} accepts exactly what {@link #toString} writes: a {@link ProvisionId}, {@code
 * #}, and a number from 1 to {@value #MAX_ORDINAL} without leading zero. Norm identifiers order by
 * provision in document order, then by position. This class is immutable.
 *
 * @param provision the provision that states the norm
 * @param ordinal the norm's position among the norms of its provision, from 1
 */
@API(status = STABLE, since = "0.1.0")
public record NormId(ProvisionId provision, int ordinal) implements Comparable<NormId> {
  /** The largest position a norm may have within its provision. */
  public static final int MAX_ORDINAL = 999;

  private static final Comparator<NormId> ORDER =
      Comparator.comparing(NormId::provision).thenComparingInt(NormId::ordinal);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code ordinal} is not from 1 to {@value #MAX_ORDINAL}
   */
  public NormId {
    checkNotNull(provision, "provision");
    checkArgument(
        ordinal >= 1 && ordinal <= MAX_ORDINAL,
        "norm ordinal must be from 1 to %s: %s",
        MAX_ORDINAL,
        ordinal);
  }

  /**
   * The {@code ordinal}-th norm of {@code provision}, counted from 1.
   *
   * @throws IllegalArgumentException if {@code ordinal} is not from 1 to {@value #MAX_ORDINAL}
   */
  public static NormId of(ProvisionId provision, int ordinal) {
    return new NormId(provision, ordinal);
  }

  /**
   * Parses {@code art_5__para_1#2}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the text if it is not a provision id, {@code #} and a
   *     number in canonical form
   */
  public static NormId parse(CharSequence text) {
    String value =
        Identifiers.check(
            "norm id", text, ProvisionId.MAX_LENGTH + 4, t -> true, "a provision id and #N");
    int hash = value.lastIndexOf('#');
    int ordinal = hash < 0 ? -1 : Identifiers.canonicalNumber(value, hash + 1, value.length());
    if (hash <= 0 || ordinal < 1 || ordinal > MAX_ORDINAL) {
      throw new IllegalArgumentException(
          "norm id must be a provision id, '#' and a number from 1 to "
              + MAX_ORDINAL
              + ", like \"art_5__para_1#2\": "
              + Texts.quote(value));
    }
    ProvisionId provision;
    try {
      provision = ProvisionId.parse(value.substring(0, hash));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "norm id must begin with a provision id: " + Texts.quote(value), e);
    }
    return new NormId(provision, ordinal);
  }

  @Override
  public int compareTo(NormId other) {
    return ORDER.compare(this, checkNotNull(other, "other"));
  }

  /** The text form, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return provision + "#" + ordinal;
  }
}
