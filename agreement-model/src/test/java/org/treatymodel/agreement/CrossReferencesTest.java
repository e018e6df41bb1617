package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.RecitalVerb;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

class CrossReferencesTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  @Test
  void everyReferenceStandsInItsProvisionAndResolves() {
    for (CrossReference reference : agreement.crossReferences()) {
      assertTrue(
          agreement.provision(reference.source()).text().contains(reference.words()),
          reference.source() + ": \"" + reference.words() + "\" not in its text");
      reference.targetProvision().ifPresent(agreement::provision);
      reference.targetInstrument().ifPresent(agreement::instrument);
    }
  }

  @Test
  void articles10And13RefertoArticle14() {
    assertEquals(
        List.of(ProvisionId.parse("art_10__para_1"), ProvisionId.parse("art_13__para_2")),
        agreement.referencesTo(ProvisionId.article(14)).stream()
            .map(CrossReference::source)
            .toList());
  }

  @Test
  void article16RefersToThe1996CooperationAgreement() {
    List<CrossReference> fromArticle16 = agreement.referencesFrom(ProvisionId.article(16));
    assertEquals(1, fromArticle16.size());
    assertEquals(
        Instruments.COOPERATION_AGREEMENT_1996,
        fromArticle16.get(0).targetInstrument().orElseThrow());
    assertEquals(
        List.of(ProvisionId.recital(4), ProvisionId.parse("art_16__para_2")),
        agreement.referencesTo(Instruments.COOPERATION_AGREEMENT_1996).stream()
            .map(CrossReference::source)
            .toList());
  }

  @Test
  void aRecitalCitesWhatItsReferencesPointAt() {
    assertEquals(
        List.of(Instruments.CHARTER_OF_THE_UNITED_NATIONS, Instruments.CONSTITUTION_OF_IOM),
        agreement.instrumentsCitedBy(ProvisionId.recital(1)));
    assertEquals(List.of(), agreement.instrumentsCitedBy(ProvisionId.recital(2)));
    assertEquals(
        List.of(Instruments.CONSTITUTION_OF_IOM, Instruments.IOM_COUNCIL_RESOLUTION_1309),
        agreement.instrumentsCitedBy(ProvisionId.article(2).paragraph(3)),
        "in the order of the words that cite them");
    // What a recital recalls or takes note of, it cites.
    for (int number = 1; number <= agreement.text().recitals().size(); number++) {
      RecitalVerb verb = agreement.text().recital(number).verb();
      if (verb == RecitalVerb.RECALLING || verb == RecitalVerb.TAKING_NOTE_OF) {
        assertTrue(
            !agreement.instrumentsCitedBy(ProvisionId.recital(number)).isEmpty(),
            "recital " + number);
      }
    }
  }
}
