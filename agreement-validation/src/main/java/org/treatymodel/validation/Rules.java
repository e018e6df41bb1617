package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The catalogue of rules, by concern; each rule is listed with its code, severity, description and
 * an example message in this module's README. Validating the canonical dossier with every rule
 * finds no error and no warning; the information it finds is listed in the README with its reason.
 */
@API(status = STABLE, since = "0.1.0")
public final class Rules {
  private Rules() {}

  /** The text's shape: numbering without gaps, distinct instruments, norms anchored (STRUCT). */
  public static final RuleSet STRUCTURE = StructureRules.SET;

  /** Every identifier resolves: provisions, actors, instruments (REF). */
  public static final RuleSet REFERENCES = ReferenceRules.SET;

  /** The norms against their text and each other (NORM). */
  public static final RuleSet NORMS = NormRules.SET;

  /** Two parties, their constituent instruments, the signature block and signature (PARTY). */
  public static final RuleSet PARTIES = PartyRules.SET;

  /** The approvals, notifications and signature of each procedure, Articles 15 and 16 (PROC). */
  public static final RuleSet PROCEDURE = ProcedureRules.SET;

  /** Dates against each other and against today (CHRON). */
  public static final RuleSet CHRONOLOGY = ChronologyRules.SET;

  /** Amendments, Article 15 (AMEND). */
  public static final RuleSet AMENDMENTS = AmendmentRules.SET;

  /** The instruments that govern the relationship one after another, Article 16(2) (SUCC). */
  public static final RuleSet SUCCESSION = SuccessionRules.SET;

  private static final ImmutableList<RuleSet> SETS =
      ImmutableList.of(
          STRUCTURE, REFERENCES, NORMS, PARTIES, PROCEDURE, CHRONOLOGY, AMENDMENTS, SUCCESSION);

  private static final RuleSet ALL = SETS.stream().reduce(RuleSet::and).orElseThrow();

  /** The rule sets, by concern, in the order above. */
  public static ImmutableList<RuleSet> sets() {
    return SETS;
  }

  /** Every rule of the catalogue, set by set. */
  public static RuleSet all() {
    return ALL;
  }

  /**
   * The rule with {@code code}.
   *
   * @throws IllegalArgumentException naming the code if the catalogue has no such rule
   */
  public static Rule byCode(RuleCode code) {
    checkNotNull(code, "code");
    return findByCode(code)
        .orElseThrow(() -> new IllegalArgumentException("no rule " + code + " in the catalogue"));
  }

  /** The rule with {@code code}, if the catalogue has one. */
  public static Optional<Rule> findByCode(RuleCode code) {
    return ALL.find(code);
  }
}
