package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.ProvisionId;

/** The edges of every grammar and range: the last value accepted and the first rejected. */
class BoundariesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Z/9",
        "A/RES/1145(XII)",
        "A-B/C.D",
        "resolution/iom.council/2147483647",
        "resolution/iom.council/1",
        "agreement/un+iom/1000",
        "agreement/un+iom/9999",
        "agreement/un+iom/1000-01-01",
        "agreement/un+iom/2016-12-31",
        "agreement/un+iom/2016-02-29",
        "agreement/z9+a-b.c/2016-01-01",
        "constituent-instrument/a"
      })
  void theseInstrumentIdsAreAccepted(String text) {
    assertEquals(text, InstrumentId.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@/1",
        "[/1",
        "A/:",
        "A/`",
        "A/{",
        "A/a",
        "A/",
        "A//1",
        "/A/1",
        "A",
        "resolution/iom.council/2147483648",
        "resolution/iom.council/12345678901",
        "resolution/iom.council/0",
        "agreement/un+iom/0999",
        "agreement/un+iom/0999-12-31",
        "agreement/un+iom/2015-02-29",
        "agreement/un+iom/2016-00-10",
        "agreement/un+iom/2016-13-10",
        "agreement/un+iom/2016-1a-01",
        "agreement/un+iom/2016-01-1a",
        "agreement/un+iom/201a-01-01",
        "agreement/un+iom/2016-01-01-",
        "agreement//2016",
        "agreement/un+/2016",
        "agreement/+iom/2016",
        "agreement/un/",
        "/un/2016",
        "agreement",
        "agreement/un+iom/2016/1",
        "constituent-instrument/"
      })
  void theseInstrumentIdsAreRejected(String text) {
    assertRejected(() -> InstrumentId.parse(text), "instrument id must be");
  }

  @Test
  void actorIdsAreWordsOfLettersAndDigits() {
    String longest = "aa" + "-a".repeat(99);
    assertEquals(ActorId.MAX_LENGTH, longest.length());
    assertEquals(longest, ActorId.of(longest).value());
    assertRejected(() -> ActorId.of(longest + "a"), "actor id must be at most 200 characters");
    for (String good : List.of("a", "z", "a0", "a9", "a-b", "a.b", "a9-z0.b")) {
      assertEquals(good, ActorId.of(good).value());
    }
    for (String bad : List.of("`", "{", "a/", "a:", "a_b", "-", ".", "a-", "a.", "0a", "a..b")) {
      assertRejected(() -> ActorId.of(bad), "actor id must be lower-case words");
    }
  }

  @Test
  void aProvisionIdHasAtMost200Characters() {
    ProvisionId deep = ProvisionId.article(9999).paragraph(9999);
    while (deep.toString().length() + "__list_1__point_a".length() <= ProvisionId.MAX_LENGTH) {
      deep = deep.list(1).point('a');
    }
    String padded = deep.toString();
    assertEquals(deep, ProvisionId.parse(padded));
    ProvisionId last = deep;
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> last.list(1).point('a'));
    assertTrue(
        String.valueOf(error.getMessage())
            .startsWith("provision id must be at most 200 characters"),
        error.getMessage());
    String exactly200 = "art_100__para_1" + "__list_1__point_a".repeat(10) + "__list_1__intro";
    assertEquals(200, exactly200.length());
    assertEquals(exactly200, ProvisionId.parse(exactly200).toString());
    String exactly201 = "art_1000__para_1" + "__list_1__point_a".repeat(10) + "__list_1__intro";
    assertEquals(201, exactly201.length());
    assertRejected(() -> ProvisionId.parse(exactly201), "at most 200 characters");
    assertEquals(
        ProvisionId.parse("art_3__para_2__list_1__point_a__list_1__point_b"),
        ProvisionId.article(3).paragraph(2).point('a').list(1).point('b'));
    assertEquals(
        ProvisionId.parse("art_3__para_2"),
        ProvisionId.parse("art_3__para_2__list_1__point_a__list_1__point_b")
            .enclosing(org.treatymodel.agreement.text.ProvisionKind.PARAGRAPH)
            .orElseThrow());
    assertEquals(
        ProvisionId.article(3),
        ProvisionId.article(3)
            .enclosing(org.treatymodel.agreement.text.ProvisionKind.ARTICLE)
            .orElseThrow());
    assertTrue(
        ProvisionId.article(3)
            .enclosing(org.treatymodel.agreement.text.ProvisionKind.PARAGRAPH)
            .isEmpty());
  }

  @Test
  void whiteSpaceRangesAreThoseOfUnicode() {
    assertFalse(Texts.isSpaceOrInvisible(0x1fff));
    assertTrue(Texts.isSpaceOrInvisible(0x2000));
    assertTrue(Texts.isSpaceOrInvisible(0x200a));
    assertTrue(Texts.isSpaceOrInvisible(0x200b));
    assertFalse(Texts.isSpaceOrInvisible(0x2010));
    assertFalse(Texts.isSpaceOrInvisible('a'));
    assertEquals("Article \ud83d\ude00", Texts.checkText("heading", "Article \ud83d\ude00"));
    assertEquals("\ud83d\ude00", Texts.checkText("heading", "\ud83d\ude00"));
  }

  @Test
  void languagesAreNamedAsWholeWords() {
    assertEquals(Language.ENGLISH, Language.ofCode("eng"));
    assertEquals(Language.CHINESE, Language.findByCode("zho").orElseThrow());
    assertTrue(Language.findByCode("xyz").isEmpty());
    assertRejected(
        () -> Language.ofCode("english"),
        "language code must be an ISO 639 code such as eng, fra or it: \"english\"");
    assertTrue(Language.ENGLISH.isNamedIn("English"));
    assertTrue(Language.ENGLISH.isNamedIn("English originals"));
    assertTrue(Language.ENGLISH.isNamedIn("in English"));
    assertTrue(Language.ENGLISH.isNamedIn("Englishness, then English."));
    assertFalse(Language.ENGLISH.isNamedIn("Englishes"));
    assertFalse(Language.ENGLISH.isNamedIn("nonEnglish"));
    assertFalse(Language.ENGLISH.isNamedIn("Engl"));
    assertEquals("eng", Language.ENGLISH.code());
  }
}
