package org.treatymodel.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.structure.Division;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.PlainText;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;

/**
 * The shape of the text and of the dossier, as signed: numbering without gaps, distinct
 * instruments, norms anchored where a text states them. What a builder checks on one value
 * (increasing numbers, unique provision identifiers, no blank text) it has already rejected.
 */
final class StructureRules {
  private StructureRules() {}

  static final Rule ARTICLES_WITHOUT_GAP =
      Rule.of(
          "STRUCT-001",
          Severity.WARNING,
          "the articles are numbered 1, 2, 3... without gap, as a signed text numbers them",
          StructureRules::articlesWithoutGap);

  static final Rule PARAGRAPHS_WITHOUT_GAP =
      Rule.of(
          "STRUCT-002",
          Severity.WARNING,
          "the paragraphs of an article are numbered 1, 2, 3... without gap",
          StructureRules::paragraphsWithoutGap);

  static final Rule POINTS_WITHOUT_GAP =
      Rule.of(
          "STRUCT-003",
          Severity.WARNING,
          "the points of a paragraph are lettered (a), (b), (c)... without gap",
          StructureRules::pointsWithoutGap);

  static final Rule DISTINCT_INSTRUMENTS =
      Rule.of(
          "STRUCT-004",
          Severity.ERROR,
          "the agreement, its predecessors and its amendments are distinct instruments",
          StructureRules::distinctInstruments);

  static final Rule NORMS_NUMBERED_WITHOUT_GAP =
      Rule.of(
          "STRUCT-005",
          Severity.WARNING,
          "the norms of a provision are numbered #1, #2, #3... without gap",
          StructureRules::normsNumberedWithoutGap);

  static final Rule NORMS_ANCHORED_WHERE_STATED =
      Rule.of(
          "STRUCT-006",
          Severity.WARNING,
          "a norm is anchored at a paragraph, a point, or a list's introduction or closing words",
          StructureRules::normsAnchoredWhereStated);

  static final Rule DESIGNATIONS_AGREE_WITH_EIDS =
      Rule.of(
          "STRUCT-007",
          Severity.WARNING,
          "a unit's number as printed agrees with its eId, in a text of its own structure",
          StructureRules::designationsAgreeWithEIds);

  static final RuleSet SET =
      RuleSet.of(
          "structure",
          ARTICLES_WITHOUT_GAP,
          PARAGRAPHS_WITHOUT_GAP,
          POINTS_WITHOUT_GAP,
          DISTINCT_INSTRUMENTS,
          NORMS_NUMBERED_WITHOUT_GAP,
          NORMS_ANCHORED_WHERE_STATED,
          DESIGNATIONS_AGREE_WITH_EIDS);

  private static void articlesWithoutGap(Inspection inspection) {
    int expected = 1;
    for (Article article : inspection.dossier().text().articles()) {
      if (article.number() != expected) {
        inspection.report(
            Location.of(article.id()),
            "Article "
                + article.number()
                + " follows "
                + (expected == 1 ? "the preamble" : "Article " + (expected - 1))
                + "; a signed text numbers its articles without gap, so it would be Article "
                + expected);
      }
      expected = article.number() + 1;
    }
  }

  private static void paragraphsWithoutGap(Inspection inspection) {
    for (Article article : inspection.dossier().text().articles()) {
      int expected = 1;
      for (Paragraph paragraph : article.paragraphs()) {
        int number = paragraph.number().orElse(1);
        if (number != expected) {
          inspection.report(
              Location.of(article.paragraphId(paragraph)),
              "paragraph "
                  + number
                  + " of Article "
                  + article.number()
                  + " follows "
                  + (expected == 1 ? "its heading" : "paragraph " + (expected - 1))
                  + "; it would be paragraph "
                  + expected);
        }
        expected = number + 1;
      }
    }
  }

