package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.testkit.Broken;
import org.treatymodel.testkit.Defect;
import org.treatymodel.testkit.Defects;
import org.treatymodel.testkit.Dossiers;

/**
 * Property 8 of the validation issue, over the test kit's generators: a well-formed dossier of any
 * size validates with no diagnostic at all, and each single defect is reported with its own code at
 * its own location, and nothing else.
 */
class GeneratedDossiersTest {
  /** A fixed today, after every generated date, so that results do not depend on the day run. */
  static final Validator VALIDATOR =
      Validator.standard()
          .withClock(
              Clock.fixed(
                  LocalDate.of(2030, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC));

  /**
   * The rules no single defect can trip alone, and what else each would trip: a third party
   * (PARTY-001) also has no required approval (PROC-009); a signature before an approval (PROC-001)
   * also follows that approval's notification (PROC-007), as an approval before signature
   * (PROC-002) needs another rule that requires one party's approval only (PROC-009); an amendment
   * with a third party (AMEND-004) leaves it without approval (PROC-009); a second instrument in
   * force (SUCC-004) overlaps both its neighbours; a predecessor superseding the agreement
   * (SUCC-006) is also younger than it (SUCC-001).
   */
  static final Set<String> NOT_ALONE =
      Set.of(
          "PARTY-001", "PROC-001", "PROC-002", "AMEND-004", "SUCC-004", "SUCC-006", "STRUCT-007");

  @Test
  void aWellFormedDossierOfAnySizeValidatesWithNoDiagnostic() {
    qt().withExamples(60)
        .forAll(Dossiers.wellFormed(12))
        .checkAssert(dossier -> assertEquals(List.of(), VALIDATOR.validate(dossier).diagnostics()));
  }

  @Test
  void aLargeDossierValidatesWithNoDiagnostic() {
    assertEquals(List.of(), VALIDATOR.validate(Dossiers.ofSize(40, 25)).diagnostics());
  }

  @TestFactory
  List<DynamicTest> eachDefectIsReportedAloneWithItsCodeAtItsLocation() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Defect defect : Defects.all()) {
      tests.add(
          DynamicTest.dynamicTest(
              defect + " (" + defect.code() + ")",
              () ->
                  qt().withExamples(15)
                      .forAll(Defects.broken(defect))
                      .checkAssert(GeneratedDossiersTest::reportedAlone)));
    }
    return tests;
  }

  private static void reportedAlone(Broken broken) {
    Report report = VALIDATOR.validate(broken.dossier());
    assertEquals(
        List.of(broken.code() + " at " + broken.location()),
        report.diagnostics().stream().map(d -> d.code() + " at " + d.location()).toList(),
        report.toString());
  }

  @Test
  void everyRuleHasASingleDefectOrAReasonWhyNot() {
    Set<String> covered = new TreeSet<>(Defects.codes());
    covered.addAll(NOT_ALONE);
    assertEquals(
        Rules.all().codes().stream()
            .map(RuleCode::toString)
            .collect(Collectors.toCollection(TreeSet::new)),
        covered);
    for (String code : NOT_ALONE) {
      assertEquals(false, Defects.codes().contains(code), code);
    }
  }
}
