package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;

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
  void eachRecitalCitesWhatItsReferencesPointAt() {
    for (int number = 1; number <= agreement.text().recitals().size(); number++) {
      Recital recital = agreement.text().recital(number);
      List<InstrumentId> referenced =
          agreement.referencesFrom(ProvisionId.recital(number)).stream()
              .map(reference -> reference.targetInstrument().orElseThrow())
              .toList();
      assertEquals(recital.cites(), referenced, "recital " + number);
    }
  }
}