  private static void pointsWithoutGap(Inspection inspection) {
    for (Article article : inspection.dossier().text().articles()) {
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId list = article.paragraphId(paragraph).list(1);
        char expected = 'a';
        for (Point point : paragraph.points()) {
          if (point.label() != expected) {
            inspection.report(
                Location.of(list.point(point.label())),
                "point ("
                    + point.label()
                    + ") follows "
                    + (expected == 'a'
                        ? "the introduction"
                        : "point (" + (char) (expected - 1) + ")")
                    + "; it would be point ("
                    + expected
                    + ")");
          }
          expected = (char) (point.label() + 1);
        }
      }
    }
  }

  private static void distinctInstruments(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Map<InstrumentId, String> roles = new HashMap<>();
    roles.put(dossier.instrument(), "the agreement itself");
    for (Procedure predecessor : dossier.predecessors()) {
      claim(inspection, roles, predecessor.instrument(), "a predecessor");
    }
    for (Amendment amendment : dossier.amendments()) {
      claim(inspection, roles, amendment.instrument(), "an amendment");
    }
  }

  private static void claim(
      Inspection inspection, Map<InstrumentId, String> roles, InstrumentId id, String role) {
    String earlier = roles.putIfAbsent(id, role);
    if (earlier != null) {
      inspection.report(
          Location.of(id),
          role
              + " has the identifier "
              + id
              + " of "
              + earlier
              + "; each instrument of the dossier needs its own identifier");
    }
  }

  private static void normsNumberedWithoutGap(Inspection inspection) {
    for (ProvisionId provision : inspection.normAnchors()) {
      List<Norm> norms =
          inspection.normsAnchoredAt(provision).stream()
              .sorted((a, b) -> Integer.compare(a.id().ordinal(), b.id().ordinal()))
              .toList();
      int expected = 1;
      for (Norm norm : norms) {
        if (norm.id().ordinal() != expected) {
          inspection.report(
              Location.of(norm.id()),
              "norm "
                  + norm.id()
                  + " follows "
                  + (expected == 1 ? "no norm of its provision" : "norm #" + (expected - 1))
                  + "; the norms of a provision are numbered without gap, so it would be #"
                  + expected);
        }
        expected = norm.id().ordinal() + 1;
      }
    }
  }

  private static void normsAnchoredWhereStated(Inspection inspection) {
    for (Norm norm : inspection.dossier().norms()) {
      ProvisionKind kind = norm.provision().kind();
      if (kind != ProvisionKind.PARAGRAPH
          && kind != ProvisionKind.POINT
          && kind != ProvisionKind.INTRO
          && kind != ProvisionKind.WRAP_UP) {
        inspection.report(
            Location.of(norm.id()),
            "norm "
                + norm.id()
                + " is anchored at "
                + Prose.a(kind.label())
                + "; anchor it at the paragraph, point, or list introduction or closing words whose"
                + " words state it");
      }
    }
  }

  /**
   * Where an eId follows the naming convention ({@code chp_I__art_3bis}), its last component's
   * number ({@code 3bis}) is the unit's number as printed ("Article 3bis"), letters and digits
   * compared without case, brackets or dots: "(d)" and {@code point_d}, "1." and {@code para_1}.
   */
  private static void designationsAgreeWithEIds(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    if (dossier.text().structure().isEmpty()) {
      return;
    }
    for (Division unit : dossier.text().structure().get().units()) {
      if (unit.eId().isEmpty() || unit.designation().isEmpty()) {
        continue;
      }
      String eId = unit.eId().get();
      String last = eId.substring(eId.lastIndexOf("__") < 0 ? 0 : eId.lastIndexOf("__") + 2);
      int underscore = last.lastIndexOf('_');
      if (underscore < 0) {
        continue;
      }
      String fromEId = bare(last.substring(underscore + 1));
      String printed = unit.designation().get().strip();
      String[] words = printed.split(" ");
      String fromText = bare(words[words.length - 1]);
      if (!fromEId.isEmpty() && !fromText.isEmpty() && !fromEId.equals(fromText)) {
        inspection.report(
            Location.of(dossier.instrument()),
            "the "
                + unit.level().element()
                + " "
                + eId
                + " is numbered "
                + PlainText.quote(printed)
                + " in the text, but its eId says "
                + last.substring(underscore + 1)
                + "; one of them is wrong");
      }
    }
  }

  private static String bare(String designator) {
    return designator.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
  }
}
