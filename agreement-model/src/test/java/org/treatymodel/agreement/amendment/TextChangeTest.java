package org.treatymodel.agreement.amendment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** Each kind of change on the text of the 2016 Agreement; the changes are test data, not facts. */
class TextChangeTest {
  private static final AgreementText TEXT = UnIomAgreement.agreement().text();

  private static Article article(int number, String heading) {
    return Article.builder()
        .number(number)
        .heading(heading)
        .paragraphs(Paragraph.builder().text("Text of " + heading + ".").build())
        .build();
  }

  private static Paragraph numbered(int number, String text) {
    return Paragraph.builder().number(number).text(text).build();
  }

  @Test
  void replaceAnArticle() {
    AgreementText amended = TextChange.replaceArticle(article(12, "Costs")).applyTo(TEXT);
    assertEquals("Costs", amended.article(12).heading());
    assertEquals(16, amended.articles().size());
    assertEquals(TEXT.article(13), amended.article(13));
    assertEquals(ProvisionId.article(12), TextChange.replaceArticle(article(12, "Costs")).target());
  }

  @Test
  void addAnArticleInOrder() {
    AgreementText shortened = TextChange.removeArticle(10).applyTo(TEXT);
    AgreementText restored = TextChange.addArticle(article(10, "Staff")).applyTo(shortened);
    assertEquals(
        List.of(9, 10, 11),
        restored.articles().subList(8, 11).stream().map(Article::number).toList());
    assertRejected(
        () -> TextChange.addArticle(article(10, "Staff")).applyTo(TEXT),
        "cannot add art_10: the text has it already");
    AgreementText extended = TextChange.addArticle(article(17, "Final")).applyTo(TEXT);
    assertEquals(17, extended.articles().get(16).number());
  }

  @Test
  void removeAnArticle() {
    assertRejected(
        () -> TextChange.removeArticle(17).applyTo(TEXT),
        "cannot change art_17: the text has no such article");
    assertRejected(
        () -> TextChange.replaceArticle(article(17, "x")).applyTo(TEXT),
        "cannot change art_17: the text has no such article");
    assertRejected(() -> TextChange.removeArticle(0), "article number must be from 1 to 9999: 0");
  }

  @Test
  void paragraphChanges() {
    AgreementText replaced =
        TextChange.replaceParagraph(13, 2, numbered(2, "New second paragraph.")).applyTo(TEXT);
    assertEquals("New second paragraph.", replaced.article(13).paragraph(2).text());
    assertEquals(TEXT.article(13).paragraph(1), replaced.article(13).paragraph(1));
    assertEquals(ProvisionId.parse("art_13__para_2"), TextChange.removeParagraph(13, 2).target());

    AgreementText added = TextChange.addParagraph(16, numbered(4, "Fourth.")).applyTo(TEXT);
    AgreementText addedBetween = TextChange.addParagraph(16, numbered(3, "Third.")).applyTo(added);
    assertEquals(List.of(1, 2, 3, 4), addedBetween.article(16).paragraphNumbers());

    assertRejected(
        () -> TextChange.replaceParagraph(13, 3, numbered(3, "x")).applyTo(TEXT),
        "cannot replace art_13__para_3: the text has no such paragraph");
    assertRejected(
        () -> TextChange.addParagraph(13, numbered(2, "x")).applyTo(TEXT),
        "cannot add art_13__para_2: the text has it already");
    assertRejected(
        () -> TextChange.removeParagraph(13, 3).applyTo(TEXT),
        "cannot remove art_13__para_3: the text has no such paragraph");
    assertRejected(
        () -> TextChange.removeParagraph(12, 1).applyTo(TEXT),
        "cannot remove art_12__para_1, the only paragraph; remove the article");
    assertRejected(
        () -> TextChange.addParagraph(13, Paragraph.builder().text("Unnumbered.").build()),
        "an added paragraph must be numbered: Unnumbered.");
  }

  @Test
  void aReplacementKeepsTheNumberOfWhatItReplaces() {
    assertRejected(
        () -> TextChange.replaceParagraph(13, 2, numbered(3, "x")),
        "the replacement of paragraph 2 of Article 13 is numbered 3; a replacement keeps the number"
            + " of the paragraph it replaces");
    assertRejected(
        () -> TextChange.replaceParagraph(13, 0, numbered(1, "x")),
        "paragraph number must be from 1 to 9999: 0");
    assertRejected(
        () -> TextChange.removeParagraph(13, 0), "paragraph number must be from 1 to 9999: 0");
    assertRejected(
        () -> TextChange.addParagraph(0, numbered(1, "x")),
        "article number must be from 1 to 9999: 0");
    // The single unnumbered paragraph of Article 12 is replaced by an unnumbered one.
    AgreementText replaced =
        TextChange.replaceParagraph(12, 1, Paragraph.builder().text("New.").build()).applyTo(TEXT);
    assertEquals("New.", replaced.article(12).paragraph(1).text());
  }

  @Test
  void eachVariantHasTheAttributesItNeeds() {
    TextChange removal = TextChange.removeArticle(1);
    assertTrue(removal instanceof TextChange.RemoveArticle remove && remove.number() == 1);
    TextChange replacement = TextChange.replaceArticle(article(3, "x"));
    assertTrue(
        replacement instanceof TextChange.ReplaceArticle replace
            && replace.replacement().number() == 3);
    assertEquals(new TextChange.RemoveParagraph(13, 2), TextChange.removeParagraph(13, 2));
  }
}
