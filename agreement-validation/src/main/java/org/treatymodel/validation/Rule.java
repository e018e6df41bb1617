package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.Agreement;

/**
 * A consistency rule over an {@link Agreement}: a stable code, a severity, a one-line description,
 * and the check that produces {@link Diagnostic}s. A rule is a pure function of the agreement.
 */
public interface Rule {

  /** The stable code, such as {@code REF-001}. */
  String code();

  /** The severity of every diagnostic the rule produces. */
  Severity severity();

  /** What the rule checks, in one line. */
  String description();

  /** The diagnostics for {@code agreement}; empty if it satisfies the rule. */
  ImmutableList<Diagnostic> check(Agreement agreement);
}
