package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.structure.Passage;
import org.treatymodel.agreement.structure.Structure;
import org.treatymodel.agreement.text.Language;

/** Documents written elsewhere in the shapes that break a careless importer. */
class ImportEdgeCasesTest {
  private static String act(String identification, String body) {
    return "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
        + "<act name=\"act\"><meta><identification source=\"#x\">"
        + identification
        + "</identification></meta><body>"
        + body
        + "</body></act></akomaNtoso>";
  }

  private static final String IDENTIFICATION =
      "<FRBRWork><FRBRthis value=\"/akn/xx/act/2030/1/!main\"/><FRBRuri value=\"/akn/xx/act/2030/1\"/>"
          + "<FRBRdate date=\"2030-01-01\" name=\"x\"/><FRBRauthor href=\"#x\"/>"
          + "<FRBRcountry value=\"xx\"/></FRBRWork>"
          + "<FRBRExpression><FRBRthis value=\"/akn/xx/act/2030/1/eng@/!main\"/>"
          + "<FRBRuri value=\"/akn/xx/act/2030/1/eng@\"/><FRBRdate date=\"2030-01-01\" name=\"x\"/>"
          + "<FRBRauthor href=\"#x\"/><FRBRlanguage language=\"fre\"/><FRBRlanguage language=\"eng\"/>"
          + "</FRBRExpression><FRBRManifestation><FRBRthis value=\"/akn/xx/act/2030/1/eng@/!main.xml\"/>"
          + "<FRBRuri value=\"/akn/xx/act/2030/1/eng@.xml\"/><FRBRdate date=\"2030-01-01\" name=\"x\"/>"
          + "<FRBRauthor href=\"#x\"/></FRBRManifestation>";

  private static Agreement roundTrip(String document) {
    Agreement agreement = AkomaNtoso.importDocument(document).agreement();
    assertEquals(agreement, AkomaNtoso.importDocument(AkomaNtoso.write(agreement)).agreement());
    return agreement;
  }

  @Test
  void twoNotesInARowAtTheEndOfAParagraphKeepTheWordsApart() {
    Agreement agreement =
        roundTrip(
            act(
                IDENTIFICATION,
                "<article eId=\"art_1\"><num>Article 1</num><content><p>Text"
                    + " <authorialNote marker=\"1\"><p>One.</p></authorialNote>\n"
                    + " <authorialNote marker=\"2\"><p>Two.</p></authorialNote>\n</p></content>"
                    + "</article>"));
    Structure structure = agreement.text().structure().orElseThrow();
    Passage p = (Passage) structure.body().get(0).intro().get(0);
    assertEquals("Text", p.words());
    assertEquals(2, p.notes().size());
  }

  @Test
  void aRepeatedFrbrPropertyIsTakenFirstAndABibliographicCodeIsALanguage() {
    Agreement agreement =
        roundTrip(act(IDENTIFICATION, "<article><content><p>Words.</p></content></article>"));
    assertEquals(Language.ofCode("fra"), agreement.text().language());
    assertEquals("/akn/xx/act/2030/1", agreement.instrument().value());
  }

  @Test
  void aDocumentWithoutAWorkIriIsKnownByOneItsPartsMakeAndTheReportSaysSo() {
    String withoutIri =
        IDENTIFICATION
            .replace("value=\"/akn/xx/act/2030/1/!main\"", "value=\"\"")
            .replace("value=\"/akn/xx/act/2030/1\"", "value=\"\"")
            .replace(
                "<FRBRcountry value=\"xx\"/>",
                "<FRBRcountry value=\"xx\"/><FRBRnumber value=\"" + "n".repeat(500) + "\"/>");
    AkomaNtosoImport imported =
        AkomaNtoso.importDocument(
            act(withoutIri, "<article><content><p>Words.</p></content></article>"));
    String id = imported.agreement().instrument().value();
    assertTrue(id.startsWith("/akn/xx/act/2030-01-01/nnn"), id);
    assertTrue(id.length() < 120, id);
    assertTrue(imported.report().contains("has no work IRI"), imported.report());
  }

  @Test
  void anElementOfAnotherVocabularyInAParagraphKeepsItsNamespace() {
    Agreement agreement =
        roundTrip(
            act(
                IDENTIFICATION,
                "<article><content><p>A <x:term xmlns:x=\"urn:example\">defined</x:term> term and"
                    + " <span xmlns=\"http://www.w3.org/1999/xhtml\">xhtml</span>.</p></content>"
                    + "</article>"));
    String written = AkomaNtoso.write(agreement);
    assertTrue(written.contains("urn:example"), written);
    assertTrue(written.contains("http://www.w3.org/1999/xhtml"), written);
  }

  @Test
  void aTitleOnSeveralLinesOrWithSeparatorsIsCleaned() {
    String document =
        act(IDENTIFICATION, "<article><content><p>Words.</p></content></article>")
            .replace(
                "<body>",
                "<preface><p><docTitle>An\u2028Act\u00a0 of  2030\u00a0</docTitle></p></preface><body>");
    assertEquals("An Act of 2030", AkomaNtoso.importDocument(document).agreement().text().title());
  }

  @Test
  void hostileInputIsOneDocumentedException() {
    String longName = "e".repeat(1200);
    AkomaNtosoException refused =
        assertThrows(
            AkomaNtosoException.class,
            () ->
                AkomaNtoso.importDocument(
                    act(
                        IDENTIFICATION,
                        "<article><content><" + longName + "/></content></article>")));
    assertTrue(String.valueOf(refused.getMessage()).length() < 600);
    assertThrows(
        AkomaNtosoException.class,
        () -> AkomaNtoso.importDocument(act(IDENTIFICATION, "words in the body")));
    assertThrows(
        AkomaNtosoException.class,
        () ->
            AkomaNtoso.importDocument(
                act(IDENTIFICATION, "<article><content><p>a</p></content><paragraph/></article>")));
  }
}
