package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.procedure.IrregularityKind;

/** The module README lists the catalogue as it is: every rule, nothing else, examples as fired. */
class ReadmeCatalogueTest {
  /** The rows of the README's catalogue tables: code, severity, description, example. */
  private static Map<String, List<String>> readmeRows() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (line.matches("\\| [A-Z]+-\\d{3} \\| (ERROR|WARNING|INFO) \\|.*")) {
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
        assertEquals(4, cells.length, line);
        rows.put(cells[0], List.of(cells[1], cells[2], cells[3]));
      }
    }
    return rows;
  }

  @Test
  void theReadmeListsEveryRuleWithItsSeverityDescriptionAndAnExampleAsFired() throws IOException {
    Map<String, List<String>> readme = readmeRows();
    assertEquals(
        Rules.all().codes().stream().map(RuleCode::toString).toList(),
        new ArrayList<>(readme.keySet()),
        "codes, in catalogue order");
    Map<String, String> examples = new LinkedHashMap<>();
    for (RuleFiringTest.Example example : RuleFiringTest.examples()) {
      examples.putIfAbsent(example.code(), example.message());
    }
    for (Rule rule : Rules.all().rules()) {
      List<String> row =
          java.util.Objects.requireNonNull(
              readme.get(rule.code().toString()), rule.code().toString());
      assertEquals(rule.severity().name(), row.get(0), rule.code().toString());
      assertEquals(rule.description(), row.get(1), rule.code().toString());
      assertEquals(examples.get(rule.code().toString()), row.get(2), rule.code() + " example");
    }
  }

  @Test
  void theReadmesSampleReportIsWhatTheOneCallPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```\n", readme.indexOf("prints (the date is today's")) + 4;
    String sample = readme.substring(start, readme.indexOf("```", start));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 24);
    Report report =
        Validator.standard()
            .withClock(
                java.time.Clock.fixed(
                    day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    java.time.ZoneOffset.UTC))
            .validate(Dossiers.CANONICAL);
    assertEquals(report.toString(), sample);
  }

  @Test
  void everyKindOfIrregularityHasItsOwnRule() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (IrregularityKind kind : IrregularityKind.values()) {
      Rule rule = ProcedureRules.irregularities(kind);
      assertTrue(Rules.all().find(rule.code()).isPresent(), kind + " has no rule in the catalogue");
      assertTrue(codes.add(rule.code().toString()), kind + " shares its rule " + rule.code());
    }
  }
}
