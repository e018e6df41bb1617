package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.check;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expectTm;
import static org.treatymodel.agreement.akn.Reading.instrumentId;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.number;
import static org.treatymodel.agreement.akn.Reading.onlyTm;
import static org.treatymodel.agreement.akn.Reading.required;
import static org.treatymodel.agreement.akn.Reading.words;

import java.util.ArrayList;
import java.util.List;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;

/**
 * Amendments, read and written side by side: each {@code <tm:amendment>} with its procedure and its
 * changes to the text, the articles and paragraphs it brings written in this project's vocabulary
 * (they are not part of the original text).
 */
final class AmendmentCodec {
  private AmendmentCodec() {}

  // The vocabulary of amendments, shared by reading and writing.
  static final String AMENDMENTS = "amendments";
  static final String AMENDMENT = "amendment";
  static final String CHANGES = "changes";
  static final String REPLACE_ARTICLE = "replaceArticle";
  static final String ADD_ARTICLE = "addArticle";
  static final String REMOVE_ARTICLE = "removeArticle";
  static final String REPLACE_PARAGRAPH = "replaceParagraph";
  static final String ADD_PARAGRAPH = "addParagraph";
  static final String REMOVE_PARAGRAPH = "removeParagraph";
  static final String ARTICLE = "article";
  static final String PARAGRAPH = "paragraph";
  static final String TEXT = "text";
  static final String POINT = "point";
  static final String WRAP_UP = "wrapUp";

  // ---- reading ----

  /** The amendments of a {@code <tm:amendments>}. */
  static List<Amendment> read(Element container) {
    List<Amendment> amendments = new ArrayList<>();
    container.children().forEach(child -> amendments.add(amendment(child)));
    return amendments;
  }

  private static Amendment amendment(Element element) {
    expectTm(element, AMENDMENT);
    InstrumentId instrument = instrumentId(element, required(element, "instrument"));
    Procedure procedure = ProcedureCodec.read(onlyTm(element, ProcedureCodec.PROCEDURE), List.of());
    List<TextChange> changes = new ArrayList<>();
    for (Element change : onlyTm(element, CHANGES).children()) {
      changes.add(change(change));
    }
    return built(
        element,
        () ->
            Amendment.builder()
                .instrument(instrument)
                .procedure(procedure)
                .changes(changes)
                .build());
  }

  private static TextChange change(Element element) {
    if (!TM.equals(element.namespace())) {
      throw error(element, "expected a change of the tm namespace, found " + element);
    }
    return switch (element.name()) {
      case REPLACE_ARTICLE -> {
        Article article = article(onlyTm(element, ARTICLE));
        yield built(element, () -> TextChange.replaceArticle(article));
      }
      case ADD_ARTICLE -> {
        Article article = article(onlyTm(element, ARTICLE));
        yield built(element, () -> TextChange.addArticle(article));
      }
      case REMOVE_ARTICLE -> {
        int article = number(element, required(element, ARTICLE));
        yield built(element, () -> TextChange.removeArticle(article));
      }
      case REPLACE_PARAGRAPH -> {
        int article = number(element, required(element, ARTICLE));
        int number = number(element, required(element, "number"));
        Paragraph paragraph = paragraph(onlyTm(element, PARAGRAPH));
        yield built(element, () -> TextChange.replaceParagraph(article, number, paragraph));
      }
      case ADD_PARAGRAPH -> {
        int article = number(element, required(element, ARTICLE));
        Paragraph paragraph = paragraph(onlyTm(element, PARAGRAPH));
        yield built(element, () -> TextChange.addParagraph(article, paragraph));
      }
      case REMOVE_PARAGRAPH -> {
        int article = number(element, required(element, ARTICLE));
        int number = number(element, required(element, "number"));
        yield built(element, () -> TextChange.removeParagraph(article, number));
      }
      default -> throw error(element, "unknown change " + element);
    };
  }

