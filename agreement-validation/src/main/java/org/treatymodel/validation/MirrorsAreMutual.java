package org.treatymodel.validation;

import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.norm.Norm;

/** REF-003: every mirror norm exists and names the norm back. */
final class MirrorsAreMutual extends BaseRule {
  MirrorsAreMutual() {
    super("REF-003", Severity.ERROR, "every mirror norm exists and names its mirror back");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (Norm norm : agreement.norms()) {
      if (norm.mirror().isEmpty()) {
        continue;
      }
      Optional<Norm> mirror =
          agreement.norms().stream()
              .filter(other -> other.id().equals(norm.mirror().get()))
              .findFirst();
      if (mirror.isEmpty()) {
        findings.accept(
            norm.id().toString(), "names mirror " + norm.mirror().get() + ", which does not exist");
      } else if (!mirror.get().mirror().equals(Optional.of(norm.id()))) {
        findings.accept(
            norm.id().toString(),
            "names mirror " + mirror.get().id() + ", which does not name it back");
      }
    }
  }
}
