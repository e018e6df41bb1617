package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

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
        "resolution/iom.council/1309",
        "resolution/iom.council/1317",
        "agreement/un+iom/1996-06-25",
        "memorandum-of-understanding/un+iom/2013-06-25",
        "letter/iom.director-general/2015-12-09",
        "letter/un.secretary-general/2016-02-05",
        "letter/iom.director-general/2016-03-10",
        "letter/un.secretary-general/2016-04-01",
        "letter/un.president-of-the-general-assembly/2016-07-19",
        "A/70/976",
        "A/70/L.57",
        "E/1996/90",
        "A/51/232",
        "agreement/un+iom/2016-09-19",
        "constituent-instrument/un",
        "constituent-instrument/iom");
  }

  @ParameterizedTest
  @MethodSource("citedInstruments")
  void isInTheModel(String id) {
    assertTrue(agreement.findInstrument(InstrumentId.parse(id)).isPresent(), id);
  }

  @Test
  void everyInstrumentWithASymbolIsFoundByIt() {
    long withSymbol = 0;
    for (Instrument instrument : agreement.instruments()) {
      if (instrument.symbol().isPresent()) {
        withSymbol++;
        assertEquals(
            instrument, agreement.findInstrumentBySymbol(instrument.symbol().get()).orElseThrow());
      }
    }
    assertEquals(9, withSymbol);
    assertTrue(agreement.findInstrumentBySymbol("A/RES/99/1").isEmpty());
  }

  @Test
  void identifiersAreNeverSentences() {
    for (Instrument instrument : agreement.instruments()) {
      assertFalse(instrument.id().value().contains(" "), instrument.id().value());
      assertEquals(instrument.id(), InstrumentId.parse(instrument.id().toString()));
      instrument
          .id()
          .designatedKind()
          .ifPresent(kind -> assertEquals(kind, instrument.kind(), instrument.id().value()));
    }
  }

  @Test
  void aLetterIsNotAddressedToItsOwnIssuer() {
    Rejections.assertRejected(
        () ->
            Instrument.builder()
                .from(agreement.instrument(Instruments.LETTER_2016_02_05))
                .addressedTo(Actors.SECRETARY_GENERAL)
                .build(),
        "letter/un.secretary-general/2016-02-05 is addressed to its own issuer un.secretary-general");
  }

  @Test
  void aDesignationNamesTheKindOfItsInstrument() {
    Rejections.assertRejected(
        () ->
            Instrument.builder()
                .from(agreement.instrument(Instruments.LETTER_2016_02_05))
                .kind(InstrumentKind.NOTE)
                .build(),
        "the designation letter/un.secretary-general/2016-02-05 names a letter, but the instrument"
            + " is a note");
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
