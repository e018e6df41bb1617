package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.instrument.Instruments;

/**
 * The 2016 Agreement concerning the Relationship between the United Nations and the International
 * Organization for Migration, signed in New York on 19 September 2016: the entry point to the
 * canonical data. Everything is reached from the one {@link Agreement} it returns: the text, the
 * norms, the procedure and the status on any date, the consolidated versions, the succession of
 * instruments and the history.
 *
 * <pre>{@code
 * Agreement agreement = UnIomAgreement.agreement();
 * Article article = agreement.article(16);               // "Entry into force"
 * List<Norm> rights = agreement.normsBorneBy(Actors.DIRECTOR_GENERAL);
 * Stage stage = agreement.statusOn(LocalDate.of(2016, 8, 1)).stage();   // APPROVED
 * }</pre>
 *
 * <p>Every word of the text is that of the annex of source 001; every date, number and name comes
 * from the sources or FACTS.md. The value is built once, when first asked for, and shared; it is
 * immutable.
 */
public final class UnIomAgreement {
  private UnIomAgreement() {}

  private static final Agreement AGREEMENT =
      Agreement.builder()
          .instrument(Instruments.RELATIONSHIP_AGREEMENT_2016)
          .text(UnIom2016Text.TEXT)
          .actors(Actors.all())
          .instruments(Instruments.all())
          .norms(UnIom2016Norms.NORMS)
          .nonNormativeProvisions(UnIom2016Norms.NON_NORMATIVE)
          .crossReferences(UnIom2016References.REFERENCES)
          .anticipatedArrangements(UnIom2016Arrangements.ARRANGEMENTS)
          .procedure(UnIom2016Procedures.RELATIONSHIP_AGREEMENT_2016)
          .amendmentRule(UnIom2016Procedures.AMENDMENT_RULE)
          .predecessors(ImmutableList.of(UnIom2016Procedures.COOPERATION_AGREEMENT_1996))
          .otherEvents(UnIom2016History.OTHER_EVENTS)
          .reportedStatements(UnIom2016Reported.STATEMENTS)
          .build();

  /**
   * The Agreement: text, norms, actors, instruments, cross-references, procedure, amendments,
   * succession and history.
   */
  public static Agreement agreement() {
    return AGREEMENT;
  }
}
