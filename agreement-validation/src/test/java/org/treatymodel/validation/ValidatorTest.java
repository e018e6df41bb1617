package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.validation.Dossiers.CANONICAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;

/** The engine: configuration by copies, one call, and what it does with what rules find. */
class ValidatorTest {
  private static final Location IOM_NOTIFICATION =
      Location.of(
          CANONICAL.instrument(), CANONICAL.procedure().notificationsOf(Actors.IOM_COUNCIL).get(0));

  private static Clock on(LocalDate date) {
    return Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  @Test
  void theCanonicalDossierHasOnlyTheInformationTheReadmeLists() {
    Report report = Validator.standard().validate(CANONICAL);
    assertTrue(report.isClean());
    assertFalse(report.hasErrors());
    assertEquals(
        List.of("PARTY-006", "PROC-005", "PROC-005"),
        report.diagnostics().stream().map(diagnostic -> diagnostic.code().toString()).toList());
    assertEquals(3, report.count(Severity.INFO));
  }

  @Test
  void aSeverityCanBeRaisedOrLowered() {
    Validator strict = Validator.standard().withSeverity(RuleCode.of("PROC-005"), Severity.ERROR);
    Report report = strict.validate(CANONICAL);
    assertTrue(report.hasErrors());
    assertEquals(2, report.count(Severity.ERROR));
    assertEquals(Severity.ERROR, strict.severityOf(RuleCode.of("PROC-005")));
    assertEquals(Severity.INFO, Validator.standard().severityOf(RuleCode.of("PROC-005")));
    assertEquals(
        Severity.INFO, Rules.byCode(RuleCode.of("PROC-005")).severity(), "the rule is unchanged");
  }

  @Test
  void aSuppressionSilencesOneRuleAtOneLocationAndTheReportKeepsWhy() {
    Report report =
        Validator.standard()
            .suppress(
                RuleCode.of("PROC-005"), IOM_NOTIFICATION, "FACTS.md: the dates are not public")
            .validate(CANONICAL);
    assertEquals(
        1,
        report.withCode(RuleCode.of("PROC-005")).size(),
        "the other notification is still reported");
    assertEquals(1, report.suppressed().size());
    Report.Suppressed silenced = report.suppressed().get(0);
    assertEquals(IOM_NOTIFICATION, silenced.diagnostic().location());
    assertEquals("FACTS.md: the dates are not public", silenced.reason());
    assertTrue(report.toString().contains("suppressed because FACTS.md: the dates are not public"));
  }

  @Test
  void theClockSaysWhatTodayIs() {
    Validator before = Validator.standard().withClock(on(LocalDate.of(2016, 9, 18)));
    Report report = before.validate(CANONICAL);
    assertEquals(LocalDate.of(2016, 9, 18), report.today());
    assertTrue(report.hasErrors(), "the signature of 19 September 2016 is after that day");
    assertTrue(
        Validator.standard()
            .withClock(on(LocalDate.of(2016, 9, 19)))
            .validate(CANONICAL)
            .isClean());
  }

  @Test
  void aUserWritesARuleInOneCall() {
    Rule shortArticles =
        Rule.of(
            "ACME-001",
            Severity.WARNING,
            "every article has at most two paragraphs",
            inspection -> {
              for (Article article : inspection.dossier().text().articles()) {
                if (article.paragraphs().size() > 2) {
                  inspection.report(
                      Location.of(article.id()),
                      "Article " + article.number() + " has " + article.paragraphs().size());
                }
              }
            });
    Report report = Validator.standard().with(shortArticles).validate(CANONICAL);
    assertEquals(
        List.of(
            ProvisionId.article(2),
            ProvisionId.article(3),
            ProvisionId.article(5),
            ProvisionId.article(7)),
        report.withCode(RuleCode.of("ACME-001")).stream()
            .map(d -> ((Location.AtProvision) d.location()).provision())
            .toList());
    assertEquals("Article 2", report.withCode(RuleCode.of("ACME-001")).get(0).where());
    assertEquals(4, shortArticles.check(CANONICAL).size());
  }

  @Test
  void rulesComposeBySetsAndCanBeLeftOut() {
    Validator procedure = Validator.of(Rules.PROCEDURE);
    assertEquals(Rules.PROCEDURE.rules(), procedure.rules());
    assertEquals(2, procedure.validate(CANONICAL).diagnostics().size());
    Validator without = Validator.standard().without(RuleCode.of("PROC-005"));
    assertEquals(1, without.validate(CANONICAL).diagnostics().size());
    assertEquals(Rules.all().rules().size() - 1, without.rules().size());
    assertEquals(
        Rules.STRUCTURE.rules().size() + Rules.NORMS.rules().size(),
        Validator.of(Rules.STRUCTURE, Rules.NORMS).rules().size());
  }

  @Test
  void codesAreUniqueAndKnown() {
    assertEquals(
        "this validator has no rule NOPE-001",
        assertThrows(
                IllegalArgumentException.class,
                () -> Validator.standard().withSeverity(RuleCode.of("NOPE-001"), Severity.ERROR))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.standard().suppress(RuleCode.of("NOPE-001"), IOM_NOTIFICATION, "why"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.standard().without(RuleCode.of("NOPE-001")));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Validator.standard().with(Rules.byCode(RuleCode.of("PROC-005"))));
    assertEquals("two rules with one code: PROC-005 (in validator, validator)", twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rules.PROCEDURE.and(Rules.PROCEDURE));
    assertEquals(
        "no rule PROC-999 in the catalogue",
        assertThrows(IllegalArgumentException.class, () -> Rules.byCode(RuleCode.of("PROC-999")))
            .getMessage());
    assertTrue(Rules.findByCode(RuleCode.of("PROC-999")).isEmpty());
  }

  @Test
  void aFailingRuleIsNamed() {
    Rule broken =
        Rule.of(
            "ACME-002",
            Severity.ERROR,
            "fails",
            inspection -> {
              throw new UnsupportedOperationException("not yet");
            });
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> Validator.of(List.of(broken)).validate(CANONICAL));
    assertTrue(
        String.valueOf(failure.getMessage()).startsWith("rule ACME-002 failed on"),
        failure.getMessage());
    assertTrue(failure.getCause() instanceof UnsupportedOperationException);
  }

