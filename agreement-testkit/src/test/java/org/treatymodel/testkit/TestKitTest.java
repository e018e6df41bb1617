package org.treatymodel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.text.Article;

/**
 * What the test kit promises without the validation module (whose tests check that generated
 * dossiers validate clean and that each defect trips its rule alone).
 */
class TestKitTest {
  @Test
  void generatedDossiersHoldTheirShape() {
    qt().withExamples(50)
        .forAll(Dossiers.wellFormed())
        .checkAssert(
            dossier -> {
              List<Article> articles = dossier.text().articles();
              assertTrue(articles.size() >= 3 && articles.size() <= 12, articles.size() + "");
              for (int i = 0; i < articles.size(); i++) {
                assertEquals(i + 1, articles.get(i).number());
              }
              // Every paragraph and point of Articles 1 to n - 1 states a norm, quoted verbatim.
              for (Norm norm : dossier.norms()) {
                String text = dossier.text().readingText(norm.provision());
                norm.fragments().forEach(fragment -> assertTrue(text.contains(fragment), fragment));
              }
              assertTrue(dossier.entryIntoForce().isPresent());
              assertTrue(dossier.procedure().irregularities().isEmpty());
              assertEquals(
                  Stage.IN_FORCE, dossier.statusOn(dossier.entryIntoForce().get()).stage());
              assertEquals(1, dossier.predecessors().size());
            });
  }

  @Test
  void aDossierOfAGivenSizeIsAlwaysTheSame() {
    Agreement large = Dossiers.ofSize(40, 25);
    assertEquals(large, Dossiers.ofSize(40, 25));
    assertEquals(40, large.text().articles().size());
    assertEquals(38 * 25 + 2 + 3 + 1, large.norms().size(), "the tail, Article 1 and the last");
    assertThrows(IllegalArgumentException.class, () -> Dossiers.ofSize(2, 10));
    assertThrows(IllegalArgumentException.class, () -> Dossiers.ofSize(9_001, 1));
    assertThrows(IllegalArgumentException.class, () -> Dossiers.ofSize(10, 0));
    assertThrows(IllegalArgumentException.class, () -> Dossiers.wellFormed(0));
  }

  @Test
  void everyDefectChangesTheDossierAndSaysWhere() {
    qt().withExamples(5)
        .forAll(Dossiers.wellFormed())
        .checkAssert(
            dossier -> {
              for (Defect defect : Defects.all()) {
                Broken broken = defect.applyTo(dossier);
                assertNotEquals(dossier, broken.dossier(), defect.name());
                assertTrue(broken.toString().startsWith(defect.name()), broken.toString());
                assertTrue(
                    knows(broken.dossier(), broken.location()) || refersToTheMissing(defect));
              }
            });
  }

  /** Whether the location names something the broken dossier has. */
  private static boolean knows(Agreement dossier, Location location) {
    if (location instanceof Location.AtProvision at) {
      return dossier.text().findProvision(at.provision()).isPresent();
    } else if (location instanceof Location.AtNorm at) {
      return dossier.findNorm(at.norm()).isPresent();
    } else if (location instanceof Location.AtActor at) {
      return dossier.findActor(at.actor()).isPresent();
    } else if (location instanceof Location.AtEvent at) {
      return dossier.procedure().events().contains(at.event())
          || dossier.amendments().stream()
              .anyMatch(amendment -> amendment.procedure().events().contains(at.event()));
    }
    return true;
  }

  /** Defects whose very point is a location the dossier lacks. */
  private static boolean refersToTheMissing(Defect defect) {
    return List.of(
            Defect.NORM_OUTSIDE_THE_TEXT,
            Defect.RECORD_OF_A_MISSING_PROVISION,
            Defect.CONSTITUENT_INSTRUMENT_MISSING)
        .contains(defect);
  }

  @Test
  void defectsApplyOnlyToDossiersOfTheKit() {
    Agreement other = org.treatymodel.agreement.uniom.UnIomAgreement.agreement();
    assertThrows(IllegalArgumentException.class, () -> Defect.MIRROR_MISSING.applyTo(other));
    assertEquals(Defects.all().size(), Defect.values().length);
    assertTrue(Defects.codes().contains("PROC-004"));
  }

  @Test
  void theReadmeCountsTheDefectsAndNamesTheRulesWithoutOne() throws java.io.IOException {
    String readme =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("README.md"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("`Defect` lists " + Defect.values().length + " ways"), "defect count");
    int start = readme.indexOf("rules have no single defect");
    String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("[A-Z]+-\\d{3}").matcher(paragraph);
    java.util.Set<String> without = new java.util.TreeSet<>();
    while (code.find()) {
      without.add(code.group());
    }
    without.remove("PROC-009");
    without.remove("PROC-007");
    without.remove("SUCC-001");
    assertEquals(
        java.util.Set.of(
            "PARTY-001", "PROC-001", "PROC-002", "AMEND-004", "SUCC-004", "SUCC-006", "STRUCT-007"),
        without);
    for (String rule : without) {
      assertTrue(!Defects.codes().contains(rule), rule);
    }
    assertTrue(readme.contains("Seven rules have no single defect"));
  }

  @Test
  void generatedProceduresEnterIntoForceRegularly() {
    qt().withExamples(100)
        .forAll(Procedures.any())
        .checkAssert(
            (Procedure procedure) -> {
              assertTrue(procedure.entryIntoForce().isPresent(), procedure.toString());
              assertEquals(List.of(), procedure.irregularities());
            });
  }

  /**
   * Generated dossiers speak words the 2016 Agreement does not, and carry them in their vocabulary.
   */
  @Test
  void generatedDossiersSpeakAVocabularyOfTheirOwn() {
    org.treatymodel.agreement.Agreement dossier = Dossiers.ofSize(40, 4);
    assertTrue(dossier.vocabulary().contains(Drafting.SUBJECT_TO_AVAILABLE_FUNDS));
    assertTrue(dossier.vocabulary().contains(Drafting.SHALL_ENDEAVOUR_TO));
    assertTrue(
        java.util.Arrays.asList(org.treatymodel.agreement.norm.Condition.values()).stream()
            .noneMatch(c -> c.name().equals(Drafting.SUBJECT_TO_AVAILABLE_FUNDS.name())));
    assertTrue(
        dossier.norms().stream().anyMatch(n -> n.force().equals(Drafting.SHALL_ENDEAVOUR_TO)));
    assertTrue(
        dossier.norms().stream()
            .anyMatch(n -> n.conditions().contains(Drafting.SUBJECT_TO_AVAILABLE_FUNDS)));
  }
}
