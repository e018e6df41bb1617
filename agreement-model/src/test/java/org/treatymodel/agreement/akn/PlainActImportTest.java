package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.structure.Division;
import org.treatymodel.agreement.structure.Level;
import org.treatymodel.agreement.structure.Markup;
import org.treatymodel.agreement.structure.Note;
import org.treatymodel.agreement.structure.Passage;
import org.treatymodel.agreement.structure.Span;
import org.treatymodel.agreement.structure.Structure;
import org.treatymodel.agreement.text.Language;

/**
 * A small act written as another tool would (a French convention with a chapter, an article "3bis",
 * nested points labelled "(i)" and "a)", a footnote, a table, a quoted structure, an annex): what
 * the model holds of it, and what the report says it keeps as found.
 */
class PlainActImportTest {
  private static final String DOCUMENT = load();

  private static String load() {
    try (InputStream in = PlainActImportTest.class.getResourceAsStream("plain-act.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private final AkomaNtosoImport imported = AkomaNtoso.importDocument(DOCUMENT);
  private final Agreement agreement = imported.agreement();
  private final Structure structure = agreement.text().structure().orElseThrow();

  @Test
  void theWorkLanguageAndTitleComeFromTheDocument() {
    assertEquals("/akn/xx/act/convention/2030-05-01/7", agreement.instrument().value());
    assertEquals(Language.ofCode("fra"), agreement.text().language());
    assertEquals("French", agreement.text().language().englishName());
    assertEquals("Convention fictive sur les rivières", agreement.text().title());
    assertFalse(agreement.normsKnown());
    assertTrue(agreement.findProcedure().isEmpty());
  }

  @Test
  void theHierarchyKeepsDesignationsAsPrintedHeadingsWhereTheyAreAndTheirEIds() {
    Division chapter = structure.body().get(0);
    assertEquals(Level.CHAPTER, chapter.level());
    assertEquals("CHAPITRE I", chapter.designation().orElseThrow());
    assertEquals("Dispositions générales", chapter.heading().orElseThrow().text());
    Division article = structure.unit("chp_I__art_3bis").orElseThrow();
    assertEquals("Article 3bis", article.designation().orElseThrow());
    assertTrue(article.heading().isEmpty());
    Division unnumbered = article.children().get(1);
    assertTrue(unnumbered.num().isEmpty());
    Division second = structure.unit("pt_ii").orElseThrow();
    assertEquals("(ii)", second.designation().orElseThrow());
    Division nested = second.children().get(0).children().get(0);
    assertEquals(Level.POINT, nested.level());
    assertEquals("a)", nested.designation().orElseThrow());
    assertEquals("mesurés chaque jour.", second.wrapUp().get(0).words());
  }

  @Test
  void aFootnoteIsKeptApartFromTheWordsAndInlineMarkupBesideThem() {
    Division paragraph = structure.unit("chp_I__art_3bis__para_1").orElseThrow();
    Passage p = (Passage) paragraph.intro().get(0);
    assertEquals("Les Parties s'efforcent de partager leurs données selon l'article 4.", p.text());
    Note note = p.notes().get(0);
    assertEquals("authorialNote", note.element());
    assertEquals("1", note.marker().orElseThrow());
    assertEquals("Voir la Convention de 2020. Seconde phrase de la note.", note.words());
    assertEquals(
        "Les Parties s'efforcent de partager leurs données",
        p.text().substring(0, note.offset()).strip());
    Span reference =
        p.spans().stream().filter(span -> span.element().equals("ref")).findFirst().orElseThrow();
    assertEquals("article 4", p.text().substring(reference.start(), reference.end()));
    assertEquals("#chp_I__art_4", reference.attributes().get("href"));
    assertEquals(
        "chp_I__art_3bis__para_1__content",
        paragraph
            .wrappers()
            .getOrDefault("content", com.google.common.collect.ImmutableMap.of())
            .get("eId"));
  }

  @Test
  void aQuotedStructureIsNotPartOfTheWordsOfTheProvisionThatQuotesIt() {
    Passage p = (Passage) structure.unit("chp_I__art_4").orElseThrow().intro().get(0);
    assertEquals("L'article 2 est remplacé par : fin.", p.words());
    Note quotation = p.notes().get(0);
    assertEquals("quotedStructure", quotation.element());
    assertEquals("Article 2 Texte nouveau.", quotation.words());
  }

  @Test
  void whatTheModelDoesNotRepresentIsKeptAndNamedWithItsLineAndColumn() {
    List<String> kept = imported.unrepresented().stream().map(Unrepresented::toString).toList();
    assertTrue(
        kept.stream()
            .anyMatch(line -> line.startsWith("line 51, column") && line.contains("<table>")),
        kept.toString());
    assertTrue(kept.stream().anyMatch(line -> line.contains("<quotedStructure>")), kept.toString());
    assertTrue(kept.stream().anyMatch(line -> line.contains("<proprietary>")), kept.toString());
    Division paragraph = structure.unit("chp_I__art_3bis__para_1").orElseThrow();
    Markup table = (Markup) paragraph.intro().get(1);
    assertEquals("Rivière Débit", table.words());
    assertTrue(imported.report().contains("kept as found"));
  }

  @Test
  void theAnnexIsADocumentOfItsOwn() {
    assertEquals(1, structure.annexes().size());
    Structure annex = structure.annexes().get(0).document();
    assertEquals("doc", annex.element());
    assertEquals("Liste des rivières.", annex.mainBody().get(0).words());
    assertEquals("att_1", structure.annexes().get(0).eId().orElseThrow());
  }

  @Test
  void aWriteReadsBackTheSameAndIsValidAkomaNtoso() {
    String written = AkomaNtoso.write(agreement);
    AkomaNtoso.validate(DOCUMENT);
    AkomaNtoso.validate(written);
    assertEquals(agreement, AkomaNtoso.importDocument(written).agreement());
    assertEquals(agreement, AkomaNtoso.read(written));
  }
}
