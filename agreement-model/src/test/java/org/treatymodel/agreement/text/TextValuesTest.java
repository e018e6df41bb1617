package org.treatymodel.agreement.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.uniom.Actors;

/** The text's value types on a small text built here, independent of the canonical data. */
class TextValuesTest {
  private static final SignatureLine FOR_UN =
      SignatureLine.builder()
          .party(Actors.UNITED_NATIONS)
          .caption("For the United Nations:")
          .signatory("A")
          .title("Secretary-General")
          .office(Actors.SECRETARY_GENERAL)
          .build();
  private static final SignatureLine FOR_IOM =
      SignatureLine.builder()
          .party(Actors.IOM)
          .caption("For IOM:")
          .signatory("B")
          .title("Director General")
          .office(Actors.DIRECTOR_GENERAL)
          .build();

  static AgreementText miniature() {
    return AgreementText.builder()
        .title("Mini Agreement")
        .partiesFormula("The parties,")
        .recitals(
            Recital.builder().openingPhrase("Recalling").text("Recalling resolution 1,").build(),
            Recital.builder().openingPhrase("Desiring").text("Desiring peace,").build())
        .enactingFormula("Have agreed as follows:")
        .articles(
            Article.builder()
                .number(1)
                .heading("Purpose")
                .paragraphs(Paragraph.builder().text("The purpose.").build())
                .build(),
            Article.builder()
                .number(2)
                .heading("Bodies")
                .paragraphs(
                    Paragraph.builder().number(1).text("First.").build(),
                    Paragraph.builder()
                        .number(2)
                        .text("Members of:")
                        .points(Point.of('a', "one;"), Point.of('b', "two."))
                        .wrapUp("So agreed.")
                        .build())
                .build())
        .finalClauses(
            FinalClauses.builder()
                .testimonium("In witness thereof.")
                .signingClause("Signed in the English and French languages.")
                .languages(Language.ENGLISH, Language.FRENCH)
                .signatures(FOR_UN, FOR_IOM)
                .build())
        .build();
  }

  @Test
  void everyProvisionInDocumentOrder() {
    AgreementText text = miniature();
    assertEquals(
        List.of(
            "preamble PREAMBLE",
            "preamble__formula_1 FORMULA",
            "preamble__recital_1 RECITAL",
            "preamble__recital_2 RECITAL",
            "preamble__formula_2 FORMULA",
            "art_1 ARTICLE",
            "art_1__para_1 PARAGRAPH",
            "art_2 ARTICLE",
            "art_2__para_1 PARAGRAPH",
            "art_2__para_2 PARAGRAPH",
            "art_2__para_2__list_1__intro INTRO",
            "art_2__para_2__list_1__point_a POINT",
            "art_2__para_2__list_1__point_b POINT",
            "art_2__para_2__list_1__wrapup WRAP_UP",
            "conclusions CONCLUSIONS",
            "conclusions__formula_1 FORMULA",
            "conclusions__formula_2 FORMULA",
            "conclusions__signature_1 SIGNATURE",
            "conclusions__signature_2 SIGNATURE"),
        text.provisions().stream().map(p -> p.id() + " " + p.kind()).toList());
    assertEquals(
        "The parties,\n\nRecalling resolution 1,\n\nDesiring peace,\n\nHave agreed as follows:",
        text.provision(ProvisionId.preamble()).text());
    assertEquals(
        "Members of:", text.provision(ProvisionId.parse("art_2__para_2__list_1__intro")).text());
    assertEquals(
        "So agreed.", text.provision(ProvisionId.parse("art_2__para_2__list_1__wrapup")).text());
    assertEquals(
        "For IOM:\nB Director General",
        text.provision(ProvisionId.parse("conclusions__signature_2")).text());
  }

  @Test
  void rendersAsPrinted() {
    assertEquals(
        "Mini Agreement\n\nThe parties,\n\nRecalling resolution 1,\n\nDesiring peace,\n\nHave agreed as"
            + " follows:\n\nArticle 1\nPurpose\n\nThe purpose.\n\nArticle 2\nBodies\n\n1. First.\n\n2."
            + " Members of:\n\n(a) one;\n\n(b) two.\n\nSo agreed.\n\nIn witness thereof.\n\nSigned in the"
            + " English and French languages.\n\nFor the United Nations:\nA Secretary-General\n\nFor"
            + " IOM:\nB Director General",
        miniature().render());
  }

  @Test
  void citations() {
    AgreementText text = miniature();
    assertEquals("Article 1", text.citation(ProvisionId.parse("art_1__para_1")));
    assertEquals("Article 2(2)", text.citation(ProvisionId.parse("art_2__para_2")));
    assertEquals(
        "Article 2(2)(b)", text.citation(ProvisionId.parse("art_2__para_2__list_1__point_b")));
    assertEquals(
        "Article 2(2), opening words",
        text.citation(ProvisionId.parse("art_2__para_2__list_1__intro")));
    assertEquals("preamble, formula 2", text.citation(ProvisionId.parse("preamble__formula_2")));
    assertEquals("preamble, recital 2", text.citation(ProvisionId.recital(2)));
    assertThrows(IllegalArgumentException.class, () -> text.citation(ProvisionId.article(3)));
  }

  @Test
  void lookupsNameWhatIsMissing() {
    AgreementText text = miniature();
    assertEquals("Desiring peace,", text.recital(2).text());
    assertRejected(() -> text.recital(3), "the preamble has recitals 1 to 2, not 3");
    assertRejected(() -> text.recital(0), "the preamble has recitals 1 to 2, not 0");
    assertRejected(
        () -> text.article(2).paragraph(3), "Article 2 has no paragraph 3; it has [1, 2]");
    assertEquals(List.of(1), text.article(1).paragraphNumbers());
    assertEquals("The purpose.", text.article(1).paragraph(1).text());
    assertTrue(text.findProvision(ProvisionId.parse("art_2__para_2__list_1__point_c")).isEmpty());
  }

