package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.location.Location;

/**
 * Runs rules over a dossier and reports what they find. {@code
 * Validator.standard().validate(UnIomAgreement.agreement())} checks the canonical dossier against
 * the whole catalogue and finds no error and no warning.
 *
 * <p>A validator is configured by copies, as {@code java.time} values are: {@link #withSeverity}
 * raises or lowers a rule's severity, {@link #suppress} silences a rule at one location with a
 * reason the report keeps, {@link #withClock} sets the clock that says what "today" is. Instances
 * are immutable and safe to share.
 */
@API(status = STABLE, since = "0.1.0")
public final class Validator {
  private final RuleSet rules;
  private final ImmutableMap<RuleCode, Severity> severities;
  private final ImmutableList<Suppression> suppressions;
  private final Clock clock;

  private Validator(
      RuleSet rules,
      ImmutableMap<RuleCode, Severity> severities,
      ImmutableList<Suppression> suppressions,
      Clock clock) {
    this.rules = rules;
    this.severities = severities;
    this.suppressions = suppressions;
    this.clock = clock;
  }

  /** A validator with every rule of the catalogue ({@link Rules#all()}), today by the UTC clock. */
  public static Validator standard() {
    return of(Rules.all().rules());
  }

  /**
   * A validator with the rules of {@code sets}, in order, today by the UTC clock.
   *
   * @throws IllegalArgumentException if two rules have one code
   */
  public static Validator of(RuleSet... sets) {
    checkNotNull(sets, "sets");
    List<Rule> rules = new ArrayList<>();
    for (RuleSet set : Arrays.asList(sets)) {
      rules.addAll(checkNotNull(set, "sets must not contain null").rules());
    }
    return of(rules);
  }

  /**
   * A validator with {@code rules}, in order, today by the UTC clock.
   *
   * @throws IllegalArgumentException if two rules have one code
   */
  public static Validator of(Iterable<Rule> rules) {
    return new Validator(
        RuleSet.of("validator", rules), ImmutableMap.of(), ImmutableList.of(), Clock.systemUTC());
  }

  /** The rules this validator runs, in order. */
  public ImmutableList<Rule> rules() {
    return rules.rules();
  }

  /** The severity this validator gives what rule {@code code} finds. */
  public Severity severityOf(RuleCode code) {
    return severities.getOrDefault(code, rule(code).severity());
  }

  /** The suppressions, in the order given. */
  public ImmutableList<Suppression> suppressions() {
    return suppressions;
  }

  /** The clock that says what today is. */
  public Clock clock() {
    return clock;
  }

  /**
   * A copy that runs {@code rule} too, after the others.
   *
   * @throws IllegalArgumentException if this validator already has a rule with its code
   */
  public Validator with(Rule rule) {
    checkNotNull(rule, "rule");
    return new Validator(rules.and(RuleSet.of("validator", rule)), severities, suppressions, clock);
  }

  /**
   * A copy without rule {@code code}.
   *
   * @throws IllegalArgumentException if this validator has no rule {@code code}
   */
  public Validator without(RuleCode code) {
    Rule removed = rule(code);
    Map<RuleCode, Severity> kept = new HashMap<>(severities);
    kept.remove(code);
    return new Validator(
        RuleSet.of("validator", rules.rules().stream().filter(rule -> rule != removed).toList()),
        ImmutableMap.copyOf(kept),
        suppressions.stream()
            .filter(suppression -> !suppression.code().equals(code))
            .collect(ImmutableList.toImmutableList()),
        clock);
  }

  /**
   * A copy that reports what rule {@code code} finds at {@code severity}.
   *
   * @throws IllegalArgumentException if this validator has no rule {@code code}
   */
  public Validator withSeverity(RuleCode code, Severity severity) {
    rule(code);
    checkNotNull(severity, "severity");
    Map<RuleCode, Severity> changed = new HashMap<>(severities);
    changed.put(code, severity);
    return new Validator(rules, ImmutableMap.copyOf(changed), suppressions, clock);
  }

