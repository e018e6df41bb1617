package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import java.util.function.BiConsumer;
import org.treatymodel.agreement.Agreement;

/**
 * A rule defined by its code, severity, description and a check that reports findings by location.
 */
final class DefinedRule implements Rule {
  /** Reports a finding at a location with a message. */
  interface Findings extends BiConsumer<String, String> {}

  /** The check: walks the agreement and reports each finding. */
  interface Check {
    void run(Agreement agreement, Findings findings);
  }

  private final String code;
  private final Severity severity;
  private final String description;
  private final Check check;

  DefinedRule(String code, Severity severity, String description, Check check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.check = check;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ImmutableList<Diagnostic> check(Agreement agreement) {
    ImmutableList.Builder<Diagnostic> found = ImmutableList.builder();
    check.run(
        agreement,
        (location, message) -> found.add(new Diagnostic(code, severity, location, message)));
    return found.build();
  }

  @Override
  public String toString() {
    return code + " (" + severity + "): " + description;
  }
}