  @Test
  void articleNumbersMayHaveGapsButNotGoBackwards() {
    AgreementText text = miniature();
    Article third = Article.builder().from(text.article(2)).number(4).build();
    AgreementText gapped =
        AgreementText.builder().from(text).articles(List.of(text.article(1), third)).build();
    assertEquals("Article 4", gapped.citation(ProvisionId.article(4)));
    assertRejected(() -> gapped.article(2), "the text has no article 2; it has articles 1, 4");
    assertRejected(
        () -> AgreementText.builder().from(text).articles(List.of(third, text.article(1))).build(),
        "Article 1 follows Article 4");
    assertRejected(
        () -> AgreementText.builder().from(text).articles(List.of()).build(),
        "an agreement text must have at least one article");
    assertRejected(
        () -> AgreementText.builder().from(text).title("").build(), "title must not be blank");
  }

  @Test
  void finalClausesCheckLanguagesAndSignatures() {
    FinalClauses clauses = miniature().finalClauses();
    assertRejected(
        () ->
            FinalClauses.builder()
                .from(clauses)
                .languages(Language.ENGLISH, Language.FRENCH, Language.SPANISH)
                .build(),
        "language Spanish must be named as a word in the signing clause: \"Signed in the English"
            + " and French languages.\"");
    assertRejected(
        () ->
            FinalClauses.builder()
                .from(clauses)
                .signingClause("Signed in the Englishness of the moment, in French.")
                .build(),
        "language English must be named as a word in the signing clause");
    assertRejected(
        () ->
            FinalClauses.builder()
                .from(clauses)
                .languages(Language.FRENCH, Language.FRENCH)
                .build(),
        "languages must not hold the same element twice: \"fra\"");
    assertRejected(
        () -> FinalClauses.builder().from(clauses).languages(List.of()).build(),
        "final clauses must name at least one language");
    assertRejected(
        () -> FinalClauses.builder().from(clauses).signatures(List.of()).build(),
        "final clauses must have at least one signature line");
    assertRejected(
        () -> FinalClauses.builder().from(clauses).testimonium(" ").build(),
        "testimonium must not be blank");
  }

  @Test
  void paragraphsCheckTheirParts() {
    assertRejected(
        () -> Paragraph.builder().text("Text.").wrapUp("Closing.").build(),
        "a paragraph without points has no wrap-up: \"Closing.\"");
    assertRejected(
        () -> Paragraph.builder().number(0).text("Text.").build(),
        "paragraph number must be from 1 to 9999: 0");
    assertRejected(
        () -> Paragraph.builder().text("In:").points(Point.of('a', "x")).wrapUp(" ").build(),
        "paragraph wrap-up must not be blank");
    assertRejected(
        () ->
            Article.builder()
                .number(3)
                .heading("H")
                .paragraphs(
                    Paragraph.builder().text("a").build(), Paragraph.builder().text("b").build())
                .build(),
        "found an unnumbered paragraph after 0");
    assertRejected(
        () -> Article.builder().number(3).heading("H").build(),
        "Article 3 must have at least one paragraph");
    assertEquals(
        "Members of:\n\n(a) one;\n\n(b) two.\n\nSo agreed.",
        miniature().article(2).paragraph(2).content());
  }

  @Test
  void pointsAreLetteredFromAToZ() {
    assertEquals("(z) last", Point.of('z', "last").render());
    assertRejected(() -> Point.of('A', "x"), "point label must be a letter from a to z: \"A\"");
    assertRejected(() -> Point.of('{', "x"), "point label must be a letter from a to z: \"{\"");
    assertRejected(() -> Point.of('`', "x"), "point label must be a letter from a to z: \"`\"");
  }

  @Test
  void recitalVerbs() {
    assertEquals(RecitalVerb.RECALLING, RecitalVerb.of("Recalling further"));
    assertEquals(RecitalVerb.TAKING_NOTE_OF, RecitalVerb.of("Taking note of"));
    assertEquals("Bearing in mind", RecitalVerb.BEARING_IN_MIND.words());
    assertRejected(() -> RecitalVerb.of("Recallingly"), "opening phrase must begin with one of");
  }

  @Test
  void provisionIdBuildersCheckTheirArguments() {
    assertRejected(() -> ProvisionId.recital(0), "recital number must be from 1 to 9999: 0");
    assertRejected(
        () -> ProvisionId.article(1).paragraph(0), "paragraph number must be from 1 to 9999: 0");
    assertRejected(
        () -> ProvisionId.article(1).point('A'), "point label must be a letter from a to z: 'A'");
    assertRejected(
        () -> ProvisionId.article(1).point('{'), "point label must be a letter from a to z: '{'");
    assertEquals(
        "art_1__para_1__list_1__point_z",
        ProvisionId.article(1).paragraph(1).point('z').toString());
    assertRejected(() -> ProvisionId.article(1).formula(1), "art_1 holds no formula: formula_1");
    assertRejected(
        () -> ProvisionId.preamble().paragraph(1), "preamble holds no paragraph: para_1");
    assertTrue(ProvisionId.preamble().parent().isEmpty());
    assertTrue(ProvisionId.recital(1).articleNumber().isEmpty());
    assertTrue(ProvisionId.article(2).compareTo(ProvisionId.article(3)) < 0);
    assertTrue(ProvisionId.article(3).compareTo(ProvisionId.article(2)) > 0);
  }
}