  @Test
  void aRuleMustSayWhatIsWrong() {
    Rule blank =
        Rule.of(
            "ACME-003",
            Severity.ERROR,
            "reports a blank message",
            inspection -> inspection.report(Location.of(Actors.IOM), " "));
    assertThrows(IllegalStateException.class, () -> blank.check(CANONICAL));
  }

  @Test
  void aRuleFindingTheSameThingTwiceReportsItOnce() {
    Rule twice =
        Rule.of(
            "ACME-004",
            Severity.INFO,
            "reports twice",
            inspection -> {
              inspection.report(Location.of(Actors.IOM), "once");
              inspection.report(Location.of(Actors.IOM), "once");
            });
    assertEquals(1, twice.check(CANONICAL).size());
  }

  @Test
  void ruleCodesHaveOneForm() {
    for (String bad :
        List.of(
            "",
            "proc-001",
            "PROC001",
            "PROC-01",
            "PROC-00001",
            "-001",
            "P-00A",
            "X-Y-001",
            "ABCDEFGHIJKLMNOPQRSTU-001")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Rule.of(bad, Severity.INFO, "x", inspection -> {}),
          bad);
    }
    for (String good : List.of("PROC-001", "ACME2-0042", "A-123")) {
      assertEquals(good, Rule.of(good, Severity.INFO, "x", inspection -> {}).code().toString());
    }
    assertThrows(
        IllegalArgumentException.class, () -> Rule.of("ACME-001", Severity.INFO, " ", i -> {}));
  }

  @Test
  void theValidatorIsConfiguredByCopies() {
    Validator standard = Validator.standard();
    Validator changed =
        standard
            .withSeverity(RuleCode.of("PROC-005"), Severity.WARNING)
            .suppress(RuleCode.of("PROC-005"), IOM_NOTIFICATION, "x");
    assertEquals(Severity.INFO, standard.severityOf(RuleCode.of("PROC-005")));
    assertTrue(standard.suppressions().isEmpty());
    assertEquals(1, changed.suppressions().size());
    assertEquals("Validator{63 rules, 1 severities changed, 1 suppressions}", changed.toString());
    Notification undated = CANONICAL.procedure().notificationsOf(Actors.GENERAL_ASSEMBLY).get(0);
    List<Diagnostic> there =
        changed.validate(CANONICAL).at(Location.of(CANONICAL.instrument(), undated));
    assertEquals(1, there.size(), there.toString());
    assertEquals(Severity.WARNING, there.get(0).severity());
  }
}
