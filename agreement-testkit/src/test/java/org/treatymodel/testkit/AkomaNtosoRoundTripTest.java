package org.treatymodel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.akn.AkomaNtosoException;

/**
 * Akoma Ntoso on generated dossiers: what is written reads back as the same dossier, and a dossier
 * with a defect either reads back the same (its defect is the validation module's to find) or is
 * refused by the reader with its documented exception, never half-read.
 */
class AkomaNtosoRoundTripTest {
  /**
   * The defects the reader refuses, as docs/akoma-ntoso.md says: a norm or record whose provision
   * is not in the text, a norm whose words are not in its provision. Every other defect is read
   * back as written.
   */
  private static final Set<Defect> REFUSED_BY_THE_READER =
      EnumSet.of(
          Defect.NORM_OUTSIDE_THE_TEXT,
          Defect.NORM_QUOTING_OTHER_WORDS,
          Defect.NO_NORM_WORDS_NOT_IN_THE_TEXT,
          Defect.RECORD_OF_A_MISSING_PROVISION);

  @Test
  void aGeneratedDossierComesBackAsItWent() {
    qt().withExamples(40)
        .forAll(Dossiers.wellFormed())
        .checkAssert(
            dossier -> {
              String written = AkomaNtoso.write(dossier);
              Agreement read = AkomaNtoso.read(written);
              assertEquals(dossier, read);
              assertEquals(written, AkomaNtoso.write(read), "the same dossier, the same bytes");
            });
  }

  @Test
  void aDossierWithADefectComesBackAsItWentOrIsRefused() {
    qt().withExamples(3)
        .forAll(Dossiers.wellFormed())
        .checkAssert(
            dossier -> {
              Set<Defect> refused = EnumSet.noneOf(Defect.class);
              for (Defect defect : Defects.all()) {
                Agreement broken = defect.applyTo(dossier).dossier();
                String written = AkomaNtoso.write(broken);
                try {
                  assertEquals(broken, AkomaNtoso.read(written), defect.name());
                } catch (AkomaNtosoException e) {
                  refused.add(defect);
                }
              }
              assertEquals(REFUSED_BY_THE_READER, refused);
            });
  }
}