  private static Article article(Element element) {
    int number = number(element, required(element, "number"));
    String heading = required(element, "heading");
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element paragraph : element.children()) {
      paragraphs.add(paragraph(expectTm(paragraph, PARAGRAPH)));
    }
    return built(
        element,
        () -> Article.builder().number(number).heading(heading).paragraphs(paragraphs).build());
  }

  private static Paragraph paragraph(Element element) {
    Paragraph.Builder paragraph = Paragraph.builder();
    element.attribute("number").ifPresent(number -> paragraph.number(number(element, number)));
    List<Point> points = new ArrayList<>();
    boolean text = false;
    for (Element part : element.children()) {
      if (is(part, TM, TEXT)) {
        paragraph.text(words(part));
        text = true;
      } else if (is(part, TM, POINT)) {
        String label = required(part, "label");
        check(part, label.length() == 1, "a point's label is one letter: " + Texts.quote(label));
        String words = words(part);
        points.add(built(part, () -> Point.of(label.charAt(0), words)));
      } else if (is(part, TM, WRAP_UP)) {
        paragraph.wrapUp(words(part));
      } else {
        throw error(
            part, "expected <tm:text>, <tm:point> or <tm:wrapUp> in <tm:paragraph>, found " + part);
      }
    }
    check(element, text, "expected <tm:text> in <tm:paragraph>");
    paragraph.points(points);
    return built(element, paragraph::build);
  }

  // ---- writing ----

  /** Writes {@code amendments} as a {@code <tm:amendments>}, if there are any. */
  static void write(XmlOut out, List<Amendment> amendments) {
    if (amendments.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, AMENDMENTS, TM);
    for (Amendment amendment : amendments) {
      out.open(TM_PREFIX, AMENDMENT, TM).attribute("instrument", amendment.instrument().value());
      ProcedureCodec.write(out, amendment.procedure(), false);
      out.open(TM_PREFIX, CHANGES, TM);
      for (TextChange change : amendment.changes()) {
        change(out, change);
      }
      out.close().close();
    }
    out.close();
  }

  private static void change(XmlOut out, TextChange change) {
    if (change instanceof TextChange.ReplaceArticle replace) {
      out.open(TM_PREFIX, REPLACE_ARTICLE, TM);
      article(out, replace.replacement());
    } else if (change instanceof TextChange.AddArticle add) {
      out.open(TM_PREFIX, ADD_ARTICLE, TM);
      article(out, add.article());
    } else if (change instanceof TextChange.RemoveArticle remove) {
      out.open(TM_PREFIX, REMOVE_ARTICLE, TM).attribute(ARTICLE, String.valueOf(remove.number()));
    } else if (change instanceof TextChange.ReplaceParagraph replace) {
      out.open(TM_PREFIX, REPLACE_PARAGRAPH, TM)
          .attribute(ARTICLE, String.valueOf(replace.article()))
          .attribute("number", String.valueOf(replace.number()));
      paragraph(out, replace.replacement());
    } else if (change instanceof TextChange.AddParagraph add) {
      out.open(TM_PREFIX, ADD_PARAGRAPH, TM).attribute(ARTICLE, String.valueOf(add.article()));
      paragraph(out, add.paragraph());
    } else {
      TextChange.RemoveParagraph remove = (TextChange.RemoveParagraph) change;
      out.open(TM_PREFIX, REMOVE_PARAGRAPH, TM)
          .attribute(ARTICLE, String.valueOf(remove.article()))
          .attribute("number", String.valueOf(remove.number()));
    }
    out.close();
  }

  private static void article(XmlOut out, Article article) {
    out.open(TM_PREFIX, ARTICLE, TM)
        .attribute("number", String.valueOf(article.number()))
        .attribute("heading", article.heading());
    article.paragraphs().forEach(paragraph -> paragraph(out, paragraph));
    out.close();
  }

  private static void paragraph(XmlOut out, Paragraph paragraph) {
    out.open(TM_PREFIX, PARAGRAPH, TM);
    paragraph.number().ifPresent(number -> out.attribute("number", String.valueOf(number)));
    out.openMixed(TM_PREFIX, TEXT, TM).text(paragraph.text()).close();
    for (Point point : paragraph.points()) {
      out.openMixed(TM_PREFIX, POINT, TM)
          .attribute("label", String.valueOf(point.label()))
          .text(point.text())
          .close();
    }
    paragraph
        .wrapUp()
        .ifPresent(wrapUp -> out.openMixed(TM_PREFIX, WRAP_UP, TM).text(wrapUp).close());
    out.close();
  }
}
