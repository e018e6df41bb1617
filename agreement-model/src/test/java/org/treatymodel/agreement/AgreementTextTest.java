package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.text.RecitalVerb;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** Counts and structure a reader can check against the printed Agreement. */
class AgreementTextTest {
  private final AgreementText text = UnIomAgreement.agreement().text();

  @Test
  void preambleHasNineRecitalsWithTheirOpeningVerbs() {
    assertEquals(9, text.recitals().size());
    assertEquals(
        List.of(
            RecitalVerb.BEARING_IN_MIND,
            RecitalVerb.RECOGNIZING,
            RecitalVerb.RECALLING,
            RecitalVerb.RECALLING,
            RecitalVerb.RECALLING,
            RecitalVerb.RECALLING,
            RecitalVerb.DESIRING,
            RecitalVerb.TAKING_NOTE_OF,
            RecitalVerb.TAKING_NOTE_OF),
        text.recitals().stream().map(recital -> recital.verb()).toList());
    assertEquals("Recalling further", text.recital(5).openingPhrase());
    assertEquals(
        List.of(Instruments.GA_RESOLUTION_70_263),
        UnIomAgreement.agreement().instrumentsCitedBy(ProvisionId.recital(9)));
  }

  @Test
  void sixteenArticlesWithTheirHeadings() {
    assertEquals(16, text.articles().size());
    assertEquals("Purpose of the Agreement", text.article(1).heading());
    assertEquals("Reciprocal representation", text.article(5).heading());
    assertEquals("Entry into force", text.article(16).heading());
  }

  @Test
  void paragraphsPerArticle() {
    assertEquals(
        List.of(1, 6, 7, 1, 3, 2, 4, 1, 1, 1, 1, 1, 2, 1, 1, 2),
        text.articles().stream().map(article -> article.paragraphs().size()).toList());
  }

  @Test
  void singleParagraphArticlesAreUnnumbered() {
    for (Article article : text.articles()) {
      boolean single = article.paragraphs().size() == 1;
      for (Paragraph paragraph : article.paragraphs()) {
        assertEquals(!single, paragraph.number().isPresent(), "Article " + article.number());
      }
    }
  }

  @Test
  void article3Paragraph2HasFivePointsAndAWrapUp() {
    Paragraph paragraph = text.article(3).paragraph(2);
    assertEquals(5, paragraph.points().size());
    assertEquals("The Global Migration Group;", paragraph.points().get(3).text());
    assertTrue(
        paragraph
            .wrapUp()
            .orElseThrow()
            .startsWith("The International Organization for Migration agrees"));
  }

  @Test
  void finalClausesNameTheLanguageAndTheSignatories() {
    assertEquals(List.of(Language.ENGLISH), text.finalClauses().languages());
    assertEquals(Language.ENGLISH, text.language());
    assertEquals(
        List.of("Ban Ki-Moon", "William Lacy Swing"),
        text.finalClauses().signatures().stream().map(line -> line.signatory()).toList());
  }

  @Test
  void provisionIdsAreUniqueAndRoundTrip() {
    Set<ProvisionId> seen = new HashSet<>();
    for (Provision provision : text.provisions()) {
      assertTrue(seen.add(provision.id()), "duplicate " + provision.id());
      assertEquals(provision.id(), ProvisionId.parse(provision.id().toString()));
      assertEquals(provision, text.provision(provision.id()));
    }
  }

  @Test
  void provisionsAreListedInDocumentOrder() {
    ImmutableList<String> ids =
        text.provisions().stream()
            .map(provision -> provision.id().toString())
            .collect(ImmutableList.toImmutableList());
    assertEquals("preamble", ids.get(0));
    assertTrue(ids.indexOf("preamble__recital_9") < ids.indexOf("art_1"));
    assertTrue(
        ids.indexOf("art_3__para_2__list_1__point_e")
            < ids.indexOf("art_3__para_2__list_1__wrapup"));
    assertTrue(ids.indexOf("art_16__para_2") < ids.indexOf("conclusions"));
    assertEquals("conclusions__signature_2", ids.get(ids.size() - 1));
  }

  @Test
  void identifiersOrderAsTheProvisionsStand() {
    List<ProvisionId> inDocumentOrder = text.provisions().stream().map(Provision::id).toList();
    List<ProvisionId> sorted = inDocumentOrder.stream().sorted().toList();
    assertEquals(inDocumentOrder, sorted);
  }

  @Test
  void aProvisionsKindIsThatOfItsIdentifier() {
    for (Provision provision : text.provisions()) {
      assertEquals(provision.id().kind(), provision.kind(), provision.id().toString());
    }
    assertEquals(
        ProvisionKind.WRAP_UP,
        text.provision(ProvisionId.parse("art_3__para_2__list_1__wrapup")).kind());
  }

  @Test
  void provisionKindsAndCounts() {
    assertEquals(9, count(ProvisionKind.RECITAL));
    assertEquals(16, count(ProvisionKind.ARTICLE));
    assertEquals(35, count(ProvisionKind.PARAGRAPH));
    assertEquals(5, count(ProvisionKind.POINT));
    assertEquals(2, count(ProvisionKind.SIGNATURE));
  }

  @Test
  void aPointIsAddressable() {
    Provision point = text.provision(ProvisionId.parse("art_3__para_2__list_1__point_b"));
    assertEquals("(b) The Inter-Agency Standing Committee;", point.text());
  }

  @Test
  void unknownProvisionsAndArticlesAreRejectedByName() {
    IllegalArgumentException noArticle =
        assertThrows(IllegalArgumentException.class, () -> text.article(17));
    assertEquals("the text has no article 17; it has articles 1 to 16", noArticle.getMessage());
    IllegalArgumentException noProvision =
        assertThrows(
            IllegalArgumentException.class,
            () -> text.provision(ProvisionId.parse("art_3__para_9")));
    assertEquals("the text has no provision art_3__para_9", noProvision.getMessage());
    assertTrue(text.findProvision(ProvisionId.parse("art_17")).isEmpty());
  }

  @Test
  void citationsReadAsALawyerWritesThem() {
    assertEquals("Article 5(1)", text.citation(ProvisionId.parse("art_5__para_1")));
    assertEquals("Article 4", text.citation(ProvisionId.parse("art_4__para_1")));
    assertEquals(
        "Article 3(2)(a)", text.citation(ProvisionId.parse("art_3__para_2__list_1__point_a")));
    assertEquals(
        "Article 3(2), closing words",
        text.citation(ProvisionId.parse("art_3__para_2__list_1__wrapup")));
    assertEquals("Article 16", text.citation(ProvisionId.article(16)));
    assertEquals("preamble, recital 4", text.citation(ProvisionId.recital(4)));
    assertEquals(
        "final clauses, signature 1", text.citation(ProvisionId.parse("conclusions__signature_1")));
    assertEquals(
        "Article 3(2), opening words",
        text.citation(ProvisionId.parse("art_3__para_2__list_1__intro")));
    assertEquals("preamble, formula 2", text.citation(ProvisionId.preamble().formula(2)));
    assertEquals("final clauses", text.citation(ProvisionId.conclusions()));
  }

  private long count(ProvisionKind kind) {
    return text.provisions().stream().filter(provision -> provision.kind() == kind).count();
  }
}
