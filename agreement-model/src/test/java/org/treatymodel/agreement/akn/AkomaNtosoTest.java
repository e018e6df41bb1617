package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.Samples;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** Akoma Ntoso out and in: round trips, the files in this library, and safe reading. */
class AkomaNtosoTest {
  private static final Agreement CANONICAL = UnIomAgreement.agreement();

  private static String resource(String name) {
    try (InputStream in = AkomaNtosoTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theCanonicalDossierComesBackAsItWent() {
    String written = AkomaNtoso.write(CANONICAL);
    Agreement read = AkomaNtoso.read(written);
    assertEquals(CANONICAL.text(), read.text());
    assertEquals(CANONICAL.actors(), read.actors());
    assertEquals(CANONICAL.instruments(), read.instruments());
    assertEquals(CANONICAL.norms(), read.norms());
    assertEquals(CANONICAL.crossReferences(), read.crossReferences());
    assertEquals(CANONICAL.procedure(), read.procedure());
    assertEquals(CANONICAL, read);
    assertEquals(written, AkomaNtoso.write(read));
  }

  @Test
  void theCanonicalDocumentIsWhatTheWriterWritesOfIt() {
    String document = resource(UnIomAgreement.RESOURCE);
    assertEquals(document, AkomaNtoso.write(AkomaNtoso.read(document)));
  }

  @Test
  void theCatalogueOfOtherAgreementsIsWhatTheWriterWritesOfIt() throws Exception {
    String document = resource(RelationshipAgreements.RESOURCE);
    CatalogueDocument read =
        AkomaNtoso.readCatalogue(
            new java.io.ByteArrayInputStream(
                document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(document, AkomaNtoso.writeCatalogue(read));
    assertEquals(4, read.procedures().size());
  }

  @Test
  void whatIsWrittenIsValidAkomaNtoso() {
    AkomaNtoso.validate(AkomaNtoso.write(CANONICAL));
    AkomaNtoso.validate(AkomaNtoso.write(amended()));
    AkomaNtoso.validate(AkomaNtoso.write(Samples.agreement()));
  }

  @Test
  void validationNamesWhereTheSchemaObjects() {
    String document =
        AkomaNtoso.write(CANONICAL).replace("<heading>Principles</heading>", "<title>x</title>");
    AkomaNtosoException e =
        assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.validate(document));
    assertTrue(e.line() > 0, String.valueOf(e.getMessage()));
    assertTrue(String.valueOf(e.getMessage()).contains("not valid: "), e.getMessage());
    assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.validate("<akomaNtoso"));
  }

  @Test
  void theFrbrIdentifiersFollowTheNamingConvention() {
    String written = AkomaNtoso.write(CANONICAL);
    assertTrue(
        written.contains("<FRBRthis value=\"/akn/un/act/agreement/un+iom/2016-09-19/!main\"/>"));
    assertTrue(
        written.contains("<FRBRuri value=\"/akn/un/act/agreement/un+iom/2016-09-19/eng@\"/>"));
    assertTrue(written.contains("<FRBRcountry value=\"un\"/>"));
    assertTrue(written.contains("<ref href=\"/akn/un/doc/A/RES/47/4\">"));
    assertTrue(
        written.contains(
            "<activeRef eId=\"tm_supersedes\" href=\"/akn/un/act/agreement/un+iom/1996-06-25\""));
  }

  /** The canonical dossier with one amendment in force and one pending. */
  static Agreement amended() {
    InstrumentId first = InstrumentId.of("agreement/un+iom/2030-12-10");
    InstrumentId second = InstrumentId.of("agreement/un+iom/2031-05-05");
    Procedure approved =
        Procedure.builder()
            .instrument(first)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(CANONICAL.amendmentRule().orElseThrow())
            .events(
                Approval.of(Actors.IOM_COUNCIL, LocalDate.of(2030, 6, 1)),
                Approval.of(Actors.GENERAL_ASSEMBLY, LocalDate.of(2030, 12, 10)))
            .build();
    Procedure pending =
        Procedure.builder()
            .instrument(second)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(CANONICAL.amendmentRule().orElseThrow())
            .build();
    Paragraph listed =
        Paragraph.builder()
            .number(5)
            .text("Each party shall:")
            .points(Point.of('a', "inform the other;"), Point.of('b', "consult the other,"))
            .wrapUp("as the case may be.")
            .build();
    return Agreement.builder()
        .from(CANONICAL)
        .amendments(
            List.of(
                Amendment.builder()
                    .instrument(first)
                    .procedure(approved)
                    .changes(
                        TextChange.replaceParagraph(
                            12, 1, Paragraph.builder().text("Expenses shall be shared.").build()),
                        TextChange.addParagraph(7, listed),
                        TextChange.addArticle(
                            Article.builder()
                                .number(17)
                                .heading("Review")
                                .paragraphs(
                                    Paragraph.builder().text("The parties shall review.").build())
                                .build()))
                    .build(),
                Amendment.builder()
                    .instrument(second)
                    .procedure(pending)
                    .changes(
                        TextChange.replaceArticle(
                            Article.builder()
                                .number(13)
                                .heading("Security")
                                .paragraphs(
                                    Paragraph.builder()
                                        .number(1)
                                        .text("Security is shared.")
                                        .build())
                                .build()),
                        TextChange.removeParagraph(7, 5),
                        TextChange.removeArticle(17))
                    .build()))
        .build();
  }

  @Test
  void amendmentsComeBackAsTheyWentAndTheirVersionsAreDated() {
    Agreement amended = amended();
    String written = AkomaNtoso.write(amended);
    assertEquals(amended, AkomaNtoso.read(written));
    assertTrue(written.contains("type=\"amendment\""), "a lifecycle event for the amendment");
    assertTrue(written.contains("date=\"2030-12-10\""));
    assertTrue(written.contains("<passiveRef eId=\"tm_amendment_1\""));
    assertTrue(written.contains("<passiveRef eId=\"tm_amendment_2\""));
    assertFalse(written.contains("tm_event_3"), "the pending amendment has no version yet");
  }

  @Test
  void aSmallAgreementComesBackAsItWent() {
    Agreement small = Samples.agreement();
    String written = AkomaNtoso.write(small);
    assertEquals(small, AkomaNtoso.read(written));
    assertFalse(written.contains("<lifecycle"), "not in force: no lifecycle");
    assertFalse(written.contains("<workflow"), "no dated event: no workflow");
  }

  @Test
  void theSameDossierGivesTheSameBytes() {
    assertEquals(
        AkomaNtoso.write(CANONICAL),
        AkomaNtoso.write(AkomaNtoso.read(AkomaNtoso.write(CANONICAL))));
  }

  @Test
  void writesToStreamsAndFilesInUtf8(@TempDir Path folder) throws IOException {
    String written = AkomaNtoso.write(CANONICAL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AkomaNtoso.write(CANONICAL, bytes);
    assertEquals(written, bytes.toString(StandardCharsets.UTF_8));
    Path file = folder.resolve("agreement.xml");
    AkomaNtoso.write(CANONICAL, file);
    assertEquals(written, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(CANONICAL, AkomaNtoso.read(file));
    assertEquals(
        CANONICAL,
        AkomaNtoso.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void readingAStreamLeavesItOpenForItsOwner() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(AkomaNtoso.write(CANONICAL).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertEquals(CANONICAL, AkomaNtoso.read(in));
    assertFalse(closed[0], "the caller's stream was closed");
  }

  @Test
  void textIndentedByAnEditorReadsAsTheSameWords() {
    String document =
        AkomaNtoso.write(CANONICAL)
            .replace(
                "<p>Have agreed as follows:</p>",
                "<p>\n          Have agreed\n\t  as follows:\n        </p>");
    assertEquals(CANONICAL.text(), AkomaNtoso.read(document).text());
  }

  @Test
  void aDocumentTypeDeclarationIsRefused() {
    String document =
        AkomaNtoso.write(Samples.agreement())
            .replace(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
    AkomaNtosoException e =
        assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read(document));
    assertTrue(String.valueOf(e.getMessage()).contains("DTD"), e.getMessage());
  }

  @Test
  void malformedXmlIsRefusedWithItsPlace() {
    AkomaNtosoException e =
        assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read("<akomaNtoso>\n  <act>"));
    assertEquals(2, e.line());
    assertTrue(String.valueOf(e.getMessage()).startsWith("line 2, column "), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("not well-formed XML"), e.getMessage());
    AkomaNtosoException empty = assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read(""));
    assertTrue(
        String.valueOf(empty.getMessage()).contains("not well-formed XML"), empty.getMessage());
  }

  @Test
  void limitsOnSizeAndDepthAreKept() {
    byte[] document = AkomaNtoso.write(CANONICAL).getBytes(StandardCharsets.UTF_8);
    AkomaNtosoException tooLong =
        assertThrows(
            AkomaNtosoException.class,
            () -> AkomaNtoso.read(new ByteArrayInputStream(document), 1000, 100));
    assertTrue(String.valueOf(tooLong.getMessage()).contains("1000"), tooLong.getMessage());
    AkomaNtosoException tooDeep =
        assertThrows(
            AkomaNtosoException.class,
            () -> AkomaNtoso.read(new ByteArrayInputStream(document), document.length, 5));
    assertTrue(String.valueOf(tooDeep.getMessage()).contains("limit of 5"), tooDeep.getMessage());
    String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
    assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read(deep));
    assertThrows(
        IllegalArgumentException.class,
        () -> AkomaNtoso.read(new ByteArrayInputStream(document), 0, 100));
    assertThrows(
        IllegalArgumentException.class,
        () -> AkomaNtoso.read(new ByteArrayInputStream(document), 10, 0));
  }

  @Test
  void aLongMalformedInputMakesAShortMessage() {
    String junk = "<akomaNtoso " + "x".repeat(1_000_000);
    AkomaNtosoException e = assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read(junk));
    assertTrue(String.valueOf(e.getMessage()).length() < 400, e.getMessage());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AkomaNtoso.read((String) null));
    assertEquals("document", e.getMessage());
    assertEquals(
        "dossier",
        assertThrows(NullPointerException.class, () -> AkomaNtoso.write(null)).getMessage());
  }
}
