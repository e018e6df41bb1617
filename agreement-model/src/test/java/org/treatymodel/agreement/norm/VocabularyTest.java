package org.treatymodel.agreement.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.uniom.UnIomAgreement;

class VocabularyTest {
  private static final Agreement AGREEMENT = UnIomAgreement.agreement();

  /**
   * The 2016 vocabulary is data of its dossier; the constants users type must not drift from it.
   */
  @Test
  void theConstantsAreTheTermsOfThe2016DossierInItsOrder() throws IllegalAccessException {
    assertEquals(constants(ForcePhrase.class), AGREEMENT.vocabulary().forcePhrases());
    assertEquals(constants(Condition.class), AGREEMENT.vocabulary().conditions());
    assertEquals(12, AGREEMENT.vocabulary().forcePhrases().size());
    assertEquals(43, AGREEMENT.vocabulary().conditions().size());
  }

  private static <T> List<T> constants(Class<T> type) throws IllegalAccessException {
    List<T> found = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        found.add(type.cast(field.get(null)));
      }
    }
    return found;
  }

  @Test
  void anAgreementSpeaksEnglishUnlessItDeclaresOtherwiseAndKnowsEveryTermItsNormsUse() {
    Vocabulary english = Vocabulary.english();
    assertTrue(english.contains(ForcePhrase.SHALL));
    assertEquals(
        NormKind.COMMITMENT, english.findForcePhrase("shall-endeavour-to").orElseThrow().kind());
    assertEquals(
        "shall consider",
        english.governing("The Council shall consider the report.").orElseThrow().phrase());
    assertTrue(english.findCondition("subject-to-available-resources").isPresent());
    // Every term a norm of the 2016 dossier uses is in its vocabulary.
    for (Norm norm : AGREEMENT.norms()) {
      assertTrue(AGREEMENT.vocabulary().contains(norm.force()), norm.id().toString());
      norm.conditions()
          .forEach(c -> assertTrue(AGREEMENT.vocabulary().contains(c), norm.id() + " " + c));
    }
  }

  @Test
  void aTermOfItsOwnIsAddedOnceAndAClashOfNamesIsNamed() {
    Condition ownWords = Condition.of("upon-request", "on demand", "on demand");
    IllegalArgumentException clash =
        assertThrows(
            IllegalArgumentException.class,
            () -> Vocabulary.english().with(List.of(), List.of(ownWords)));
    assertTrue(
        String.valueOf(clash.getMessage()).contains("two conditions named upon-request"),
        clash.getMessage());
    Vocabulary twice =
        Vocabulary.english().with(List.of(ForcePhrase.SHALL), List.of(Condition.UPON_REQUEST));
    assertEquals(Vocabulary.english(), twice);
    ForcePhrase shallSee = ForcePhrase.of("shall-see", "shall", NormKind.PERMISSION);
    IllegalArgumentException words =
        assertThrows(
            IllegalArgumentException.class,
            () -> Vocabulary.english().with(List.of(shallSee), List.of()));
    assertTrue(
        String.valueOf(words.getMessage()).contains("two force phrases with the words \"shall\""),
        words.getMessage());
  }

  @Test
  void aNameIsATokenAndATermHasWords() {
    IllegalArgumentException name =
        assertThrows(
            IllegalArgumentException.class,
            () -> Condition.of("Upon Request", "upon request", "upon request"));
    assertTrue(String.valueOf(name.getMessage()).startsWith("condition name must be"));
    assertTrue(String.valueOf(name.getMessage()).contains("\"Upon Request\""));
    assertThrows(IllegalArgumentException.class, () -> Condition.of("empty", "empty"));
    assertThrows(
        IllegalArgumentException.class, () -> ForcePhrase.of("blank", " ", NormKind.OBLIGATION));
    assertFalse(Vocabulary.empty().governing("They shall act.").isPresent());
  }
}
