package org.treatymodel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;

/**
 * Akoma Ntoso on generated dossiers: what is written reads back as the same dossier, a dossier with
 * a defect too (its defect is the validation module's to find), and so does a text in a structure
 * of its own.
 */
class AkomaNtosoRoundTripTest {
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

  /**
   * The reader checks shape, the validation module meaning: a dossier with any defect, even a norm
   * whose words are not in its provision, reads back as written, for the validator to report.
   */
  @Test
  void aDossierWithADefectComesBackAsItWent() {
    qt().withExamples(3)
        .forAll(Dossiers.wellFormed())
        .checkAssert(
            dossier -> {
              for (Defect defect : Defects.all()) {
                Agreement broken = defect.applyTo(dossier).dossier();
                assertEquals(broken, AkomaNtoso.read(AkomaNtoso.write(broken)), defect.name());
              }
            });
  }

  /**
   * Texts in a structure of their own (chapters, articles "3bis", unnumbered paragraphs, nested
   * points "(i)", "1.", "a)", footnotes, annexes) are written and imported back the same.
   */
  @Test
  void aGeneratedTextOfItsOwnStructureComesBackAsItWent() {
    qt().withExamples(200)
        .forAll(Structures.generated())
        .checkAssert(
            agreement -> {
              String written = AkomaNtoso.write(agreement);
              AkomaNtoso.validate(written);
              var imported = AkomaNtoso.importDocument(written);
              assertEquals(agreement.text().structure(), imported.agreement().text().structure());
              assertEquals(agreement, imported.agreement());
              assertEquals(List.of(), imported.unrepresented());
              assertEquals(written, AkomaNtoso.write(imported.agreement()));
            });
  }
}
