package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.UnIomAgreement;

class CanonicalDossierTest {
  @Test
  void theCanonicalDossierIsClean() {
    Report report = Validator.standard().validate(UnIomAgreement.agreement());
    System.out.println(report);
    assertTrue(report.isClean(), report.toString());
  }
}
