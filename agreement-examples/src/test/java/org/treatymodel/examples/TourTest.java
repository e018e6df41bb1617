package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** The tour reads as a handout: sections, names for people, each event once. */
class TourTest {
  private final Agreement agreement = UnIomAgreement.agreement();
  private final String tour =
      Tour.render(agreement, Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

  /** The tour with its line wrapping undone, to find text that spans lines. */
  private final String unwrapped = tour.replaceAll("\\s+", " ");

  @Test
  void hasTheSectionsOfAHandoutInOrder() {
    int last = -1;
    for (String section :
        new String[] {
          "1. The parties, their organs and offices",
          "2. Outline",
          "3. Who owes what",
          "4. Article 5: the executive heads in each other's meetings",
          "5. Timeline, 1992 to 2016",
          "6. Where the Agreement stood",
          "7. Article 16(2) and the Cooperation Agreement of 1996",
          "8. Validation"
        }) {
      int at = tour.indexOf("\n" + section + "\n");
      assertTrue(at > last, section);
      last = at;
    }
  }

  @Test
  void outlinesEveryArticleWithItsCounts() {
    for (Article article : agreement.text().articles()) {
      Matcher row =
          Pattern.compile(
                  "\\n +"
                      + article.number()
                      + "  "
                      + Pattern.quote(article.heading())
                      + " +(\\d+)  (\\d+)\\n")
              .matcher(tour);
      assertTrue(row.find(), "Article " + article.number());
      assertEquals(article.paragraphs().size(), Integer.parseInt(row.group(1)));
      assertEquals(
          agreement.normsInArticle(article.number()).size(), Integer.parseInt(row.group(2)));
    }
    assertTrue(
        unwrapped.contains("A preamble of 9 recitals, 16 articles of 35 paragraphs, 67 norms"));
  }

  @Test
  void saysWhoOwesWhatWithArticleCitations() {
    assertTrue(
        tour.contains("  The Director General       obligation       1  6(1)\n"), "one obligation");
    assertTrue(tour.contains("                             entitlement      3  5(2)\n"));
    assertTrue(tour.contains("  IOM staff                  entitlement      1  11\n"));
  }

  @Test
  void listsTheEntitlementsOfArticle5AndTheAbsenceOfAVote() {
    assertTrue(unwrapped.contains("The Secretary-General is entitled:"));
    assertTrue(
        unwrapped.contains(
            "to participate in sessions of the Council of IOM, without vote [Article 5(1)]"));
    assertTrue(
        unwrapped.contains("to attend plenary meetings of the General Assembly [Article 5(2)]"));
    assertTrue(unwrapped.contains("Article 5(1) and Article 5(2) say \"without vote\""));
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
    assertFalse(tour.contains("[un."), "a list of identifiers");
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
  void showsTheStatusOnDatesAndTheEndOf1996() {
    assertTrue(tour.contains("1 January 2015     not yet in existence"));
    assertTrue(tour.contains("1 August 2016      approved by every required organ"));
    assertTrue(
        tour.contains(
            "19 September 2016  in force                                the 2016 Agreement"));
    assertTrue(
        unwrapped.contains(
            "The Cooperation Agreement of 25 June 1996 was in force from 25 June 1996 until the day"
                + " before the 2016 Agreement entered into force; from 19 September 2016 it is"
                + " superseded."));
  }

  @Test
  void endsWithTheValidationReport() {
    assertTrue(unwrapped.contains("0 errors, 0 warnings, 3 info on 24 November 2026:"), unwrapped);
    assertTrue(unwrapped.contains("- info PROC-005,"));
  }

  @Test
  void isPlainTextNoWiderThanAHandout() {
    for (String line : tour.lines().toList()) {
      assertTrue(line.length() <= 120, line);
      assertFalse(line.chars().anyMatch(c -> c == 0x1B), "an escape code: " + line);
    }
  }
}
