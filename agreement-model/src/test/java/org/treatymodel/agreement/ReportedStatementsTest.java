package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * What source 004 reports of the 1996 Cooperation Agreement: its own words, with provenance, never
 * the 1996 text.
 */
class ReportedStatementsTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  private static String source004() throws IOException {
    try (InputStream in =
        ReportedStatementsTest.class.getResourceAsStream("/sources/004_4258a9438b86f3b9.txt")) {
      assertTrue(in != null, "the verbatim copy of source 004 is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyStatementIsInTheWordsOfSource004() throws IOException {
    String source = source004();
    List<ReportedStatement> statements =
        agreement.statementsAbout(Instruments.COOPERATION_AGREEMENT_1996);
    assertEquals(4, statements.size());
    for (ReportedStatement statement : statements) {
      assertTrue(source.contains(statement.words()), statement.words());
      assertTrue(statement.provenance().startsWith("source 004"));
      statement.quoted().ifPresent(quote -> assertTrue(statement.words().contains(quote)));
      for (ProvisionId compared : statement.comparedWith()) {
        assertTrue(agreement.text().findProvision(compared).isPresent(), compared.toString());
      }
      assertEquals(Instruments.ECOSOC_DOCUMENT_E_1996_90, statement.cites().orElseThrow());
    }
  }

  @Test
  void theReportedWordsOfThe1996AgreementAreMarkedAsSuch() {
    ReportedStatement meetings = agreement.reportedStatements().get(2);
    assertEquals(
        "intergovernmental organizations have been invited to attend as observers",
        meetings.quoted().orElseThrow());
    assertEquals(Instruments.COOPERATION_AGREEMENT_1996, meetings.quotedFrom().orElseThrow());
    assertEquals(2, meetings.citedArticle().getAsInt());
    ReportedStatement studies = agreement.reportedStatements().get(3);
    assertEquals(Instruments.RELATIONSHIP_AGREEMENT_2016, studies.quotedFrom().orElseThrow());
    assertTrue(
        agreement
            .provision(ProvisionId.article(7).paragraph(2))
            .text()
            .contains(studies.quoted().orElseThrow()),
        "the quoted 2016 words stand in Article 7(2)");
    assertTrue(agreement.statementsAbout(Instruments.RELATIONSHIP_AGREEMENT_2016).isEmpty());
  }

  @Test
  void aStatementQuotesOnlyWhatItSays() {
    assertRejected(
        () ->
            ReportedStatement.builder()
                .about(Instruments.COOPERATION_AGREEMENT_1996)
                .topic("meetings")
                .words("The old agreement granted nothing.")
                .quoted("observers")
                .provenance("test data")
                .build(),
        "the quoted words \"observers\" must stand in the statement");
    assertRejected(
        () ->
            ReportedStatement.builder()
                .about(Instruments.COOPERATION_AGREEMENT_1996)
                .topic("meetings")
                .words("The old agreement granted nothing.")
                .quotedFrom(Instruments.COOPERATION_AGREEMENT_1996)
                .provenance("test data")
                .build(),
        "a statement that quotes nothing has no instrument it quotes from");
    assertRejected(
        () ->
            ReportedStatement.builder()
                .about(Instruments.COOPERATION_AGREEMENT_1996)
                .topic("meetings")
                .words("The old agreement granted nothing.")
                .citedArticle(0)
                .provenance("test data")
                .build(),
        "cited article must be from 1 to 9999: 0");
  }
}
