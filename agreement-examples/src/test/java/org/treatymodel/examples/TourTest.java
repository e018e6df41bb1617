package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.UnIomAgreement;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.text.Article;

class TourTest {
  private final Agreement agreement = UnIomAgreement.agreement();
  private final String tour = Tour.render(agreement, UnIomAgreement.history());

  @Test
  void visitsEveryArticleUnderItsHeading() {
    for (Article article : agreement.text().articles()) {
      String line = "Article " + article.number() + " - " + article.heading() + "\n";
      assertTrue(tour.contains(line), line);
    }
  }

  @Test
  void showsEveryNormWithItsWords() {
    for (Norm norm : agreement.norms()) {
      String firstWords = norm.words().substring(0, Math.min(40, norm.words().indexOf(' ', 30)));
      assertTrue(tour.contains(firstWords), norm.id() + ": " + firstWords);
    }
  }

  @Test
  void saysWhereTheAgreementStatesNoNorm() {
    assertTrue(tour.contains("Article 1 states no norm: purpose clause"));
  }

  @Test
  void endsWithTheHistoryFrom1992To2016() {
    assertTrue(tour.contains("5. History of the relationship, 1992 to 2016"));
    assertTrue(tour.contains("  16 October 1992    A/RES/47/4 (resolution): Observer status"));
    assertTrue(tour.strip().endsWith("(Article 16)"), tour.substring(tour.length() - 200));
  }

  @Test
  void explainsHowTheAgreementCameIntoForce() {
    assertTrue(
        tour.contains(
            "30 June 2016       approved by the Council of the International Organization"));
    assertTrue(tour.contains("signed in New York by Ban Ki-moon and William Lacy Swing"));
    assertTrue(tour.contains("1 August 2016      approved\n"));
    assertTrue(tour.contains("19 September 2016  in force\n"));
    assertTrue(tour.contains("1 January 2000     UN-IOM Cooperation Agreement 1996"));
  }

  @Test
  void noLineIsWiderThanAHandout() {
    for (String line : tour.lines().toList()) {
      assertTrue(line.length() <= 120, line);
    }
  }
}