  /**
   * A copy that silences rule {@code code} at {@code location}, for {@code reason}; the report
   * keeps what was silenced, with the reason.
   *
   * @throws IllegalArgumentException if this validator has no rule {@code code}, or the reason is
   *     blank
   */
  public Validator suppress(RuleCode code, Location location, String reason) {
    rule(code);
    Suppression suppression = new Suppression(code, location, reason);
    return new Validator(
        rules,
        severities,
        ImmutableList.<Suppression>builder().addAll(suppressions).add(suppression).build(),
        clock);
  }

  /** A copy whose "today" is the date of {@code clock}, as in {@code Clock.fixed(...)}. */
  public Validator withClock(Clock clock) {
    return new Validator(rules, severities, suppressions, checkNotNull(clock, "clock"));
  }

  /**
   * What the rules find in {@code dossier}: diagnostics in the order of {@link Diagnostic#ORDER},
   * each once, and those silenced by a suppression, with its reason.
   *
   * @throws IllegalStateException naming the rule if a rule fails; the catalogue's rules do not
   */
  public Report validate(Agreement dossier) {
    checkNotNull(dossier, "dossier");
    DossierIndex index = new DossierIndex(dossier);
    LocalDate today = LocalDate.now(clock);
    Map<Target, Suppression> silencing = new HashMap<>();
    for (Suppression suppression : suppressions) {
      silencing.putIfAbsent(new Target(suppression.code(), suppression.location()), suppression);
    }
    Map<Location, String> where = new HashMap<>();
    Set<Diagnostic> kept = new LinkedHashSet<>();
    Set<Report.Suppressed> silenced = new LinkedHashSet<>();
    Set<Target> used = new HashSet<>();
    for (Rule rule : rules.rules()) {
      if (!applies(rule, dossier)) {
        continue;
      }
      List<Inspection.Finding> findings = new ArrayList<>();
      try {
        rule.run(new Inspection(index, today, findings));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "rule " + rule.code() + " failed on " + dossier.instrument() + ": " + e, e);
      }
      Severity severity = severityOf(rule.code());
      for (Inspection.Finding finding : findings) {
        Diagnostic diagnostic =
            new Diagnostic(
                rule.code(),
                severity,
                finding.location(),
                where.computeIfAbsent(
                    finding.location(),
                    location -> Sentences.location(location, dossier.text(), dossier.catalogue())),
                finding.message());
        Target key = new Target(rule.code(), finding.location());
        Suppression suppression = silencing.get(key);
        if (suppression == null) {
          kept.add(diagnostic);
        } else {
          silenced.add(new Report.Suppressed(diagnostic, suppression.reason()));
          used.add(key);
        }
      }
    }
    return new Report(
        dossier.instrument(),
        dossier.catalogue().titleOf(dossier.instrument()),
        today,
        ImmutableList.sortedCopyOf(Diagnostic.ORDER, kept),
        ImmutableList.sortedCopyOf(
            (a, b) -> Diagnostic.ORDER.compare(a.diagnostic(), b.diagnostic()), silenced),
        suppressions.stream()
            .filter(
                suppression ->
                    !used.contains(new Target(suppression.code(), suppression.location())))
            .collect(ImmutableList.toImmutableList()));
  }

  private Rule rule(RuleCode code) {
    checkNotNull(code, "code");
    return rules
        .find(code)
        .orElseThrow(() -> new IllegalArgumentException("this validator has no rule " + code));
  }

  /** The validator in brief: its number of rules, overrides and suppressions. */
  @Override
  public String toString() {
    return "Validator{"
        + rules.rules().size()
        + " rules, "
        + severities.size()
        + " severities changed, "
        + suppressions.size()
        + " suppressions}";
  }

  /** What a suppression silences: the findings of one rule at one location. */
  private record Target(RuleCode code, Location location) {}

  // What is not known is not checked: a text imported from a document written elsewhere says
  // neither its procedure (parties, signature, chronology, succession, amendments) nor its norms.
  private static final java.util.Set<String> NEED_THE_PROCEDURE =
      java.util.Set.of("PARTY", "PROC", "CHRON", "SUCC", "AMEND");

  private static boolean applies(Rule rule, Agreement dossier) {
    String family = rule.code().family();
    if (dossier.findProcedure().isEmpty() && NEED_THE_PROCEDURE.contains(family)) {
      return false;
    }
    return dossier.normsKnown() || !family.equals("NORM");
  }
}
