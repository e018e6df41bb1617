package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.text.Recital;

/**
 * Typed identifiers: parse accepts exactly what toString writes, for generated identifiers of every
 * shape; identifiers order as the text stands; anything else is rejected by name, whatever its
 * length or content.
 */
class IdentifiersTest {
  private static final long SEED = 20161919L;

  private static final Gen<Integer> NUMBERS =
      Generate.frequency(
          org.quicktheories.api.Pair.of(6, integers().between(1, 12)),
          org.quicktheories.api.Pair.of(1, integers().between(1, ProvisionId.MAX_NUMBER)));
  private static final Gen<Character> LETTERS =
      integers().between('a', 'z').map(code -> (char) code.intValue());

  /** Provision identifiers of every shape the text has. */
  private static final Gen<ProvisionId> PROVISION_IDS =
      integers()
          .between(0, 9)
          .zip(
              NUMBERS,
              NUMBERS,
              NUMBERS,
              (shape, a, b, c) ->
                  switch (shape) {
                    case 0 -> ProvisionId.preamble();
                    case 1 -> ProvisionId.preamble().formula(a);
                    case 2 -> ProvisionId.recital(a);
                    case 3 -> ProvisionId.article(a);
                    case 4 -> ProvisionId.article(a).paragraph(b);
                    case 5 -> ProvisionId.article(a).paragraph(b).list(c).intro();
                    case 6 -> ProvisionId.article(a).paragraph(b).wrapUp();
                    case 7 -> ProvisionId.conclusions().signature(a);
                    case 8 -> ProvisionId.conclusions().formula(b);
                    default -> ProvisionId.conclusions();
                  })
          .zip(
              LETTERS,
              LETTERS,
              (id, first, second) ->
                  id.kind() == ProvisionKind.PARAGRAPH && first < 'h'
                      ? id.point(first)
                      : id.kind() == ProvisionKind.PARAGRAPH && first < 'p'
                          ? id.point(first).list(1).point(second)
                          : id);

  @Test
  void provisionIdsOfEveryShapeRoundTrip() {
    qt().withFixedSeed(SEED)
        .forAll(PROVISION_IDS)
        .checkAssert(
            id -> {
              assertEquals(id, ProvisionId.parse(id.toString()));
              assertEquals(id.toString(), ProvisionId.parse(id.toString()).toString());
            });
  }

  @Test
  void normIdsRoundTrip() {
    qt().withFixedSeed(SEED)
        .forAll(PROVISION_IDS, integers().between(1, NormId.MAX_ORDINAL))
        .checkAssert(
            (provision, ordinal) -> {
              NormId id = NormId.of(provision, ordinal);
              assertEquals(id, NormId.parse(id.toString()));
              assertEquals(provision + "#" + ordinal, id.toString());
            });
  }

