package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.text.ProvisionId;

/** Typed identifiers: parse and toString round-trip, and bad text is rejected by name. */
class IdentifiersTest {
  private static final Gen<String> NAMES =
      strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8);
  private static final Gen<String> COMPONENTS =
      NAMES.zip(
          integers().between(0, 30), (name, number) -> number == 0 ? name : name + "_" + number);
  private static final Gen<String> PROVISION_IDS =
      lists().of(COMPONENTS).ofSizeBetween(1, 5).map(components -> String.join("__", components));

  @Test
  void provisionIdsRoundTrip() {
    qt().forAll(PROVISION_IDS)
        .checkAssert(text -> assertEquals(text, ProvisionId.parse(text).toString()));
  }

  @Test
  void normIdsRoundTrip() {
    qt().forAll(PROVISION_IDS, integers().between(1, 99))
        .checkAssert(
            (provision, ordinal) -> {
              NormId id = NormId.of(ProvisionId.parse(provision), ordinal);
              assertEquals(id, NormId.parse(id.toString()));
              assertEquals(provision + "#" + ordinal, id.toString());
            });
  }

  @Test
  void provisionIdNavigation() {
    ProvisionId point = ProvisionId.article(3).paragraph(2).point('a');
    assertEquals("art_3__para_2__list_1__point_a", point.toString());
    assertEquals("art_3__para_2__list_1", point.parent().orElseThrow().toString());
    assertTrue(point.isWithin(ProvisionId.article(3)));
    assertTrue(!ProvisionId.article(13).isWithin(ProvisionId.article(1)));
    assertEquals(3, point.articleNumber().getAsInt());
    assertTrue(ProvisionId.recital(4).articleNumber().isEmpty());
    assertEquals("preamble__recital_4", ProvisionId.recital(4).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Art_3", "art_3__", "art-3", "art_3__para 2", "__art_3"})
  void malformedProvisionIdsAreRejectedWithTheText(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProvisionId.parse(text));
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains("\"" + text + "\""), message);
  }

  @Test
  void articleNumbersStartAtOne() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProvisionId.article(0));
    assertEquals("article number must be at least 1: 0", error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"art_5__para_1", "art_5__para_1#0", "art_5__para_1#x", "#1"})
  void malformedNormIdsAreRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> NormId.parse(text));
  }

  @Test
  void actorIds() {
    ActorId id = ActorId.parse("iom.director-general");
    assertEquals("iom.director-general", id.toString());
    assertEquals(ActorId.of("iom"), id.parent().orElseThrow());
    assertEquals(ActorId.of("iom"), id.organization());
    for (String bad : List.of("", "IOM", "iom..council", "iom.", "iom council")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> ActorId.of(bad));
      String message = String.valueOf(error.getMessage());
      assertTrue(message.endsWith("\"" + bad + "\""), message);
    }
  }

  @Test
  void instrumentIds() {
    assertEquals("A/RES/70/263", InstrumentId.parse("A/RES/70/263").toString());
    for (String bad : List.of("", "  ", " A/70/976", "A/70/976\nA/70/977")) {
      assertThrows(IllegalArgumentException.class, () -> InstrumentId.of(bad));
    }
  }
}
