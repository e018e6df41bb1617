package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * Words that state no norm, and why: a whole provision (the preamble, the purpose clause of Article
 * 1, the statement of legal effect of Article 16(2), the final clauses), or one sentence or clause
 * of a provision whose other sentences do (the approval of the Agreement "by the General Assembly
 * of the United Nations and by the Council of the International Organization for Migration",
 * Article 16(1), is a condition of its entry into force, not a duty of either organ). Recording it
 * says "no norm here" explicitly, so that a provision with neither norms nor this record is known
 * to be unanalysed. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class NonNormativeProvision {
  NonNormativeProvision() {}

  /** {@code provision}, and everything within it, states no norm, for {@code reason}. */
  public static NonNormativeProvision of(ProvisionId provision, String reason) {
    return new ImmutableNonNormativeProvision.Builder().provision(provision).reason(reason).build();
  }

  /** {@code words}, verbatim in {@code provision}, state no norm, for {@code reason}. */
  public static NonNormativeProvision ofWords(ProvisionId provision, String words, String reason) {
    return new ImmutableNonNormativeProvision.Builder()
        .provision(provision)
        .words(Optional.of(checkNotNull(words, "words")))
        .reason(reason)
        .build();
  }

  /** The provision that holds the words. */
  public abstract ProvisionId provision();

  /**
   * The words that state no norm, verbatim from the provision; empty when the whole provision
   * states none.
   */
  @Value.Default
  public Optional<String> words() {
    return Optional.empty();
  }

  /** Why they state none, such as "purpose clause". */
  public abstract String reason();

  /** Whether the record covers the whole provision rather than some of its words. */
  public boolean coversWholeProvision() {
    return words().isEmpty();
  }

  @Value.Check
  void check() {
    Texts.checkText("reason", reason());
    words().ifPresent(words -> Texts.checkText("words", words));
  }
}
