package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;

/**
 * What a {@link Validator} found in a dossier: the diagnostics in a stable order (by location, as a
 * reader meets them, then code), those a suppression silenced with its reason, counts by severity
 * and by code, a readable {@link #toString()} for people and JSON ({@link #toJson()}) for tools in
 * any language. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class Report {
  /**
   * A diagnostic that a {@link Suppression} silenced, and the reason given.
   *
   * @param diagnostic what the rule found
   * @param reason why it is silenced
   */
  public record Suppressed(Diagnostic diagnostic, String reason) {
    /** Checks that both are given. */
    public Suppressed {
      checkNotNull(diagnostic, "diagnostic");
      checkNotNull(reason, "reason");
    }
  }

  private final InstrumentId instrument;
  private final String title;
  private final LocalDate today;
  private final ImmutableList<Diagnostic> diagnostics;
  private final ImmutableList<Suppressed> suppressed;
  private final ImmutableList<Suppression> unusedSuppressions;

  Report(
      InstrumentId instrument,
      String title,
      LocalDate today,
      ImmutableList<Diagnostic> diagnostics,
      ImmutableList<Suppressed> suppressed,
      ImmutableList<Suppression> unusedSuppressions) {
    this.instrument = instrument;
    this.title = title;
    this.today = today;
    this.diagnostics = diagnostics;
    this.suppressed = suppressed;
    this.unusedSuppressions = unusedSuppressions;
  }

  /** The instrument whose dossier was validated: the agreement's identifier. */
  public InstrumentId instrument() {
    return instrument;
  }

  /** How people call the validated instrument: "the 2016 Agreement". */
  public String title() {
    return title;
  }

  /** The date the validator took for today. */
  public LocalDate today() {
    return today;
  }

  /** Every diagnostic not silenced, in the order of {@link Diagnostic#ORDER}. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The diagnostics silenced by a suppression, with its reason, in the same order. */
  public ImmutableList<Suppressed> suppressed() {
    return suppressed;
  }

  /**
   * The suppressions that silenced nothing: the rule found nothing at their location (a location
   * mistyped, or a defect since corrected). Listed so that a stale suppression is noticed.
   */
  public ImmutableList<Suppression> unusedSuppressions() {
    return unusedSuppressions;
  }

  /** Whether an error was found. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Whether nothing but information was found: no error and no warning. */
  public boolean isClean() {
    return count(Severity.ERROR) == 0 && count(Severity.WARNING) == 0;
  }

  /** How many diagnostics have {@code severity}. */
  public int count(Severity severity) {
    checkNotNull(severity, "severity");
    return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** The number of diagnostics of each severity, every severity present, errors first. */
  public ImmutableMap<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return ImmutableMap.copyOf(counts);
  }

  /** The number of diagnostics of each code found, by code. */
  public ImmutableSortedMap<RuleCode, Integer> countsByCode() {
    Map<RuleCode, Integer> counts = new TreeMap<>();
    for (Diagnostic diagnostic : diagnostics) {
      counts.merge(diagnostic.code(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /** The diagnostics of rule {@code code}. */
  public ImmutableList<Diagnostic> withCode(RuleCode code) {
    checkNotNull(code, "code");
    return where(diagnostic -> diagnostic.code().equals(code));
  }

  /** The diagnostics of {@code severity}. */
  public ImmutableList<Diagnostic> withSeverity(Severity severity) {
    checkNotNull(severity, "severity");
    return where(diagnostic -> diagnostic.severity() == severity);
  }

  /** The diagnostics at {@code location}. */
  public ImmutableList<Diagnostic> at(Location location) {
    checkNotNull(location, "location");
    return where(diagnostic -> diagnostic.location().equals(location));
  }

  private ImmutableList<Diagnostic> where(Predicate<Diagnostic> predicate) {
    return diagnostics.stream().filter(predicate).collect(ImmutableList.toImmutableList());
  }

  /**
   * The report as plain data (maps, lists, strings and numbers only), the shape {@link #toJson()}
   * writes and this module's README documents:
   *
   * <pre>{@code
   * {dossier, title, today, counts: {error, warning, info},
   *  diagnostics: [{code, severity, location: {kind, ...ids}, where, message}],
   *  suppressed: [{code, severity, location, where, message, reason}],
   *  unusedSuppressions: [{code, location, reason}]}
   * }</pre>
   */
  ImmutableMap<String, Object> toData() {
    ImmutableMap.Builder<String, Object> counts = ImmutableMap.builder();
    countsBySeverity().forEach((severity, count) -> counts.put(severity.label(), count));
    return ImmutableMap.<String, Object>builder()
        .put("dossier", instrument.value())
        .put("title", title)
        .put("today", today.toString())
        .put("counts", counts.buildOrThrow())
        .put(
            "diagnostics",
            diagnostics.stream().map(Report::data).collect(ImmutableList.toImmutableList()))
        .put(
            "suppressed",
            suppressed.stream()
                .map(
                    silenced ->
                        ImmutableMap.<String, Object>builder()
                            .putAll(data(silenced.diagnostic()))
                            .put("reason", silenced.reason())
                            .buildOrThrow())
                .collect(ImmutableList.toImmutableList()))
        .put(
            "unusedSuppressions",
            unusedSuppressions.stream()
                .map(
                    unused ->
                        ImmutableMap.of(
                            "code", unused.code().toString(),
                            "location", Locations.toData(unused.location()),
                            "reason", unused.reason()))
                .collect(ImmutableList.toImmutableList()))
        .buildOrThrow();
  }

  private static ImmutableMap<String, Object> data(Diagnostic diagnostic) {
    return ImmutableMap.of(
        "code", diagnostic.code().toString(),
        "severity", diagnostic.severity().label(),
        "location", Locations.toData(diagnostic.location()),
        "where", diagnostic.where(),
        "message", diagnostic.message());
  }

  /**
   * The report as JSON, keys in the order this module's README documents:
   *
   * <pre>{@code
   * {dossier, title, today, counts: {error, warning, info},
   *  diagnostics: [{code, severity, location: {kind, ...ids}, where, message}],
   *  suppressed: [{code, severity, location, where, message, reason}],
   *  unusedSuppressions: [{code, location, reason}]}
   * }</pre>
   */
  public String toJson() {
    return Json.write(toData());
  }

  /**
   * The report for people: a summary line, then each diagnostic with its location in words and its
   * message, then what was suppressed and why.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("Validation of ")
        .append(title)
        .append(" (")
        .append(instrument)
        .append(") on ")
        .append(today)
        .append(": ")
        .append(summary())
        .append('\n');
    for (Diagnostic diagnostic : diagnostics) {
      append(out, diagnostic);
    }
    if (!unusedSuppressions.isEmpty()) {
      out.append("Suppressions that silenced nothing:\n");
      for (Suppression unused : unusedSuppressions) {
        out.append("  ")
            .append(unused.code())
            .append(" at ")
            .append(unused.location())
            .append(" (")
            .append(unused.reason())
            .append(")\n");
      }
    }
    if (!suppressed.isEmpty()) {
      out.append("Suppressed:\n");
      for (Suppressed silenced : suppressed) {
        append(out, silenced.diagnostic());
        out.append("    suppressed because ").append(silenced.reason()).append('\n');
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, Diagnostic diagnostic) {
    out.append(diagnostic.severity())
        .append(' ')
        .append(diagnostic.code())
        .append(" at ")
        .append(diagnostic.where())
        .append(":\n    ")
        .append(diagnostic.message())
        .append('\n');
  }

  private String summary() {
    StringBuilder summary = new StringBuilder();
    for (Severity severity : Severity.values()) {
      int count = count(severity);
      if (summary.length() > 0) {
        summary.append(", ");
      }
      // "info" is a mass noun: "3 info", as against "3 errors".
      summary
          .append(count)
          .append(' ')
          .append(severity.label())
          .append(count == 1 || severity == Severity.INFO ? "" : "s");
    }
    if (!suppressed.isEmpty()) {
      summary.append(", ").append(suppressed.size()).append(" suppressed");
    }
    return summary.toString();
  }
}
