package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Akoma Ntoso out and in. */
class AkomaNtosoTest {
  private final Agreement canonical = UnIomAgreement.agreement();

  @Test
  void theCanonicalDossierComesBackAsItWent() {
    String written = AkomaNtoso.write(canonical);
    Agreement read = AkomaNtoso.read(written);
    assertEquals(canonical.text(), read.text());
    assertEquals(canonical.actors(), read.actors());
    assertEquals(canonical.instruments(), read.instruments());
    assertEquals(canonical.norms(), read.norms());
    assertEquals(canonical.crossReferences(), read.crossReferences());
    assertEquals(canonical.procedure(), read.procedure());
    assertEquals(canonical, read);
    assertEquals(written, AkomaNtoso.write(read));
  }

  @Test
  void whatIsWrittenIsValidAkomaNtoso() {
    AkomaNtoso.validate(AkomaNtoso.write(canonical));
  }
}
