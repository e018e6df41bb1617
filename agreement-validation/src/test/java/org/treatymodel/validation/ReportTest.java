package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.validation.Dossiers.CANONICAL;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;

/** The report: its order, counts, words for people and plain data for tools. */
class ReportTest {
  private static final Validator ON_24_NOVEMBER_2026 =
      Validator.standard()
          .withClock(
              Clock.fixed(
                  LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC));

  private final Report report = ON_24_NOVEMBER_2026.validate(CANONICAL);

  @Test
  void diagnosticsAreInTheOrderAReaderMeetsThem() {
    Report many =
        Validator.standard()
            .with(
                Rule.of(
                    "ACME-001",
                    Severity.WARNING,
                    "everywhere",
                    inspection -> {
                      inspection.report(Location.of(Actors.IOM), "an actor");
                      inspection.report(Location.of(ProvisionId.article(10)), "article 10");
                      inspection.report(Location.of(ProvisionId.article(2)), "article 2");
                      inspection.report(Location.of(CANONICAL.instrument()), "an instrument");
                    }))
            .validate(CANONICAL);
    assertEquals(
        List.of("article 2", "article 10", "an instrument", "an actor"),
        many.withCode(RuleCode.of("ACME-001")).stream().map(Diagnostic::message).toList());
    assertEquals(
        "conclusions__formula_2",
        many.diagnostics().get(2).location().toString(),
        "the text, then the events, then instruments and actors");
  }

  @Test
  void countsBySeverityAndCode() {
    assertEquals(
        Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 3),
        report.countsBySeverity());
    assertEquals(
        List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
        List.copyOf(report.countsBySeverity().keySet()));
    assertEquals(
        Map.of(RuleCode.of("PARTY-006"), 1, RuleCode.of("PROC-005"), 2), report.countsByCode());
    assertEquals(3, report.withSeverity(Severity.INFO).size());
    assertEquals(CANONICAL.instrument(), report.instrument());
  }

  @Test
  void forPeople() {
    String text = report.toString();
    assertTrue(
        text.startsWith(
            "Validation of the 2016 Agreement (agreement/un+iom/2016-09-19) on 2026-11-24: 0"
                + " errors, 0 warnings, 3 info\n"),
        text);
    assertTrue(
        text.contains(
            "INFO PROC-005 at the notification by IOM of the approval by the IOM Council, of"
                + " unknown date (the 2016 Agreement):\n    the date of the notification"),
        text);
  }

  @Test
  void asPlainData() {
    Map<String, Object> data = report.toData();
    assertEquals(
        List.of(
            "dossier",
            "title",
            "today",
            "counts",
            "diagnostics",
            "suppressed",
            "unusedSuppressions"),
        List.copyOf(data.keySet()));
    assertEquals("agreement/un+iom/2016-09-19", data.get("dossier"));
    assertEquals(Map.of("error", 0, "warning", 0, "info", 3), data.get("counts"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> diagnostics =
        (List<Map<String, Object>>) java.util.Objects.requireNonNull(data.get("diagnostics"));
    assertEquals(
        Map.of("kind", "provision", "provision", "conclusions__formula_2"),
        diagnostics.get(0).get("location"));
    assertEquals(
        Map.of(
            "kind", "event",
            "instrument", "agreement/un+iom/2016-09-19",
            "event", "notification",
            "sender", "iom",
            "recipient", "un",
            "reports", "iom.council"),
        diagnostics.get(1).get("location"),
        "a notification of unknown date has no date");
  }

  @Test
  void asJson() {
    String json = report.toJson();
    assertTrue(json.startsWith("{\n  \"dossier\": \"agreement/un+iom/2016-09-19\",\n"), json);
    assertTrue(json.contains("\"counts\": {\n    \"error\": 0,\n"), json);
    assertTrue(json.contains("\"suppressed\": []"), json);
    assertTrue(
        json.contains("\"message\": \"the signing clause leaves blanks (\\\"xxth\\\")"), json);
  }

  @Test
  void jsonEscapesWhatItMust() {
    assertEquals(
        "{\n  \"a\\\"b\": \"line\\nbreak\\t\\u0001\\\\\",\n  \"n\": [\n    1,\n    true\n  ]\n}\n",
        Json.write(ImmutableMap.of("a\"b", "line\nbreak\t\u0001\\", "n", List.of(1, true)))
            .replace("\r", ""));
    assertEquals("{}\n", Json.write(Map.of()));
    assertEquals("[]\n", Json.write(List.of()));
  }

  @Test
  void aDiagnosticSaysWhereAndWhat() {
    Diagnostic diagnostic = report.diagnostics().get(0);
    assertEquals(
        "INFO PARTY-006 at final clauses, formula 2: " + diagnostic.message(),
        diagnostic.toString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Diagnostic(RuleCode.of("bad"), Severity.INFO, Location.of(Actors.IOM), "IOM", "m"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Diagnostic(RuleCode.of("A-001"), Severity.INFO, Location.of(Actors.IOM), " ", "m"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Diagnostic(
                RuleCode.of("A-001"), Severity.INFO, Location.of(Actors.IOM), "IOM", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Suppression(RuleCode.of("A-001"), Location.of(Actors.IOM), " "));
    assertEquals("info", Severity.INFO.label());
  }
}
