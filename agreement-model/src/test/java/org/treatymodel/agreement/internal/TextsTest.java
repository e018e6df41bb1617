package org.treatymodel.agreement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatymodel.agreement.english.Prose;

/** "Blank" and "line break" mean what Unicode says; messages quote values short and escaped. */
class TextsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t",
        "\u00a0",
        "\u2007",
        "\u202f",
        "\u200b",
        "\u200c\u200d",
        "\u2060",
        "\ufeff",
        "\u2028",
        "\u2029",
        "\u0085",
        "\u000b",
        "\u000c",
        "\u3000",
        "\u1680",
        " \u00a0\u200b\u2003 "
      })
  void blankMeansNoVisibleCharacter(String value) {
    assertTrue(Texts.isBlank(value));
    assertRejected(() -> Texts.checkText("heading", value), "heading must not be blank: ");
  }

  @Test
  void visibleTextIsNotBlank() {
    assertFalse(Texts.isBlank("a"));
    assertFalse(Texts.isBlank("\u00a0a\u00a0"));
    assertFalse(Texts.isBlank("\ud83d\ude00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\nb", "a\rb", "a\u000bb", "a\u000cb", "a\u0085b", "a\u2028b", "a\u2029b"})
  void aLineBreakIsRejected(String value) {
    assertRejected(() -> Texts.checkText("title", value), "title must be one line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0Article", "Article\u00a0", "\u200bArticle", "Article\u2009"})
  void surroundingWhiteSpaceOrInvisibleCharactersAreRejected(String value) {
    assertRejected(
        () -> Texts.checkText("heading", value), "heading must not start or end with white space");
  }

  @Test
  void controlCharactersAndUnpairedSurrogatesAreRejected() {
    assertRejected(
        () -> Texts.checkText("name", "a\u0000b"),
        "name must not contain a control character: \"a\\u0000b\"");
    assertRejected(() -> Texts.checkText("name", "a\tb"), "name must not contain a control");
    assertRejected(
        () -> Texts.checkText("name", "a\ud800b"),
        "name must not contain an unpaired surrogate: \"a\\uD800b\"");
    assertRejected(
        () -> Texts.checkText("name", "a\udc00"), "name must not contain an unpaired surrogate");
    assertEquals("a\ud83d\ude00b", Texts.checkText("name", "a\ud83d\ude00b"));
  }

  @Test
  void messagesQuoteValuesShortAndEscaped() {
    assertEquals("\"a\\nb\\t\\\"c\\\"\\\\\"", Texts.quote("a\nb\t\"c\"\\"));
    assertEquals("\"\\u00A0\\u200B\\u2028\"", Texts.quote("\u00a0\u200b\u2028"));
    String megabyte = "x".repeat(1 << 20);
    String quoted = Texts.quote(megabyte);
    assertEquals("\"" + "x".repeat(80) + "\"... (1048576 characters)", quoted);
    assertEquals("\"" + "x".repeat(80) + "\"", Texts.quote("x".repeat(80)));
    assertEquals("null", Texts.quote(null));
    IllegalArgumentException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Texts.checkText("title", "\n".repeat(1 << 20)));
    assertTrue(String.valueOf(error.getMessage()).length() < 200, error.getMessage());
  }

  @Test
  void elementsNameTheAttribute() {
    NullPointerException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            NullPointerException.class,
            () -> Elements.list("paragraphs", java.util.Arrays.asList("a", null)));
    assertEquals("paragraphs must not contain null: element 1 is null", error.getMessage());
    assertRejected(
        () -> Elements.checkDistinct("languages", List.of("eng", "fra", "eng")),
        "languages must not hold the same element twice: \"eng\"");
    assertEquals(List.of("a", "b"), Elements.set("parties", List.of("a", "b", "a")).asList());
  }

  @Test
  void proseJoinsForPeople() {
    assertEquals("", Prose.and(List.of()));
    assertEquals("a", Prose.and(List.of("a")));
    assertEquals("a and b", Prose.and(List.of("a", "b")));
    assertEquals("a, b and c", Prose.and(List.of("a", "b", "c")));
    assertEquals("a, b or c", Prose.or(List.of("a", "b", "c")));
  }
}
