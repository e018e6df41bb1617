package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.validation.Dossiers.CANONICAL;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;

/** The small promises of the engine's types, one by one. */
class EngineContractsTest {
  private static final Location IOM = Location.of(Actors.IOM);
  private static final Location ARTICLE_2 = Location.of(ProvisionId.article(2));

  /** A rule that reports {@code severity} findings at each of {@code locations}. */
  private static Rule reporting(String code, Severity severity, Location... locations) {
    return Rule.of(
        code,
        severity,
        "reports where told",
        inspection -> {
          for (Location location : locations) {
            inspection.report(location, "found at " + location);
          }
        });
  }

  @Test
  void aWarningIsNotCleanButNotAnError() {
    Report report =
        Validator.of(List.of(reporting("T-001", Severity.WARNING, IOM))).validate(CANONICAL);
    assertFalse(report.isClean());
    assertFalse(report.hasErrors());
    Report info = Validator.of(List.of(reporting("T-001", Severity.INFO, IOM))).validate(CANONICAL);
    assertTrue(info.isClean());
  }

  @Test
  void reportsFilterByLocationSeverityAndCode() {
    Report report =
        Validator.of(
                List.of(
                    reporting("T-001", Severity.WARNING, IOM, ARTICLE_2),
                    reporting("T-002", Severity.ERROR, ARTICLE_2)))
            .validate(CANONICAL);
    assertEquals(
        List.of("T-001", "T-002"),
        report.at(ARTICLE_2).stream().map(diagnostic -> diagnostic.code().toString()).toList());
    assertEquals(1, report.at(IOM).size());
    assertEquals(List.of(IOM, ARTICLE_2).size(), report.withSeverity(Severity.WARNING).size());
    assertEquals(
        List.of(ARTICLE_2),
        report.withSeverity(Severity.ERROR).stream().map(Diagnostic::location).toList());
    assertEquals(List.of(), report.withSeverity(Severity.INFO));
    assertEquals(Map.of(RuleCode.of("T-001"), 2, RuleCode.of("T-002"), 1), report.countsByCode());
  }

