package org.treatymodel.agreement.norm;

import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A provision that states no norm, and why: a purpose clause (Article 1), the preamble, a statement
 * of legal effect (Article 16(2)), the final clauses. Recording it says "no norm here" explicitly,
 * so that a provision with neither norms nor this record is known to be unanalysed. Instances are
 * immutable.
 */
@Value.Immutable
public abstract class NonNormativeProvision {
  NonNormativeProvision() {}

  /** {@code provision} states no norm, for {@code reason}. */
  public static NonNormativeProvision of(ProvisionId provision, String reason) {
    return ImmutableNonNormativeProvision.of(provision, reason);
  }

  /** The provision (and everything within it) that states no norm. */
  @Value.Parameter
  public abstract ProvisionId provision();

  /** Why it states none, such as "purpose clause". */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  void check() {
    Texts.checkText("reason", reason());
  }
}
