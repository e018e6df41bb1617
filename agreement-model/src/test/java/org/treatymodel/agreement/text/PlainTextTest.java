package org.treatymodel.agreement.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-line text rule and the quoting of values, as code built on the model uses them. */
class PlainTextTest {
  @Test
  void oneLineOfTextPassesAndIsReturned() {
    assertEquals("a reason", PlainText.check("reason", "a reason"));
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> PlainText.check("reason", "\u00a0"));
    assertEquals("reason must not be blank: \"\\u00A0\"", blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlainText.check("reason", "two\nlines"));
  }

  @Test
  void blankIsWhatUnicodeCallsWhiteSpaceOrInvisible() {
    assertTrue(PlainText.isBlank(""));
    assertTrue(PlainText.isBlank(" \u200B\t"));
    assertFalse(PlainText.isBlank(" a "));
  }

  @Test
  void valuesAreQuotedEscapedAndCut() {
    assertEquals("\"a\\nb\"", PlainText.quote("a\nb"));
    assertEquals("null", PlainText.quote(null));
    assertTrue(PlainText.quote("x".repeat(500)).endsWith("... (500 characters)"));
  }
}
