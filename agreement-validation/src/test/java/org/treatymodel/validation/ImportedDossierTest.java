package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** What is not known of an imported text is not checked, and what is known is. */
class ImportedDossierTest {
  @Test
  void aTextWithoutItsProcedureOrNormsIsCheckedForWhatItHas() {
    String canonical = AkomaNtoso.write(UnIomAgreement.agreement());
    int from = canonical.indexOf("<proprietary");
    int to = canonical.indexOf("</proprietary>") + "</proprietary>".length();
    Agreement imported =
        AkomaNtoso.importDocument(canonical.substring(0, from) + canonical.substring(to))
            .agreement();
    Report report = Validator.standard().validate(imported);
    for (Diagnostic diagnostic : report.diagnostics()) {
      String family = diagnostic.code().family();
      assertFalse(
          family.equals("NORM") || family.equals("PROC") || family.equals("PARTY"),
          diagnostic.toString());
    }
    // The agreement's own instrument is not among its instruments: that much is known, and said.
    assertTrue(
        report.diagnostics().stream().anyMatch(d -> d.code().toString().equals("REF-007")),
        report.toString());
  }
}
