package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.text.AgreementText;

/**
 * The 2016 Agreement concerning the Relationship between the United Nations and the International
 * Organization for Migration, signed in New York on 19 September 2016: the entry point to the canonical
 * data.
 *
 * <pre>{@code
 * Agreement agreement = UnIomAgreement.agreement();
 * Article article = agreement.article(16);               // "Entry into force"
 * List<Norm> duties = agreement.normsBorneBy(Actors.DIRECTOR_GENERAL);
 * }</pre>
 *
 * <p>Every word of the text is that of the annex of source 001; every date, number and name comes from
 * the sources or FACTS.md. The values are built once and shared; they are immutable.
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
          .build();

  private static final Timeline HISTORY = Timeline.of(Instruments.all(), UnIom2016History.EVENTS);

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
   * The history of the relationship from observer status (16 October 1992) to the signature and entry
   * into force of the Agreement (19 September 2016), in date order.
   */
  public static Timeline history() {
    return HISTORY;
  }
}