  @Test
  void theReportForPeopleListsEveryDiagnosticAndWhatWasSuppressed() {
    Clock day =
        Clock.fixed(
            LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Report report =
        Validator.of(List.of(reporting("T-001", Severity.WARNING, IOM, ARTICLE_2)))
            .withClock(day)
            .suppress(RuleCode.of("T-001"), IOM, "known")
            .validate(CANONICAL);
    assertEquals(
        "Validation of the 2016 Agreement (agreement/un+iom/2016-09-19) on 2020-01-01: 0 errors,"
            + " 1 warning, 0 info, 1 suppressed\n"
            + "WARNING T-001 at Article 2:\n"
            + "    found at art_2\n"
            + "Suppressed:\n"
            + "WARNING T-001 at IOM:\n"
            + "    found at iom\n"
            + "    suppressed because known\n",
        report.toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> suppressed =
        (List<Map<String, Object>>)
            java.util.Objects.requireNonNull(report.toData().get("suppressed"));
    assertEquals("known", suppressed.get(0).get("reason"));
    assertEquals("T-001", suppressed.get(0).get("code"));
    assertEquals(day, Validator.standard().withClock(day).clock());
  }

  @Test
  void aSuppressionThatSilencesNothingIsListed() {
    Location nowhere = Location.of(ProvisionId.article(99));
    Report report =
        Validator.standard()
            .suppress(RuleCode.of("PROC-005"), nowhere, "mistyped")
            .validate(CANONICAL);
    assertEquals(
        List.of(new Suppression(RuleCode.of("PROC-005"), nowhere, "mistyped")),
        report.unusedSuppressions());
    assertTrue(
        report
            .toString()
            .contains("Suppressions that silenced nothing:\n  PROC-005 at art_99 (mistyped)"));
    assertEquals("the 2016 Agreement", report.title());
    assertEquals(List.of(), Validator.standard().validate(CANONICAL).unusedSuppressions());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> unused =
        (List<Map<String, Object>>)
            java.util.Objects.requireNonNull(report.toData().get("unusedSuppressions"));
    assertEquals("PROC-005", unused.get(0).get("code"));
    assertEquals("mistyped", unused.get(0).get("reason"));
    assertEquals(Map.of("kind", "provision", "provision", "art_99"), unused.get(0).get("location"));
  }

  @Test
  void whatSuppressionsSilenceIsListedInReportOrderWhateverTheOrderOfTheSuppressions() {
    RuleCode undated = RuleCode.of("PROC-005");
    List<Diagnostic> found = Validator.standard().validate(CANONICAL).withCode(undated);
    assertEquals(2, found.size());
    Report report =
        Validator.standard()
            .suppress(undated, found.get(1).location(), "the dates are not public")
            .suppress(undated, found.get(0).location(), "the dates are not public")
            .validate(CANONICAL);
    assertEquals(found, report.suppressed().stream().map(Report.Suppressed::diagnostic).toList());
    assertEquals(List.of(), report.withCode(undated));
  }

  @Test
  void suppressionsSilenceOnlyTheirCodeAtTheirLocation() {
    Suppression suppression = new Suppression(RuleCode.of("T-001"), IOM, "known");
    Diagnostic here = new Diagnostic(RuleCode.of("T-001"), Severity.INFO, IOM, "IOM", "m");
    assertTrue(suppression.silences(here));
    assertFalse(
        suppression.silences(new Diagnostic(RuleCode.of("T-002"), Severity.INFO, IOM, "IOM", "m")));
    assertFalse(
        suppression.silences(
            new Diagnostic(RuleCode.of("T-001"), Severity.INFO, ARTICLE_2, "Article 2", "m")));
  }

  @Test
  void codesAreCheckedAtTheirBoundaries() {
    for (String good : List.of("A-001", "Z-999", "AZ09-0000", "ABCDEFGHIJKLMNOPQRS-0001")) {
      assertEquals(good, RuleCode.of(good).toString());
    }
    for (String bad :
        List.of(
            "@-001",
            "[-001",
            "A@-001",
            "A[-001",
            "A/-001",
            "A:-001",
            "A-00/",
            "A-00:",
            "-001",
            "A-01",
            "A-00001",
            "a-001",
            "ABCDEFGHIJKLMNOPQRST-0001")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> RuleCode.of(bad), bad);
      assertTrue(String.valueOf(error.getMessage()).contains(bad), error.getMessage());
    }
    assertEquals(RuleCode.MAX_LENGTH, "ABCDEFGHIJKLMNOPQRS-0001".length());
    assertEquals("PROC", RuleCode.of("PROC-001").family());
    assertEquals("PROC-001", RuleCode.of("PROC-001").value());
    assertTrue(RuleCode.of("PROC-001").compareTo(RuleCode.of("PROC-002")) < 0);
    assertEquals(RuleCode.of("PROC-001"), RuleCode.of("PROC-001"));
    assertEquals(RuleCode.of("PROC-001").hashCode(), RuleCode.of("PROC-001").hashCode());
    assertNotEquals(RuleCode.of("PROC-001"), RuleCode.of("PROC-002"));
  }

  @Test
  void rulesAndSetsDescribeThemselves() {
    assertEquals(
        "PROC-005 (INFO): the date of each written notification is known",
        Rules.byCode(RuleCode.of("PROC-005")).toString());
    assertEquals("procedure", Rules.PROCEDURE.name());
    assertEquals("procedure (12 rules)", Rules.PROCEDURE.toString());
    assertEquals(8, Rules.sets().size());
    assertEquals(
        Rules.all().codes(), Rules.sets().stream().flatMap(set -> set.codes().stream()).toList());
    NullPointerException nullRule =
        assertThrows(
            NullPointerException.class,
            () -> RuleSet.of("x", Arrays.asList(Rules.byCode(RuleCode.of("PROC-005")), null)));
    assertEquals("rules must not contain null: element 1 is null", nullRule.getMessage());
  }

  @Test
  void leavingARuleOutKeepsTheOthersAndTheirSettings() {
    Validator validator =
        Validator.standard()
            .withSeverity(RuleCode.of("PROC-004"), Severity.ERROR)
            .withSeverity(RuleCode.of("PROC-005"), Severity.ERROR)
            .suppress(RuleCode.of("PROC-004"), IOM, "x")
            .suppress(RuleCode.of("PROC-005"), IOM, "y")
            .without(RuleCode.of("PROC-005"));
    assertFalse(validator.rules().stream().anyMatch(rule -> rule.code().equals("PROC-005")));
    assertEquals(62, validator.rules().size());
    assertEquals(Severity.ERROR, validator.severityOf(RuleCode.of("PROC-004")));
    assertEquals(
        List.of("PROC-004"),
        validator.suppressions().stream()
            .map(suppression -> suppression.code().toString())
            .toList());
  }

  @Test
  void jsonIndentsNestedValues() {
    assertEquals(
        "{\n  \"a\": {\n    \"b\": [\n      1,\n      {\n        \"c\": \"d\"\n      }\n    ]\n  }\n}\n",
        Json.write(
            ImmutableMap.of("a", ImmutableMap.of("b", List.of(1, ImmutableMap.of("c", "d"))))));
  }

  @Test
  void everyKindOfLocationAsData() {
    Signature signature = CANONICAL.procedure().signature().orElseThrow();
    assertEquals(
        ImmutableMap.of(
            "kind", "event",
            "instrument", "agreement/un+iom/2016-09-19",
            "event", "signature",
            "parties", List.of("un", "iom"),
            "date", "2016-09-19"),
        Locations.toData(Location.of(CANONICAL.instrument(), signature)));
    assertEquals(
        ImmutableMap.of(
            "kind", "event",
            "instrument", "agreement/un+iom/2016-09-19",
            "event", "approval",
            "organ", "iom.council",
            "date", "2016-06-30"),
        Locations.toData(
            Location.of(
                CANONICAL.instrument(),
                CANONICAL.procedure().approvalBy(Actors.IOM_COUNCIL).orElseThrow())));
    assertEquals(
        ImmutableMap.of("kind", "norm", "norm", "art_5__para_1#2", "provision", "art_5__para_1"),
        Locations.toData(Location.of(NormId.parse("art_5__para_1#2"))));
    assertEquals(
        ImmutableMap.of("kind", "instrument", "instrument", "A/RES/70/296"),
        Locations.toData(Location.of(InstrumentId.of("A/RES/70/296"))));
    assertEquals(
        ImmutableMap.of("kind", "actor", "actor", "iom"),
        Locations.toData(Location.of(Actors.IOM)));
  }

  @Test
  void anAmendmentInForceUponSignatureIsReportedAtItsSignature() {
    InstrumentId id = InstrumentId.of("agreement/un+iom/2016-08-01");
    Signature early =
        Signature.builder()
            .date(LocalDate.of(2016, 8, 1))
            .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
            .build();
    Amendment amendment =
        Amendment.builder()
            .instrument(id)
            .changes(TextChange.addParagraph(16, Paragraph.builder().number(3).text("x").build()))
            .procedure(
                Procedure.builder()
                    .instrument(id)
                    .parties(Actors.UNITED_NATIONS, Actors.IOM)
                    .rule(ApprovalsThenSignature.uponSignature())
                    .events(early)
                    .build())
            .build();
    Agreement dossier = Dossiers.withAmendments(amendment);
    assertEquals(
        List.of(Location.of(id, early)),
        Rules.byCode(RuleCode.of("AMEND-005")).check(dossier).stream()
            .map(Diagnostic::location)
            .toList());
    assertEquals(
        Location.of(id),
        AmendmentRules.locationOfEntryIntoForce(amendment.procedure(), LocalDate.of(2000, 1, 1)),
        "no event of that day: the amendment itself");
  }
}
