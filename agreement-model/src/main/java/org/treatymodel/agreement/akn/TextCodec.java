package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.OWN;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Reading.actorId;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.check;
import static org.treatymodel.agreement.akn.Reading.children;
import static org.treatymodel.agreement.akn.Reading.descendant;
import static org.treatymodel.agreement.akn.Reading.descendants;
import static org.treatymodel.agreement.akn.Reading.eId;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expect;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.only;
import static org.treatymodel.agreement.akn.Reading.optional;
import static org.treatymodel.agreement.akn.Reading.reference;
import static org.treatymodel.agreement.akn.Reading.required;
import static org.treatymodel.agreement.akn.Reading.words;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * The text of an agreement in Akoma Ntoso's own elements, read and written side by side: the title
 * in {@code <preface>}, the formulas and recitals in {@code <preamble>}, the articles in {@code
 * <body>}, the final clauses and signature block in {@code <conclusions>}. Each provision's words
 * are one {@code <p>} ({@link InlineText}).
 */
final class TextCodec {
  private TextCodec() {}

  // The vocabulary of the text, shared by reading and writing.
  static final String PREFACE = "preface";
  static final String DOC_TITLE = "docTitle";
  static final String PREAMBLE = "preamble";
  static final String RECITALS = "recitals";
  static final String RECITAL = "recital";
  static final String FORMULA = "formula";
  static final String PARTIES = "parties";
  static final String ENACTING_FORMULA = "enactingFormula";
  static final String BODY = "body";
  static final String ARTICLE = "article";
  static final String NUM = "num";
  static final String HEADING = "heading";
  static final String PARAGRAPH = "paragraph";
  static final String CONTENT = "content";
  static final String LIST = "list";
  static final String INTRO = "intro";
  static final String POINT = "point";
  static final String WRAP_UP = "wrapUp";
  static final String CONCLUSIONS = "conclusions";
  static final String LANGUAGES = "languages";
  static final String TESTIMONIUM = "testimonium";
  static final String SIGNING_CLAUSE = "signingClause";
  static final String BLOCK_CONTAINER = "blockContainer";
  static final String SIGNATURE = "signature";
  static final String ROLE = "role";
  static final String PERSON = "person";

  /** The text read, and the cross-references its paragraphs hold inline. */
  record Read(AgreementText text, ImmutableList<CrossReference> references) {}

  // ---- reading ----

  /** The text of {@code act}, in the language {@code meta}'s expression names. */
  static Read read(Element act, Element meta) {
    ImmutableList.Builder<CrossReference> references = ImmutableList.builder();
    AgreementText.Builder text = AgreementText.builder();
    text.title(words(descendant(only(act, AKN, PREFACE), AKN, DOC_TITLE)));
    List<Recital> recitals = new ArrayList<>();
    for (Element part : only(act, AKN, PREAMBLE).children()) {
      if (is(part, AKN, FORMULA)) {
        String name = required(part, "name");
        String words = unit(eId(part), onlyP(part), references);
        if (name.equals(PARTIES)) {
          text.partiesFormula(words);
        } else if (name.equals(ENACTING_FORMULA)) {
          text.enactingFormula(words);
        } else {
          throw error(
              part,
              "expected a formula named \"parties\" or \"enactingFormula\", found "
                  + Texts.quote(name));
        }
      } else if (is(part, AKN, RECITALS)) {
        for (Element recital : part.children()) {
          recitals.add(recital(recital, recitals.size() + 1, references));
        }
      } else {
        throw error(part, "expected <formula> or <recitals> in <preamble>, found " + part);
      }
    }
    text.recitals(recitals);
    List<Article> articles = new ArrayList<>();
    for (Element article : only(act, AKN, BODY).children()) {
      expect(article, AKN, ARTICLE);
      articles.add(article(article, references));
    }
    text.articles(articles);
    // A text has a signature block only where it has one.
    Optional<Element> conclusions = optional(act, AKN, CONCLUSIONS);
    if (conclusions.isPresent()) {
      text.finalClauses(finalClauses(conclusions.get(), references));
    }
    Element expression = descendant(only(meta, AKN, "identification"), AKN, "FRBRExpression");
    Optional<Element> language = optional(expression, AKN, "FRBRlanguage");
    if (language.isPresent()) {
      text.language(language(language.get(), required(language.get(), "language")));
    }
    return new Read(built(act, text::build), references.build());
  }

