package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.UnIomAgreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.text.Article;

class TourTest {
  private final Agreement agreement = UnIomAgreement.agreement();
  private final String tour = Tour.render(agreement);

  /** The tour with its line wrapping undone, to find text that spans lines. */
  private final String unwrapped = tour.replaceAll("\\s+", " ");

  @Test
  void visitsEveryArticleUnderItsHeading() {
    for (Article article : agreement.text().articles()) {
      String line = "Article " + article.number() + " - " + article.heading() + "\n";
      assertTrue(tour.contains(line), line);
    }
  }

  @Test
  void quotesEveryNormWholeWithItsConditionsHighlighted() {
    String withoutBrackets = unwrapped.replace("[", "").replace("]", "");
    for (Norm norm : agreement.norms()) {
      String quoted = "words: \"" + norm.words().replaceAll("\\s+", " ") + "\"";
      assertTrue(withoutBrackets.contains(quoted), norm.id() + ": " + quoted);
    }
    assertTrue(
        unwrapped.contains(
            "\"The International Organization for Migration agrees to … contribute to their"
                + " cost-shared budgets, [as per established cost-sharing arrangements].\""));
    assertTrue(
        unwrapped.contains("Article 3(2), closing words undertaking (\"agrees to\")"),
        "a norm of the closing words is cited there");
    assertTrue(unwrapped.contains("Article 3(2)(c) undertaking"));
  }

  @Test
  void showsEachRole() {
    assertTrue(unwrapped.contains("through: the Secretary-General"));
    assertTrue(unwrapped.contains("invited: the Security Council"));
    assertTrue(unwrapped.contains("in: the IOM Council"));
  }

  @Test
  void saysWhereTheAgreementStatesNoNorm() {
    assertTrue(tour.contains("Article 1 states no norm: purpose clause"));
    assertTrue(
        unwrapped.contains(
            "In Article 16(1), \"The Agreement shall thereafter enter into force upon signature.\""
                + " states no norm"),
        "a sentence that states no norm is quoted");
  }

  @Test
  void namesActorsForPeopleNeverByIdentifier() {
    for (Actor actor : agreement.actors()) {
      Matcher raw =
          Pattern.compile("(?<![\\w.-])" + Pattern.quote(actor.id().value()) + "(?![\\w.-])")
              .matcher(tour);
      boolean asIdentifier = actor.id().value().contains(".") && raw.find();
      assertFalse(asIdentifier, actor.id() + " printed as an identifier");
    }
    assertFalse(tour.contains("agreement/un+iom"), "an instrument printed as an identifier");
  }

  @Test
  void tellsEachEventOfTheHistoryOnce() {
    for (TimelineEvent event : agreement.history().events()) {
      String start = event.description().replaceAll("\\s+", " ");
      int first = unwrapped.indexOf(start);
      assertTrue(first >= 0, start);
      assertEquals(-1, unwrapped.indexOf(start, first + 1), "told twice: " + start);
    }
  }

  @Test
  void endsWithTheHistoryFrom1992To2016() {
    assertTrue(tour.contains("5. History of the relationship, 1992 to 2016"));
    assertTrue(
        tour.contains("  16 October 1992    General Assembly resolution 47/4: Observer status"));
    assertTrue(
        unwrapped
            .strip()
            .endsWith("supersedes and replaces the Cooperation Agreement of 25 June 1996"),
        tour.substring(tour.length() - 200));
  }

  @Test
  void explainsHowTheAgreementCameIntoForce() {
    assertTrue(
        tour.contains(
            "30 June 2016       approved by the IOM Council (IOM Council resolution No."));
    assertTrue(unwrapped.contains("signed in New York by Ban Ki-moon and William Lacy Swing"));
    assertTrue(tour.contains("1 January 2015     not yet in existence\n"));
    assertTrue(tour.contains("1 August 2016      approved by every required organ\n"));
    assertTrue(tour.contains("19 September 2016  in force\n"));
    assertTrue(tour.contains("1 January 2000     the Cooperation Agreement of 25 June 1996"));
  }

  @Test
  void noLineIsWiderThanAHandout() {
    for (String line : tour.lines().toList()) {
      assertTrue(line.length() <= 120, line);
    }
  }
}
