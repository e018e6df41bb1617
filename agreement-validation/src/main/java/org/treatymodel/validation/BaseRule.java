package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.Agreement;

/**
 * A rule with its code, severity and description; subclasses walk the agreement and report
 * findings.
 */
abstract class BaseRule implements Rule {
  /** Where a rule reports what it finds. */
  interface Findings {
    /** Reports a finding at {@code location}, explained by {@code message}. */
    void accept(String location, String message);
  }

  private final String code;
  private final Severity severity;
  private final String description;

  BaseRule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** Walks {@code agreement} and reports every finding to {@code findings}. */
  abstract void check(Agreement agreement, Findings findings);

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final ImmutableList<Diagnostic> check(Agreement agreement) {
    ImmutableList.Builder<Diagnostic> found = ImmutableList.builder();
    check(
        agreement,
        (location, message) -> found.add(new Diagnostic(code, severity, location, message)));
    return found.build();
  }

  @Override
  public String toString() {
    return code + " (" + severity + "): " + description;
  }
}
