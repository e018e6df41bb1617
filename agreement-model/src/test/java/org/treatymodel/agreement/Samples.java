package org.treatymodel.agreement;

import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.agreement.uniom.Actors;

/** Small, valid values for tests that need one and change a single thing about it. */
public final class Samples {
  private Samples() {}

  /** A fictional agreement between the United Nations and IOM. */
  public static final InstrumentId INSTRUMENT = InstrumentId.of("agreement/un+iom/2030-01-01");

  /** The final clauses of a text signed by the Secretary-General and the Director General. */
  public static FinalClauses finalClauses() {
    return FinalClauses.builder()
        .testimonium("In witness thereof.")
        .signingClause("Signed in the English language.")
        .languages(Language.ENGLISH)
        .signatures(
            SignatureLine.builder()
                .party(Actors.UNITED_NATIONS)
                .caption("For the United Nations:")
                .signatory("A")
                .title("Secretary-General")
                .office(Actors.SECRETARY_GENERAL)
                .build(),
            SignatureLine.builder()
                .party(Actors.IOM)
                .caption("For IOM:")
                .signatory("B")
                .title("Director General")
                .office(Actors.DIRECTOR_GENERAL)
                .build())
        .build();
  }

  /** A text of one article of one paragraph. */
  public static AgreementText text() {
    return AgreementText.builder()
        .title("Agreement")
        .partiesFormula("The parties,")
        .enactingFormula("Have agreed as follows:")
        .articles(
            Article.builder()
                .number(1)
                .heading("Cooperation")
                .paragraphs(Paragraph.builder().text("The parties shall cooperate.").build())
                .build())
        .finalClauses(finalClauses())
        .build();
  }

  /** The procedure of {@link #INSTRUMENT}: approvals by both governing bodies, then signature. */
  public static Procedure procedure() {
    return Procedure.builder()
        .instrument(INSTRUMENT)
        .parties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
        .build();
  }

  /** An agreement with {@link #text()} and {@link #procedure()}, nothing else. */
  public static Agreement agreement() {
    return Agreement.builder().instrument(INSTRUMENT).text(text()).procedure(procedure()).build();
  }
}