  private static Element onlyP(Element container) {
    return only(container, AKN, InlineText.P);
  }

  /** The words of provision {@code id} in {@code p}; its cross-references go to {@code found}. */
  private static String unit(
      ProvisionId id, Element p, ImmutableList.Builder<CrossReference> found) {
    InlineText.Unit unit = InlineText.read(id, p);
    found.addAll(unit.references());
    return unit.words();
  }

  private static Language language(Element at, String code) {
    return Language.findByCode(code)
        .orElseThrow(() -> error(at, "unknown language code " + Texts.quote(code)));
  }

  private static Recital recital(
      Element recital, int number, ImmutableList.Builder<CrossReference> references) {
    expect(recital, AKN, RECITAL);
    ProvisionId id = eId(recital);
    check(
        recital,
        id.equals(ProvisionId.recital(number)),
        "expected eId " + ProvisionId.recital(number) + ", found " + id);
    Element p = onlyP(recital);
    String words = unit(id, p, references);
    String phrase =
        descendants(p, AKN, InlineText.INLINE).stream()
            .filter(inline -> InlineText.OPENING_PHRASE.equals(inline.attribute("name").orElse("")))
            .findFirst()
            .map(Reading::words)
            .orElseThrow(() -> error(p, "expected <inline name=\"openingPhrase\"> in a recital"));
    return built(recital, () -> Recital.builder().openingPhrase(phrase).text(words).build());
  }

