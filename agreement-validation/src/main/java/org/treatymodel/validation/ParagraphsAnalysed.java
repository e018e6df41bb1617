package org.treatymodel.validation;

import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionKind;

/** COV-001: every paragraph states a norm, or is recorded as stating none. */
final class ParagraphsAnalysed extends BaseRule {
  ParagraphsAnalysed() {
    super(
        "COV-001",
        Severity.WARNING,
        "every paragraph states a norm or is recorded as stating none");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (Provision provision : agreement.text().provisions()) {
      if (provision.kind() != ProvisionKind.PARAGRAPH
          || !agreement.normsIn(provision.id()).isEmpty()) {
        continue;
      }
      boolean declared =
          agreement.nonNormativeProvisions().stream()
              .map(NonNormativeProvision::provision)
              .anyMatch(provision.id()::isWithin);
      if (!declared) {
        findings.accept(
            provision.id().toString(),
            "states no norm and is not recorded as non-normative; add its norms or a"
                + " NonNormativeProvision with the reason");
      }
    }
  }
}
