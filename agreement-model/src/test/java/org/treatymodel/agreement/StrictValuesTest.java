package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Each rejection names the field and the offending value: duplicates where a list must not hold
 * them, null elements, a signature line for an office of the other party.
 */
class StrictValuesTest {

  @Test
  void aNullElementNamesTheAttribute() {
    NullPointerException error =
        assertThrows(
            NullPointerException.class,
            () ->
                Article.builder()
                    .paragraphs(Arrays.asList(Paragraph.builder().text("a").build(), null)));
    assertEquals("paragraphs must not contain null: element 1 is null", error.getMessage());
    NullPointerException inVarargs =
        assertThrows(
            NullPointerException.class,
            () ->
                Instrument.builder()
                    .relations(
                        InstrumentRelation.of(RelationKind.RECALLS, Instruments.GA_RESOLUTION_47_4),
                        IdentifiersTest.absent()));
    assertEquals("relations must not contain null: element 1 is null", inVarargs.getMessage());
    NullPointerException wholeList =
        assertThrows(
            NullPointerException.class,
            () -> Signature.builder().signatories(IdentifiersTest.<List<Signatory>>absent()));
    assertEquals("signatories must not be null", wholeList.getMessage());
  }

  @Test
  void aMissingAttributeIsNamed() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Article.builder().number(1).build());
    assertEquals(
        "Cannot build Article, some of required attributes are not set [heading]",
        error.getMessage());
  }

  @Test
  void aSignatureHasEachSignatoryOnce() {
    assertRejected(
        () ->
            Signature.builder()
                .date(LocalDate.of(2016, 9, 19))
                .signatories(Signatory.unnamed(Actors.IOM), Signatory.unnamed(Actors.IOM))
                .build(),
        "signatories must not hold the same element twice");
  }

  @Test
  void anAgreementHasEachCrossReferenceOnce() {
    CrossReference reference =
        CrossReference.toProvision(
            ProvisionId.article(10).paragraph(1), ProvisionId.article(14), "Article 14");
    assertRejected(
        () ->
            Agreement.builder()
                .from(Samples.agreement())
                .crossReferences(List.of(reference, reference))
                .build(),
        "crossReferences must not hold the same element twice");
  }

  @Test
  void aSignatureLineIsForAnOfficeOfThePartySignedFor() {
    assertRejected(
        () ->
            SignatureLine.builder()
                .from(Samples.finalClauses().signatures().get(0))
                .office(Actors.DIRECTOR_GENERAL)
                .build(),
        "the office iom.director-general of the signatory for un belongs to iom, not to the party"
            + " signed for");
    assertRejected(
        () ->
            SignatureLine.builder()
                .from(Samples.finalClauses().signatures().get(0))
                .party(Actors.GENERAL_ASSEMBLY)
                .build(),
        "a signature line is for a party, an Organization such as \"un\": un.general-assembly");
    assertRejected(
        () ->
            org.treatymodel.agreement.text.FinalClauses.builder()
                .from(Samples.finalClauses())
                .signatures(
                    Samples.finalClauses().signatures().get(0),
                    Samples.finalClauses().signatures().get(0))
                .build(),
        "signatures must not hold the same element twice");
  }

  @Test
  void anAgreementCarriesItsOwnProcedure() {
    assertRejected(
        () ->
            Agreement.builder()
                .from(Samples.agreement())
                .procedure(UnIomAgreement.agreement().procedure())
                .build(),
        "the procedure of agreement agreement/un+iom/2030-01-01 is that of"
            + " agreement/un+iom/2016-09-19");
  }

  @Test
  void aTextIsInALanguageItsFinalClausesName() {
    assertRejected(
        () ->
            org.treatymodel.agreement.text.AgreementText.builder()
                .from(Samples.text())
                .language(org.treatymodel.agreement.text.Language.FRENCH)
                .build(),
        "the text is in French, which its final clauses do not name as a language of the originals");
  }
}