  private static Article article(
      Element element, ImmutableList.Builder<CrossReference> references) {
    ProvisionId id = eId(element);
    check(
        element, id.kind() == ProvisionKind.ARTICLE, "expected the eId of an article, found " + id);
    int number = id.articleNumber().orElseThrow();
    String heading = words(only(element, AKN, HEADING));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element child : element.children()) {
      if (is(child, AKN, NUM) || is(child, AKN, HEADING)) {
        continue;
      }
      expect(child, AKN, PARAGRAPH);
      paragraphs.add(paragraph(child, id, references));
    }
    return built(
        element,
        () -> Article.builder().number(number).heading(heading).paragraphs(paragraphs).build());
  }

  private static Paragraph paragraph(
      Element element, ProvisionId article, ImmutableList.Builder<CrossReference> references) {
    ProvisionId id = eId(element);
    check(
        element,
        id.kind() == ProvisionKind.PARAGRAPH && id.parent().equals(Optional.of(article)),
        "expected the eId of a paragraph of " + article + ", found " + id);
    Paragraph.Builder paragraph = Paragraph.builder();
    if (optional(element, AKN, NUM).isPresent()) {
      paragraph.number(id.components().get(id.components().size() - 1).number());
    }
    Optional<Element> list = optional(element, AKN, LIST);
    if (list.isEmpty()) {
      paragraph.text(unit(id, onlyP(only(element, AKN, CONTENT)), references));
      return built(element, paragraph::build);
    }
    ProvisionId listId = id.list(1);
    check(list.get(), eId(list.get()).equals(listId), "expected eId " + listId);
    List<Point> points = new ArrayList<>();
    boolean intro = false;
    for (Element part : list.get().children()) {
      if (is(part, AKN, INTRO)) {
        check(part, eId(part).equals(listId.intro()), "expected eId " + listId.intro());
        paragraph.text(unit(listId.intro(), onlyP(part), references));
        intro = true;
      } else if (is(part, AKN, POINT)) {
        ProvisionId pointId = eId(part);
        check(
            part,
            pointId.kind() == ProvisionKind.POINT && pointId.parent().equals(Optional.of(listId)),
            "expected the eId of a point of " + listId + ", found " + pointId);
        char label =
            (char) ('a' + pointId.components().get(pointId.components().size() - 1).number() - 1);
        String words = unit(pointId, onlyP(only(part, AKN, CONTENT)), references);
        points.add(built(part, () -> Point.of(label, words)));
      } else if (is(part, AKN, WRAP_UP)) {
        check(part, eId(part).equals(listId.wrapUp()), "expected eId " + listId.wrapUp());
        paragraph.wrapUp(unit(listId.wrapUp(), onlyP(part), references));
      } else {
        throw error(part, "expected <intro>, <point> or <wrapUp> in <list>, found " + part);
      }
    }
    check(list.get(), intro, "expected an <intro> in <list>: the words that introduce the points");
    paragraph.points(points);
    return built(element, paragraph::build);
  }

  private static FinalClauses finalClauses(
      Element conclusions, ImmutableList.Builder<CrossReference> references) {
    FinalClauses.Builder clauses = FinalClauses.builder();
    String languages =
        conclusions
            .attribute("{" + TM + "}" + LANGUAGES)
            .orElseThrow(
                () ->
                    error(
                        conclusions,
                        "expected attribute tm:languages on <conclusions>: the languages of the originals"));
    List<Language> parsed = new ArrayList<>();
    for (String code : Splitter.on(' ').omitEmptyStrings().split(languages)) {
      parsed.add(language(conclusions, code));
    }
    clauses.languages(parsed);
    List<SignatureLine> lines = new ArrayList<>();
    for (Element part : conclusions.children()) {
      if (is(part, AKN, FORMULA)) {
        String name = required(part, "name");
        String words = unit(eId(part), onlyP(part), references);
        if (name.equals(TESTIMONIUM)) {
          clauses.testimonium(words);
        } else if (name.equals(SIGNING_CLAUSE)) {
          clauses.signingClause(words);
        } else {
          throw error(
              part,
              "expected a formula named \"testimonium\" or \"signingClause\", found "
                  + Texts.quote(name));
        }
      } else if (is(part, AKN, BLOCK_CONTAINER)) {
        lines.add(signatureLine(part));
      } else {
        throw error(part, "expected <formula> or <blockContainer> in <conclusions>, found " + part);
      }
    }
    clauses.signatures(lines);
    return built(conclusions, clauses::build);
  }

  private static SignatureLine signatureLine(Element container) {
    Element signature = descendant(container, AKN, SIGNATURE);
    List<Element> roles = children(signature, AKN, ROLE);
    Element person = only(signature, AKN, PERSON);
    check(
        signature,
        roles.size() == 2,
        "expected two <role> in <signature>: the party, then the office");
    return built(
        signature,
        () ->
            SignatureLine.builder()
                .party(actorId(roles.get(0), reference(roles.get(0), "refersTo")))
                .caption(words(roles.get(0)))
                .signatory(words(person))
                .title(words(roles.get(1)))
                .office(actorId(roles.get(1), reference(roles.get(1), "refersTo")))
                .build());
  }

  // ---- writing ----

  /** Writes {@code text} as the preface, preamble, body and conclusions of an act. */
  static void write(XmlOut out, AgreementText text, InlineText inline) {
    out.open("", PREFACE, AKN).open("", "longTitle", AKN);
    out.openMixed("", InlineText.P, AKN)
        .open("", DOC_TITLE, AKN)
        .text(text.title())
        .close()
        .close();
    out.close().close();
    preamble(out, text, inline);
    body(out, text, inline);
    text.findFinalClauses().ifPresent(clauses -> conclusions(out, clauses, inline));
  }

  private static void preamble(XmlOut out, AgreementText text, InlineText inline) {
    out.open("", PREAMBLE, AKN);
    formula(out, inline, PARTIES, ProvisionId.preamble().formula(1), text.partiesFormula());
    if (!text.recitals().isEmpty()) {
      out.open("", RECITALS, AKN);
      for (int number = 1; number <= text.recitals().size(); number++) {
        ProvisionId id = ProvisionId.recital(number);
        out.open("", RECITAL, AKN).attribute("eId", id.toString());
        inline.write(out, id, text.recital(number).text());
        out.close();
      }
      out.close();
    }
    formula(
        out, inline, ENACTING_FORMULA, ProvisionId.preamble().formula(2), text.enactingFormula());
    out.close();
  }

  private static void formula(
      XmlOut out, InlineText inline, String name, ProvisionId id, String text) {
    out.open("", FORMULA, AKN).attribute("name", name).attribute("eId", id.toString());
    inline.write(out, id, text);
    out.close();
  }

  private static void body(XmlOut out, AgreementText text, InlineText inline) {
    out.open("", BODY, AKN);
    for (Article article : text.articles()) {
      out.open("", ARTICLE, AKN).attribute("eId", article.id().toString());
      out.openMixed("", NUM, AKN).text("Article " + article.number()).close();
      out.openMixed("", HEADING, AKN).text(article.heading()).close();
      for (Paragraph paragraph : article.paragraphs()) {
        paragraph(out, inline, article, paragraph);
      }
      out.close();
    }
    out.close();
  }

  private static void paragraph(
      XmlOut out, InlineText inline, Article article, Paragraph paragraph) {
    ProvisionId id = article.paragraphId(paragraph);
    out.open("", PARAGRAPH, AKN).attribute("eId", id.toString());
    paragraph.number().ifPresent(number -> out.openMixed("", NUM, AKN).text(number + ".").close());
    if (paragraph.points().isEmpty()) {
      out.open("", CONTENT, AKN);
      inline.write(out, id, paragraph.text());
      out.close().close();
      return;
    }
    ProvisionId list = id.list(1);
    out.open("", LIST, AKN).attribute("eId", list.toString());
    out.open("", INTRO, AKN).attribute("eId", list.intro().toString());
    inline.write(out, list.intro(), paragraph.text());
    out.close();
    for (Point point : paragraph.points()) {
      ProvisionId pointId = list.point(point.label());
      out.open("", POINT, AKN).attribute("eId", pointId.toString());
      out.openMixed("", NUM, AKN).text("(" + point.label() + ")").close();
      out.open("", CONTENT, AKN);
      inline.write(out, pointId, point.text());
      out.close().close();
    }
    if (paragraph.wrapUp().isPresent()) {
      out.open("", WRAP_UP, AKN).attribute("eId", list.wrapUp().toString());
      inline.write(out, list.wrapUp(), paragraph.wrapUp().get());
      out.close();
    }
    out.close().close();
  }

  private static void conclusions(XmlOut out, FinalClauses clauses, InlineText inline) {
    out.open("", CONCLUSIONS, AKN)
        .attribute(
            TM_PREFIX,
            TM,
            LANGUAGES,
            clauses.languages().stream()
                .map(language -> language.code())
                .collect(Collectors.joining(" ")));
    formula(out, inline, TESTIMONIUM, ProvisionId.conclusions().formula(1), clauses.testimonium());
    formula(
        out, inline, SIGNING_CLAUSE, ProvisionId.conclusions().formula(2), clauses.signingClause());
    for (int i = 0; i < clauses.signatures().size(); i++) {
      SignatureLine line = clauses.signatures().get(i);
      out.open("", BLOCK_CONTAINER, AKN)
          .attribute("eId", ProvisionId.conclusions().signature(i + 1).toString());
      out.openMixed("", InlineText.P, AKN).open("", SIGNATURE, AKN);
      out.open("", ROLE, AKN)
          .attribute("refersTo", "#" + line.party())
          .text(line.caption())
          .close();
      out.text(" ");
      out.open("", PERSON, AKN)
          .attribute("refersTo", "#" + OWN + "person_" + (i + 1))
          .attribute("as", "#" + line.office())
          .text(line.signatory())
          .close();
      out.text(" ");
      out.open("", ROLE, AKN).attribute("refersTo", "#" + line.office()).text(line.title()).close();
      out.close().close().close();
    }
    out.close();
  }
}
