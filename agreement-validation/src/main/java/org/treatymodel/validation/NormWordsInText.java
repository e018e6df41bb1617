package org.treatymodel.validation;

import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.text.Provision;

/** REF-002: every norm stands in a provision of the text, in the words it quotes. */
final class NormWordsInText extends BaseRule {
  NormWordsInText() {
    super(
        "REF-002",
        Severity.ERROR,
        "every norm's words stand verbatim in the provision that states it");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (Norm norm : agreement.norms()) {
      Optional<Provision> provision = agreement.text().findProvision(norm.provision());
      if (provision.isEmpty()) {
        findings.accept(
            norm.id().toString(), "is stated in " + norm.provision() + ", which the text lacks");
      } else {
        String text = agreement.text().readingText(norm.provision());
        int from = 0;
        for (String fragment : norm.fragments()) {
          int at = text.indexOf(fragment, from);
          if (at < 0) {
            findings.accept(
                norm.id().toString(),
                "quotes \""
                    + fragment
                    + "\", which is not, in this order, in the text of "
                    + norm.provision());
            break;
          }
          from = at + fragment.length();
        }
      }
    }
  }
}