  /**
   * Texts of generated size and shape: recitals, articles of one or many paragraphs, lists of
   * points with closing words. Their provisions, listed in document order, are in identifier order.
   */
  @Test
  void identifiersOrderAsTheProvisionsStandInGeneratedTexts() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            integers().between(0, 12),
            lists().of(integers().between(0, 14)).ofSizeBetween(1, 14),
            integers().between(0, 27),
            integers().between(1, 3))
        .checkAssert(
            (recitals, paragraphsPerArticle, points, signatures) -> {
              AgreementText text = text(recitals, paragraphsPerArticle, points, signatures);
              List<ProvisionId> inDocumentOrder =
                  text.provisions().stream().map(Provision::id).toList();
              assertEquals(inDocumentOrder, inDocumentOrder.stream().sorted().toList());
            });
  }

  private static AgreementText text(
      int recitals, List<Integer> paragraphsPerArticle, int points, int signatures) {
    List<Recital> preamble = new ArrayList<>();
    for (int i = 0; i < recitals; i++) {
      preamble.add(
          Recital.builder().openingPhrase("Recalling").text("Recalling " + i + ",").build());
    }
    List<Article> articles = new ArrayList<>();
    for (int a = 0; a < paragraphsPerArticle.size(); a++) {
      int count = paragraphsPerArticle.get(a) + 1;
      List<Paragraph> paragraphs = new ArrayList<>();
      for (int p = 1; p <= count; p++) {
        Paragraph.Builder paragraph = Paragraph.builder().text("Paragraph " + p + ":");
        if (count > 1) {
          paragraph.number(p);
        }
        if (p == count && points > 0) {
          List<Point> list = new ArrayList<>();
          for (int i = 0; i < Math.min(points, 26); i++) {
            list.add(Point.of((char) ('a' + i), "point"));
          }
          paragraph.points(list);
          if (points % 2 == 0) {
            paragraph.wrapUp("closing words");
          }
        }
        paragraphs.add(paragraph.build());
      }
      articles.add(
          Article.builder().number(a + 1).heading("Article").paragraphs(paragraphs).build());
    }
    List<org.treatymodel.agreement.text.SignatureLine> lines = new ArrayList<>();
    for (int i = 0; i < signatures; i++) {
      lines.add(
          org.treatymodel.agreement.text.SignatureLine.builder()
              .from(Samples.finalClauses().signatures().get(i % 2))
              .caption("For party " + i + ":")
              .build());
    }
    return AgreementText.builder()
        .from(Samples.text())
        .recitals(preamble)
        .articles(articles)
        .finalClauses(
            org.treatymodel.agreement.text.FinalClauses.builder()
                .from(Samples.finalClauses())
                .signatures(lines)
                .build())
        .build();
  }

  @Test
  void orderIsTheReadersOrder() {
    assertTrue(ProvisionId.article(2).compareTo(ProvisionId.article(10)) < 0);
    assertTrue(ProvisionId.recital(9).compareTo(ProvisionId.article(1)) < 0);
    assertTrue(ProvisionId.preamble().formula(1).compareTo(ProvisionId.recital(1)) < 0);
    assertTrue(ProvisionId.recital(12).compareTo(ProvisionId.preamble().formula(2)) < 0);
    assertTrue(ProvisionId.article(99).compareTo(ProvisionId.conclusions()) < 0);
    assertTrue(ProvisionId.article(3).compareTo(ProvisionId.article(3).paragraph(1)) < 0);
    ProvisionId paragraph = ProvisionId.article(3).paragraph(2);
    assertTrue(paragraph.intro().compareTo(paragraph.point('a')) < 0);
    assertTrue(paragraph.point('e').compareTo(paragraph.wrapUp()) < 0);
    assertTrue(
        ProvisionId.conclusions().formula(2).compareTo(ProvisionId.conclusions().signature(1)) < 0);
  }

  @Test
  void provisionIdNavigation() {
    ProvisionId point = ProvisionId.article(3).paragraph(2).point('a');
    assertEquals("art_3__para_2__list_1__point_a", point.toString());
    assertEquals("art_3__para_2__list_1", point.parent().orElseThrow().toString());
    assertEquals(ProvisionKind.POINT, point.kind());
    assertEquals(
        List.of(
            ProvisionKind.ARTICLE,
            ProvisionKind.PARAGRAPH,
            ProvisionKind.LIST,
            ProvisionKind.POINT),
        point.components().stream().map(ProvisionId.Component::kind).toList());
    assertEquals("a", point.components().get(3).designator());
    assertEquals(
        ProvisionId.article(3).paragraph(2),
        point.enclosing(ProvisionKind.PARAGRAPH).orElseThrow());
    assertTrue(point.isWithin(ProvisionId.article(3)));
    assertFalse(ProvisionId.article(13).isWithin(ProvisionId.article(1)));
    assertEquals(3, point.articleNumber().getAsInt());
    assertTrue(ProvisionId.recital(4).articleNumber().isEmpty());
    assertEquals("preamble__recital_4", ProvisionId.recital(4).toString());
    assertEquals(
        "art_3__para_2__list_1__intro", ProvisionId.article(3).paragraph(2).intro().toString());
    assertEquals(
        "art_3__para_2__list_1__wrapup", ProvisionId.article(3).paragraph(2).wrapUp().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Art_3",
        "art_3__",
        "art-3",
        "art_3__para 2",
        "__art_3",
        "art_0",
        "art_03",
        "art_+3",
        "art_-3",
        "art_99999999999",
        "art_10000",
        "art_3__para_01",
        "art_3__point_a",
        "point_a",
        "art_3__para_2__list_1__point_aa",
        "art_3__para_2__list_1__point_A",
        "art_3__para_2__list_1__point_1",
        "art_3__para_2__intro_1",
        "art_3__para_2__list_1__intro__point_a",
        "preamble_1",
        "preamble__para_1",
        "recital_1",
        "conclusions__recital_1",
        "art_3__art_4",
        "art_3____para_1",
        "art_3 ",
        " art_3",
        "art_3\n",
        "art_٣",
        "art_３"
      })
  void malformedProvisionIdsAreRejectedWithTheText(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProvisionId.parse(text));
    String message = String.valueOf(error.getMessage());
    assertTrue(message.startsWith("provision id must be"), message);
    assertTrue(message.contains("\"" + text.replace("\n", "\\n") + "\""), message);
  }

  @Test
  void overlongTextIsRejectedBeforeItIsRead() {
    String huge = "art_1__para_1".repeat(100_000);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProvisionId.parse(huge));
    String message = String.valueOf(error.getMessage());
    assertTrue(message.length() < 300, message);
    assertTrue(
        message.startsWith("provision id must be at most 200 characters: \"art_1__para_1"),
        message);
    assertTrue(message.endsWith("(1300000 characters)"), message);
    assertRejected(
        () -> ActorId.of("a-".repeat(3500) + "a"), "actor id must be at most 200 characters");
    assertRejected(
        () -> InstrumentId.of("A/" + "1".repeat(1_000_000)),
        "instrument id must be at most 300 characters");
  }

  @Test
  void numbersAreCanonicalAndInRange() {
    assertRejected(() -> ProvisionId.article(0), "article number must be from 1 to 9999: 0");
    assertRejected(
        () -> ProvisionId.article(Integer.MAX_VALUE),
        "article number must be from 1 to 9999: 2147483647");
    assertEquals(ProvisionId.article(9999), ProvisionId.parse("art_9999"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "art_5__para_1",
        "art_5__para_1#0",
        "art_5__para_1#01",
        "art_5__para_1#x",
        "art_5__para_1#1000",
        "art_5__para_1#99999999999",
        "#1",
        "art_0#1",
        "art_5__para_1##1",
        "art_5__para_1#1 "
      })
  void malformedNormIdsAreRejected(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> NormId.parse(text));
    assertTrue(String.valueOf(error.getMessage()).contains("norm id must"), error.getMessage());
  }

  @Test
  void actorIds() {
    ActorId id = ActorId.parse("iom.director-general");
    assertEquals("iom.director-general", id.toString());
    assertEquals(ActorId.of("iom"), id.parent().orElseThrow());
    assertEquals(ActorId.of("iom"), id.organization());
    assertTrue(ActorId.of("iom").isOrganization());
    assertFalse(id.isOrganization());
    assertEquals(ActorId.of("g77"), ActorId.parse("g77"));
    for (String bad :
        List.of(
            "",
            "IOM",
            "iom..council",
            "iom.",
            ".iom",
            "iom council",
            "iom-",
            "-iom",
            "7up",
            "iom.-council",
            "iom--council",
            "iom\u00a0council",
            "iöm")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> ActorId.of(bad));
      String message = String.valueOf(error.getMessage());
      assertTrue(message.startsWith("actor id must be lower-case words"), message);
    }
    // A long but well-formed identifier is checked without recursion.
    String longest = "a" + "-a".repeat(99);
    assertEquals(longest, ActorId.of(longest).value());
  }

  @Test
  void instrumentIdsAreSymbolsOrDesignations() {
    for (String symbol :
        List.of("A/RES/70/263", "A/70/976", "A/70/L.57", "E/1996/90", "A/RES/1145(XII)")) {
      InstrumentId id = InstrumentId.parse(symbol);
      assertTrue(id.isSymbol(), symbol);
      assertEquals(symbol, id.symbol().orElseThrow());
      assertEquals(symbol, id.toString());
    }
    for (String designation :
        List.of(
            "agreement/un+iom/2016-09-19",
            "agreement/un+iaea/1957",
            "resolution/iom.council/1309",
            "letter/iom.director-general/2015-12-09",
            "constituent-instrument/un",
            "memorandum-of-understanding/un+iom/2013-06-25")) {
      InstrumentId id = InstrumentId.parse(designation);
      assertFalse(id.isSymbol(), designation);
      assertTrue(id.symbol().isEmpty());
      assertEquals(designation, id.toString());
    }
    assertEquals(
        org.treatymodel.agreement.instrument.InstrumentKind.LETTER,
        InstrumentId.of("letter/iom.director-general/2015-12-09").designatedKind().orElseThrow());
    for (String bad :
        List.of(
            "",
            "  ",
            " A/70/976",
            "A/70/976\nA/70/977",
            "Letter of 19 July 2016 from the President of the General Assembly",
            "General Assembly resolution 1145 (XII)",
            "A",
            "A//1",
            "a/res/70/263",
            "agreement/un+iom",
            "agreement/un+un/2016-09-19",
            "agreement/un+iom/2016-02-30",
            "agreement/un+iom/16-09-19",
            "treaty/un+iom/2016-09-19",
            "constituent-instrument/un/1945",
            "resolution/iom.council/0",
            "resolution/iom.council/01",
            "resolution/IOM.council/1309")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> InstrumentId.of(bad), bad);
      assertTrue(
          String.valueOf(error.getMessage()).startsWith("instrument id must be"),
          error.getMessage());
    }
    assertRejected(
        () -> InstrumentId.ofSymbol("agreement/un+iom/2016-09-19"),
        "document symbol must be upper-case segments");
  }

  @Test
  void nullIsRejectedByName() {
    NullPointerException error =
        assertThrows(NullPointerException.class, () -> ProvisionId.parse(absent()));
    assertEquals("provision id must not be null", error.getMessage());
    assertEquals(
        "actor id must not be null",
        assertThrows(NullPointerException.class, () -> ActorId.parse(absent())).getMessage());
    assertEquals(
        "instrument id must not be null",
        assertThrows(NullPointerException.class, () -> InstrumentId.parse(absent())).getMessage());
    assertEquals(
        "norm id must not be null",
        assertThrows(NullPointerException.class, () -> NormId.parse(absent())).getMessage());
  }

  /** A null where the signature wants a value, as a careless caller passes one. */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  static <T> T absent() {
    return null;
  }
}
