package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.internal.Texts;

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
public final class Rule {
  /** The longest code accepted. */
  public static final int MAX_CODE_LENGTH = 24;

  /** What a rule does: walks the dossier of {@code inspection} and reports what it finds there. */
  @FunctionalInterface
  public interface Check {
    /** Walks {@code inspection.dossier()} and reports each finding to {@code inspection}. */
    void run(Inspection inspection);
  }

  private final String code;
  private final Severity severity;
  private final String description;
  private final Check check;

  private Rule(String code, Severity severity, String description, Check check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.check = check;
  }

  /**
   * A rule with {@code code} (capital letters and digits, a hyphen, three or four digits: {@code
   * PROC-001}, {@code ACME2-0042}), {@code severity}, a one-line {@code description} and {@code
   * check}.
   *
   * @throws IllegalArgumentException naming the code or description if either is malformed
   */
  public static Rule of(String code, Severity severity, String description, Check check) {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(description, "description");
    checkNotNull(check, "check");
    checkArgument(
        isCode(code),
        "code must be capital letters and digits, a hyphen and three or four digits, as PROC-001: %s",
        Texts.quote(code));
    Texts.checkText("description of rule " + code, description);
    return new Rule(code, severity, description, check);
  }

  /** Whether {@code code} has the form of a rule's code, such as {@code PROC-001}. */
  static boolean isCode(String code) {
    int hyphen = code.lastIndexOf('-');
    if (code.length() > MAX_CODE_LENGTH || hyphen < 1) {
      return false;
    }
    int digits = code.length() - hyphen - 1;
    if (digits < 3 || digits > 4 || !isCapitalLetter(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < hyphen; i++) {
      if (!isCapitalLetter(code.charAt(i)) && !isDigit(code.charAt(i))) {
        return false;
      }
    }
    for (int i = hyphen + 1; i < code.length(); i++) {
      if (!isDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The stable code, such as {@code PROC-001}. */
  public String code() {
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
