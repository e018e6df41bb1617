package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.instrument.RelationKind;

class InstrumentsTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  /**
   * Every instrument the three sources cite, by the symbol or designation a reader would look for.
   */
  static Stream<String> citedInstruments() {
    return Stream.of(
        "A/RES/47/4",
        "A/RES/51/148",
        "A/RES/68/4",
        "A/RES/70/263",
        "A/RES/70/296",
        "IOM Council resolution No. 1309",
        "IOM Council resolution No. 1317",
        "UN-IOM Cooperation Agreement 1996",
        "UN-IOM Memorandum of Understanding 2013",
        "Letter of 9 December 2015 from the Director General to the Secretary-General",
        "Letter of 5 February 2016 from the Secretary-General to the Director General",
        "Letter of 10 March 2016 from the Director General to the Secretary-General",
        "Letter of 1 April 2016 from the Secretary-General to the President of the General Assembly",
        "Letter of 19 July 2016 from the President of the General Assembly to all Permanent Representatives",
        "A/70/976",
        "A/70/L.57");
  }

  @ParameterizedTest
  @MethodSource("citedInstruments")
  void isInTheModel(String id) {
    assertTrue(agreement.findInstrument(InstrumentId.parse(id)).isPresent(), id);
  }

  @Test
  void relationsPointAtKnownInstruments() {
    for (Instrument instrument : agreement.instruments()) {
      for (InstrumentRelation relation : instrument.relations()) {
        assertTrue(
            agreement.findInstrument(relation.target()).isPresent(),
            instrument.id() + " " + relation.kind() + " unknown " + relation.target());
      }
    }
  }

  @Test
  void datesFromTheSources() {
    assertEquals(LocalDate.of(1992, 10, 16), date(Instruments.GA_RESOLUTION_47_4));
    assertEquals(LocalDate.of(1996, 6, 25), date(Instruments.COOPERATION_AGREEMENT_1996));
    assertEquals(LocalDate.of(2015, 11, 24), date(Instruments.IOM_COUNCIL_RESOLUTION_1309));
    assertEquals(LocalDate.of(2016, 6, 30), date(Instruments.IOM_COUNCIL_RESOLUTION_1317));
    assertEquals(LocalDate.of(2016, 7, 25), date(Instruments.GA_RESOLUTION_70_296));
  }

  @Test
  void whatTheSourcesDoNotDateIsUndated() {
    assertTrue(agreement.instrument(Instruments.CHARTER_OF_THE_UNITED_NATIONS).date().isEmpty());
    assertTrue(agreement.instrument(Instruments.DRAFT_RESOLUTION_A_70_L_57).date().isEmpty());
  }

  @Test
  void the2016AgreementSupersedesThe1996CooperationAgreement() {
    assertEquals(
        List.of(Instruments.COOPERATION_AGREEMENT_1996),
        agreement
            .instrument(Instruments.RELATIONSHIP_AGREEMENT_2016)
            .related(RelationKind.SUPERSEDES));
  }

  @Test
  void bothGoverningBodiesApprovedIt() {
    List<InstrumentId> approving =
        agreement.instruments().stream()
            .filter(
                instrument ->
                    instrument
                        .related(RelationKind.APPROVES)
                        .contains(Instruments.RELATIONSHIP_AGREEMENT_2016))
            .map(Instrument::id)
            .toList();
    assertEquals(
        List.of(
            Instruments.IOM_COUNCIL_RESOLUTION_1317,
            Instruments.DRAFT_RESOLUTION_A_70_L_57,
            Instruments.GA_RESOLUTION_70_296),
        approving);
  }

  private LocalDate date(InstrumentId id) {
    return agreement.instrument(id).date().orElseThrow();
  }
}
