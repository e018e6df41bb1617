package org.treatymodel.validation;

import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Provision;

/**
 * REF-004: every cross-reference leaves from a provision of the text and reaches a known target.
 */
final class ReferencesResolve extends BaseRule {
  ReferencesResolve() {
    super(
        "REF-004",
        Severity.ERROR,
        "every cross-reference leaves from a provision of the text and reaches a known target");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (CrossReference reference : agreement.crossReferences()) {
      String location = reference.source().toString();
      Optional<Provision> source = agreement.text().findProvision(reference.source());
      if (source.isEmpty()) {
        findings.accept(location, "the referring provision is not in the text");
      } else if (!source.get().text().contains(reference.words())) {
        findings.accept(location, "the words \"" + reference.words() + "\" are not in its text");
      }
      reference
          .targetProvision()
          .filter(target -> agreement.text().findProvision(target).isEmpty())
          .ifPresent(
              target -> findings.accept(location, "refers to " + target + ", not in the text"));
      reference
          .targetInstrument()
          .filter(target -> agreement.findInstrument(target).isEmpty())
          .ifPresent(
              target ->
                  findings.accept(
                      location, "refers to instrument " + target + ", not among the instruments"));
    }
  }
}
