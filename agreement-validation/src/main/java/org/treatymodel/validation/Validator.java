package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.Agreement;

/**
 * Runs rules over an agreement. {@code Validator.standard().validate(UnIomAgreement.agreement())}
 * finds nothing in the canonical Agreement. Instances are immutable.
 */
public final class Validator {
  private final ImmutableList<Rule> rules;

  private Validator(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  /** A validator with every rule of {@link Rules#all()}. */
  public static Validator standard() {
    return new Validator(Rules.all());
  }

  /** A validator with {@code rules} only. */
  public static Validator of(Iterable<? extends Rule> rules) {
    checkNotNull(rules, "rules");
    return new Validator(ImmutableList.copyOf(rules));
  }

  /** The rules this validator runs. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** The diagnostics of every rule for {@code agreement}, rule by rule, in the order found. */
  public ImmutableList<Diagnostic> validate(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();
    for (Rule rule : rules) {
      diagnostics.addAll(rule.check(agreement));
    }
    return diagnostics.build();
  }
}
