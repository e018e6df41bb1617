package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.text.PlainText;

/**
 * A consistency rule over a dossier (an {@link Agreement} with its procedure, amendments,
 * predecessors and history): a stable code, a severity, a one-line description, and the check that
 * reports what it finds to an {@link Inspection}. The catalogue is {@link Rules}; a user's own rule
 * is one call:
 *
 * <pre>{@code
 * Rule shortArticles = Rule.of("ACME-001", Severity.WARNING, "every article has at most five paragraphs",
 *     inspection -> {
 *       for (Article article : inspection.dossier().text().articles()) {
 *         if (article.paragraphs().size() > 5) {
 *           inspection.report(Location.of(article.id()), "Article " + article.number() + " has "
 *               + article.paragraphs().size() + " paragraphs; split it");
 *         }
 *       }
 *     });
 * }</pre>
 *
 * <p>A rule is a pure function of the dossier and the date of today. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class Rule {
  /** What a rule does: walks the dossier of {@code inspection} and reports what it finds there. */
  @FunctionalInterface
  public interface Check {
    /** Walks {@code inspection.dossier()} and reports each finding to {@code inspection}. */
    void run(Inspection inspection);
  }

  private final RuleCode code;
  private final Severity severity;
  private final String description;
  private final Check check;

  private Rule(RuleCode code, Severity severity, String description, Check check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.check = check;
  }

  /**
   * A rule with {@code code}, {@code severity}, a one-line {@code description} and {@code check}.
   *
   * @throws IllegalArgumentException naming the description if it is not one line of text
   */
  public static Rule of(RuleCode code, Severity severity, String description, Check check) {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(description, "description");
    checkNotNull(check, "check");
    PlainText.check("description of rule " + code, description);
    return new Rule(code, severity, description, check);
  }

  /**
   * A rule with the code {@code code} ({@link RuleCode#of}), as {@code Rule.of("ACME-001", ...)}.
   *
   * @throws IllegalArgumentException naming the code or description if either is malformed
   */
  public static Rule of(String code, Severity severity, String description, Check check) {
    return of(RuleCode.of(code), severity, description, check);
  }

  /** The stable code, such as {@code PROC-001}. */
  public RuleCode code() {
    return code;
  }

  /** The severity of what the rule finds, unless a {@link Validator} says otherwise. */
  public Severity severity() {
    return severity;
  }

  /** What the rule checks, in one line. */
  public String description() {
    return description;
  }

  /** Runs the check: walks the dossier of {@code inspection} and reports to it. */
  void run(Inspection inspection) {
    check.run(inspection);
  }

  /**
   * What this rule alone finds in {@code dossier}, today by the system clock; a shortcut for {@code
   * Validator.of(rule).validate(dossier).diagnostics()}.
   */
  public ImmutableList<Diagnostic> check(Agreement dossier) {
    return Validator.of(ImmutableList.of(this)).validate(dossier).diagnostics();
  }

  /** The rule on one line: {@code PROC-001 (ERROR): description}. */
  @Override
  public String toString() {
    return code + " (" + severity + "): " + description;
  }
}
