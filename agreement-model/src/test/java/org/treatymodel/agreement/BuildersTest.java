package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.agreement.uniom.Actors;

/**
 * Bad input is rejected when it is given or at build(), with a message that names the field and
 * value.
 */
class BuildersTest {

  @Test
  void missingAttributeIsNamed() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Article.builder().number(1).build());
    assertMentions(error, "heading");
  }

  @Test
  void blankTextIsRejected() {
    assertRejected(
        () -> Article.builder().number(1).heading(" ").paragraphs(paragraph("text")).build(),
        "article heading must not be blank: \" \"");
    assertRejected(
        () -> Paragraph.builder().text("").build(), "paragraph text must not be blank: \"\"");
    assertRejected(() -> Point.of('a', "\t"), "point text must not be blank");
  }

  @Test
  void articleNumbersBelowOneAreRejected() {
    assertRejected(
        () -> Article.builder().number(0).heading("Purpose").paragraphs(paragraph("text")).build(),
        "article number must be from 1 to 9999: 0");
  }

  @Test
  void paragraphsMustBeNumberedInOrder() {
    assertRejected(
        () ->
            Article.builder()
                .number(2)
                .heading("Principles")
                .paragraphs(numbered(3), numbered(1))
                .build(),
        "paragraphs of Article 2 must be numbered in increasing order, and only a single paragraph may be unnumbered: found 1 after 3");
  }

  @Test
  void pointsMustBeLetteredInOrder() {
    assertRejected(
        () ->
            Paragraph.builder().text("in:").points(Point.of('c', "x"), Point.of('b', "y")).build(),
        "points must be lettered in alphabetical order, each letter once: (b) follows (c)");
    assertRejected(
        () ->
            Paragraph.builder().text("in:").points(Point.of('a', "x"), Point.of('a', "y")).build(),
        "(a) follows (a)");
    // A gap, as an amendment that removes a point leaves, is reported by the validation module.
    assertEquals(
        2,
        Paragraph.builder()
            .text("in:")
            .points(Point.of('a', "x"), Point.of('c', "y"))
            .build()
            .points()
            .size());
  }

  @Test
  void duplicateArticleNumbersAreRejected() {
    Article first = article(1);
    assertRejected(
        () ->
            AgreementText.builder()
                .title("Agreement")
                .partiesFormula("The parties,")
                .enactingFormula("Have agreed as follows:")
                .articles(first, first)
                .finalClauses(finalClauses())
                .build(),
        "art_1");
  }

  @Test
  void duplicateNormIdsAreRejected() {
    Norm norm =
        Norm.builder()
            .id(NormId.parse("art_1__para_1#1"))
            .bearers(Actors.IOM)
            .action("act")
            .words("IOM shall act.")
            .build();
    assertRejected(
        () -> Agreement.builder().from(Samples.agreement()).norms(List.of(norm, norm)).build(),
        "norms must not hold the same element twice: \"art_1__para_1#1\"");
  }

  @Test
  void duplicateActorIdsAreRejected() {
    Actor actor = Actor.builder().id(Actors.IOM).kind(ActorKind.ORGANIZATION).name("IOM").build();
    assertRejected(
        () -> Agreement.builder().from(Samples.agreement()).actors(List.of(actor, actor)).build(),
        "actors must not hold the same element twice: \"iom\"");
  }

  @Test
  void aNormsForceIsThePhraseOfItsWords() {
    assertRejected(
        () ->
            Norm.builder()
                .id(NormId.parse("art_4__para_1#1"))
                .force(ForcePhrase.SHALL_BE_ENTITLED)
                .bearers(Actors.IOM)
                .action("submit reports")
                .words("IOM may submit reports.")
                .build(),
        "the force phrase \"shall be entitled\" of norm art_4__para_1#1 does not stand as whole"
            + " words in its words: \"IOM may submit reports.\"");
  }

  @Test
  void alternativeConditionsAreAtLeastTwoOfTheNormsConditions() {
    Norm.Builder norm =
        Norm.builder()
            .id(NormId.parse("art_7__para_2#1"))
            .force(ForcePhrase.SHALL)
            .bearers(Actors.IOM)
            .action("furnish")
            .words("IOM shall, upon request and where appropriate, furnish studies.")
            .conditions(Condition.UPON_REQUEST, Condition.WHERE_APPROPRIATE);
    assertRejected(
        () -> norm.alternativeConditions(Condition.UPON_REQUEST).build(),
        "norm art_7__para_2#1 has one alternative condition, [upon-request]");
    assertRejected(
        () -> norm.alternativeConditions(Condition.UPON_REQUEST, Condition.IN_WRITING).build(),
        "the alternative conditions of norm art_7__para_2#1 must be among its conditions");
    Norm either =
        norm.alternativeConditions(Condition.UPON_REQUEST, Condition.WHERE_APPROPRIATE).build();
    assertFalse(either.requires(Condition.UPON_REQUEST));
  }

  @Test
  void aRecitalBeginsWithItsOpeningPhrase() {
    assertRejected(
        () -> Recital.builder().openingPhrase("Recalling").text("Noting the Charter,").build(),
        "recital text must begin with its opening phrase \"Recalling\": \"Noting the Charter,\"");
    assertRejected(
        () -> Recital.builder().openingPhrase("Noting").text("Noting the Charter,").build(),
        "opening phrase must begin with one of");
  }

  @Test
  void onlyAnOrganizationHasAOneSegmentId() {
    assertRejected(
        () ->
            Actor.builder()
                .id(ActorId.of("iom.council"))
                .kind(ActorKind.ORGANIZATION)
                .name("x")
                .build(),
        "id iom.council, kind ORGANIZATION");
  }

  @Test
  void anInstrumentCannotRelateToItself() {
    InstrumentId id = InstrumentId.of("A/RES/70/263");
    assertRejected(
        () ->
            Instrument.builder()
                .id(id)
                .kind(InstrumentKind.RESOLUTION)
                .title("Cooperation")
                .date(LocalDate.of(2016, 4, 27))
                .provenance("test")
                .relations(
                    InstrumentRelation.of(
                        org.treatymodel.agreement.instrument.RelationKind.RECALLS, id))
                .build(),
        "an instrument cannot relate to itself: A/RES/70/263 RECALLS A/RES/70/263");
  }

  @Test
  void aCrossReferenceCannotPointAtItsSource() {
    ProvisionId article = ProvisionId.article(10);
    assertRejected(
        () -> CrossReference.toProvision(article, article, "this Article"),
        "art_10 cannot refer to itself");
  }

  @Test
  void aTimelineEventNeedsADescription() {
    assertRejected(
        () ->
            TimelineEvent.builder()
                .date(LocalDate.of(2016, 9, 19))
                .description("")
                .provenance("x")
                .build(),
        "event description must not be blank");
  }

  private static void assertMentions(RuntimeException error, String part) {
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains(part), "message \"" + message + "\" lacks \"" + part + "\"");
  }

  private static Paragraph paragraph(String text) {
    return Paragraph.builder().text(text).build();
  }

  private static Paragraph numbered(int number) {
    return Paragraph.builder().number(number).text("Paragraph " + number + ".").build();
  }

  private static Article article(int number) {
    return Article.builder()
        .number(number)
        .heading("Heading")
        .paragraphs(paragraph("Text."))
        .build();
  }

  private static FinalClauses finalClauses() {
    return FinalClauses.builder()
        .testimonium("In witness thereof.")
        .signingClause("Signed in the English language.")
        .languages(Language.ENGLISH)
        .signatures(
            SignatureLine.builder()
                .party(Actors.IOM)
                .caption("For IOM:")
                .signatory("A")
                .title("Director General")
                .office(Actors.DIRECTOR_GENERAL)
                .build())
        .build();
  }
}
