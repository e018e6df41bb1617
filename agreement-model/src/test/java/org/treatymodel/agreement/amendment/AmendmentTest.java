package org.treatymodel.agreement.amendment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Amendments under Article 15, on a hypothetical amendment: no amendment of the 2016 Agreement is
 * known, so the amendment and its wording below are test data, not facts.
 */
class AmendmentTest {
  private static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2030-12-10");
  private static final LocalDate COUNCIL_APPROVES = LocalDate.of(2030, 6, 1);
  private static final LocalDate ASSEMBLY_APPROVES = LocalDate.of(2030, 12, 10);
  private static final String NEW_WORDING = "Expenses shall be shared as the parties agree.";

  private static Procedure approvedOn(LocalDate council, LocalDate assembly) {
    return Procedure.builder()
        .instrument(AMENDMENT)
        .parties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(UnIomAgreement.agreement().amendmentRule().orElseThrow())
        .events(
            Approval.of(Actors.IOM_COUNCIL, council),
            Approval.of(Actors.GENERAL_ASSEMBLY, assembly))
        .build();
  }

  private static Consolidation consolidated(TextChange... changes) {
    return Consolidation.builder()
        .from(UnIomAgreement.agreement().consolidation())
        .amendments(
            Amendment.builder()
                .instrument(AMENDMENT)
                .changes(changes)
                .procedure(approvedOn(COUNCIL_APPROVES, ASSEMBLY_APPROVES))
                .build())
        .build();
  }

  @Test
  void inForceOnTheLaterApprovalAndTheDayBeforeShowsTheOldWording() {
    Consolidation consolidation =
        consolidated(
            TextChange.replaceParagraph(12, 1, Paragraph.builder().text(NEW_WORDING).build()));

    TextVersion before = consolidation.versionOn(ASSEMBLY_APPROVES.minusDays(1));
    assertTrue(before.isOriginal());
    assertEquals("eng@2016-09-19", before.expression());
    assertTrue(
        before
            .text()
            .article(12)
            .paragraph(1)
            .text()
            .startsWith("Expenses resulting from any cooperation"));

    TextVersion after = consolidation.versionOn(ASSEMBLY_APPROVES);
    assertEquals("eng@2030-12-10", after.expression());
    assertFalse(after.isOriginal());
    assertEquals(List.of(AMENDMENT), after.amendments());
    assertEquals(NEW_WORDING, after.text().provision(ProvisionId.parse("art_12__para_1")).text());

    assertEquals(UnIomAgreement.agreement().text(), consolidation.original());
    assertEquals(2, consolidation.versions().size());
  }

  @Test
  void identifiersStayStableWhenAnArticleIsRemoved() {
    Consolidation consolidation = consolidated(TextChange.removeArticle(12));
    AgreementText amended = consolidation.versionOn(ASSEMBLY_APPROVES).text();
    assertFalse(amended.findArticle(12).isPresent());
    assertEquals(15, amended.articles().size());
    assertEquals("Protection of confidentiality", amended.article(13).heading());
    assertEquals(
        UnIomAgreement.agreement().text().provision(ProvisionId.parse("art_13__para_2")),
        amended.provision(ProvisionId.parse("art_13__para_2")));
  }

  @Test
  void addedAndRemovedParagraphsKeepTheOthersNumbers() {
    Paragraph added = Paragraph.builder().number(3).text("A third paragraph.").build();
    Consolidation consolidation =
        consolidated(TextChange.addParagraph(16, added), TextChange.removeParagraph(16, 1));
    AgreementText amended = consolidation.versionOn(ASSEMBLY_APPROVES).text();
    assertEquals(List.of(2, 3), amended.article(16).paragraphNumbers());
    assertEquals(
        "A third paragraph.",
        amended.provision(ProvisionId.parse("art_16__para_3")).text().substring(3));
  }

  @Test
  void anAmendmentThatDoesNotFitTheTextIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> consolidated(TextChange.removeArticle(17)));
    assertEquals(
        "amendment agreement/un+iom/2030-12-10: cannot change art_17: the text has no such article",
        error.getMessage());
  }

  @Test
  void anAmendmentNotYetApprovedByBothChangesNothing() {
    Consolidation consolidation =
        Consolidation.builder()
            .from(UnIomAgreement.agreement().consolidation())
            .amendments(
                Amendment.builder()
                    .instrument(AMENDMENT)
                    .changes(TextChange.removeArticle(12))
                    .procedure(
                        Procedure.builder()
                            .instrument(AMENDMENT)
                            .parties(Actors.UNITED_NATIONS, Actors.IOM)
                            .rule(UnIomAgreement.agreement().amendmentRule().orElseThrow())
                            .events(Approval.of(Actors.IOM_COUNCIL, COUNCIL_APPROVES))
                            .build())
                    .build())
            .build();
    assertTrue(consolidation.versionOn(LocalDate.of(2099, 1, 1)).isOriginal());
  }

  @Test
  void twoAmendmentsWithOneIdentifierAreRejected() {
    Amendment amendment =
        Amendment.builder()
            .instrument(AMENDMENT)
            .changes(TextChange.removeArticle(12))
            .procedure(approvedOn(COUNCIL_APPROVES, ASSEMBLY_APPROVES))
            .build();
    Amendment sameIdentifier =
        Amendment.builder()
            .instrument(AMENDMENT)
            .changes(TextChange.removeArticle(11))
            .procedure(approvedOn(COUNCIL_APPROVES, ASSEMBLY_APPROVES))
            .build();
    assertRejected(
        () ->
            Consolidation.builder()
                .from(UnIomAgreement.agreement().consolidation())
                .amendments(amendment, sameIdentifier)
                .build(),
        "amendments must not hold the same element twice: \"agreement/un+iom/2030-12-10\"");
    assertRejected(
        () ->
            Amendment.builder()
                .instrument(AMENDMENT)
                .changes(TextChange.removeArticle(12), TextChange.removeArticle(12))
                .procedure(approvedOn(COUNCIL_APPROVES, ASSEMBLY_APPROVES))
                .build(),
        "must not hold the same element twice");
  }

  @Test
  void aConsolidationIsInALanguageOfTheText() {
    assertRejected(
        () ->
            Consolidation.builder()
                .from(UnIomAgreement.agreement().consolidation())
                .language(Language.FRENCH)
                .build(),
        "the consolidation is in French, a language the text is not authentic in");
  }
}
