package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.amendment.Consolidation;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.procedure.Succession;
import org.treatymodel.agreement.text.AgreementText;

/**
 * The 2016 Agreement concerning the Relationship between the United Nations and the International
 * Organization for Migration, signed in New York on 19 September 2016: the entry point to the
 * canonical data.
 *
 * <pre>{@code
 * Agreement agreement = UnIomAgreement.agreement();
 * Article article = agreement.article(16);               // "Entry into force"
 * List<Norm> duties = agreement.normsBorneBy(Actors.DIRECTOR_GENERAL);
 * }</pre>
 *
 * <p>Every word of the text is that of the annex of source 001; every date, number and name comes
 * from the sources or FACTS.md. The values are built once and shared; they are immutable.
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
          .build();

  private static final Succession RELATIONSHIP =
      Succession.of(
          ImmutableList.of(RelationshipAgreements.unIom1996(), RelationshipAgreements.unIom2016()));

  private static final Timeline HISTORY =
      Timeline.of(
          Instruments.all(),
          ImmutableList.<TimelineEvent>builder()
              .addAll(UnIom2016History.EVENTS)
              .addAll(UnIom2016History.procedureEvents(RelationshipAgreements.unIom2016()))
              .build());

  private static final Consolidation CONSOLIDATION =
      Consolidation.builder()
          .original(AGREEMENT.text())
          .originalDate(RelationshipAgreements.unIom2016().entryIntoForce().orElseThrow())
          .language("eng")
          .build();

  /** The Agreement: text, norms, actors, instruments and cross-references. */
  public static Agreement agreement() {
    return AGREEMENT;
  }

  /** The text of the Agreement: preamble, Articles 1 to 16, final clauses. */
  public static AgreementText text() {
    return AGREEMENT.text();
  }

  /** Every instrument the sources cite, from the Charter to the 2016 Agreement itself. */
  public static ImmutableList<Instrument> instruments() {
    return AGREEMENT.instruments();
  }

  /**
   * The history of the relationship from observer status (16 October 1992) to the signature and
   * entry into force of the Agreement (19 September 2016), in date order.
   */
  public static Timeline history() {
    return HISTORY;
  }

  /**
   * The succession of instruments that have governed the relationship: the Cooperation Agreement of
   * 25 June 1996, then the 2016 Agreement, each with its procedure.
   */
  public static Succession relationship() {
    return RELATIONSHIP;
  }

  /**
   * The status of the 2016 Agreement on {@code date}: approved by the IOM Council only on 1 July
   * 2016, approved by both on 1 August 2016, in force from 19 September 2016.
   */
  public static Status statusOn(LocalDate date) {
    return RELATIONSHIP.statusOn(Instruments.RELATIONSHIP_AGREEMENT_2016, date);
  }

  /**
   * The instrument that governs the relationship on {@code date}: none before 25 June 1996, the
   * Cooperation Agreement from then, the 2016 Agreement from 19 September 2016 (Article 16(2)).
   */
  public static Optional<InstrumentId> governingInstrumentOn(LocalDate date) {
    return RELATIONSHIP.governingInstrumentOn(date);
  }

  /**
   * The text in its versions: the original ({@code eng@2016-09-19}) and, were any amendment in
   * force, the consolidated text as of any date. No amendment of the 2016 Agreement is known.
   */
  public static Consolidation consolidation() {
    return CONSOLIDATION;
  }

  /**
   * The text of {@code instrument}, where the sources contain it: present for the 2016 Agreement,
   * empty for every other instrument, such as the Cooperation Agreement of 25 June 1996, whose
   * articles are not in the sources and are not invented.
   */
  public static Optional<AgreementText> textOf(InstrumentId instrument) {
    return instrument.equals(AGREEMENT.instrument())
        ? Optional.of(AGREEMENT.text())
        : Optional.empty();
  }

  /**
   * The rule of Article 15 for amendments: approval by the General Assembly and the IOM Council,
   * notified in writing, in force on the date of the later approval.
   */
  public static LaterOfApprovals amendmentRule() {
    return LaterOfApprovals.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL);
  }
}
