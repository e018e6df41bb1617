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
    // What is known of it is sound: an imported text is clean.
    assertTrue(report.isClean(), report.toString());
  }

  /** The validator judges any imported act or bill, of ../shared/akn-realworld/ where present. */
  @Test
  void everyImportedDocumentWrittenElsewhereIsJudgedWithoutFailing() throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Path.of("..", "..", "shared", "akn-realworld");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(folder));
    int judged = 0;
    try (var files = java.nio.file.Files.list(folder)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        Agreement imported;
        try {
          imported = AkomaNtoso.importDocument(file).agreement();
        } catch (org.treatymodel.agreement.akn.AkomaNtosoException notAnActOrBill) {
          continue;
        }
        Report report = Validator.standard().validate(imported);
        assertTrue(report.isClean(), file + ": " + report);
        judged++;
      }
    }
    assertTrue(judged >= 8, "acts and bills judged: " + judged);
  }
}
