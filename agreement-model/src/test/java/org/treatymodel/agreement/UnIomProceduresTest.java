package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.IrregularityKind;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The real history of the 2016 Agreement and of the 1996 Cooperation Agreement, read by the rules
 * and reached from the one aggregate.
 */
class UnIomProceduresTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  @Test
  void beforeItsFirstEventTheAgreementDidNotExist() {
    Status status = agreement.statusOn(LocalDate.of(2015, 1, 1));
    assertEquals(Stage.NOT_YET_IN_EXISTENCE, status.stage());
    assertEquals("not yet in existence", status.stage().label());
    assertEquals(Stage.NOT_YET_IN_EXISTENCE, agreement.statusOn(LocalDate.of(2016, 6, 29)).stage());
  }

  @Test
  void on1July2016ApprovedByTheIomCouncilOnly() {
    Status status = agreement.statusOn(LocalDate.of(2016, 7, 1));
    assertEquals(Stage.APPROVED_IN_PART, status.stage());
    assertEquals(Set.of(Actors.IOM_COUNCIL), status.approvedBy());
    assertFalse(status.isInForce());
  }

  @Test
  void on1August2016ApprovedByBothNotInForce() {
    Status status = agreement.statusOn(LocalDate.of(2016, 8, 1));
    assertEquals(Stage.APPROVED, status.stage());
    assertEquals(Set.of(Actors.IOM_COUNCIL, Actors.GENERAL_ASSEMBLY), status.approvedBy());
    assertTrue(status.inForceSince().isEmpty());
  }

  @Test
  void on19September2016InForceAndThe1996AgreementSuperseded() {
    LocalDate signature = LocalDate.of(2016, 9, 19);
    Status status = agreement.statusOn(signature);
    assertEquals(Stage.IN_FORCE, status.stage());
    assertEquals(Optional.of(signature), status.inForceSince());

    Status old = agreement.succession().statusOn(Instruments.COOPERATION_AGREEMENT_1996, signature);
    assertEquals(Stage.SUPERSEDED, old.stage());
    assertEquals(Optional.of(signature), old.supersededSince());
    assertEquals(Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016), old.supersededBy());

    Status dayBefore =
        agreement
            .succession()
            .statusOn(Instruments.COOPERATION_AGREEMENT_1996, signature.minusDays(1));
    assertEquals(Stage.IN_FORCE, dayBefore.stage());
  }

  @Test
  void the1996AgreementIsNotInForceIn2020WhereverTheQuestionIsAsked() {
    LocalDate date = LocalDate.of(2020, 1, 1);
    Procedure procedure = RelationshipAgreements.unIom1996();
    assertEquals(
        Stage.SUPERSEDED,
        RelationshipAgreements.successionOf(procedure)
            .statusOn(procedure.instrument(), date)
            .stage());
    assertEquals(
        Stage.SUPERSEDED,
        agreement.succession().statusOn(Instruments.COOPERATION_AGREEMENT_1996, date).stage());
    // The method that leaves supersession aside says so in its name.
    assertEquals(Stage.IN_FORCE, procedure.statusIgnoringSupersessionOn(date).stage());
    // A 2016 procedure with no events recorded supersedes nothing: its succession says so.
    Procedure unsigned = RelationshipAgreements.unIom2016().withEvents(java.util.List.of());
    assertEquals(
        Stage.IN_FORCE,
        RelationshipAgreements.successionOf(unsigned)
            .statusOn(procedure.instrument(), date)
            .stage());
    assertEquals(2, RelationshipAgreements.successionOf(unsigned).procedures().size());
  }

  @Test
  void theGoverningInstrumentOnAnyDate() {
    assertEquals(Optional.empty(), agreement.governingInstrumentOn(LocalDate.of(1996, 6, 24)));
    assertEquals(
        Optional.of(Instruments.COOPERATION_AGREEMENT_1996),
        agreement.governingInstrumentOn(LocalDate.of(1996, 6, 25)));
    assertEquals(
        Optional.of(Instruments.COOPERATION_AGREEMENT_1996),
        agreement.governingInstrumentOn(LocalDate.of(2016, 9, 18)));
    assertEquals(
        Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016),
        agreement.governingInstrumentOn(LocalDate.of(2016, 9, 19)));
    assertEquals(
        Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016),
        agreement.governingInstrumentOn(LocalDate.of(2026, 11, 23)));
  }

  @Test
  void theUnknownNotificationDatesAreReportedAndChangeNothing() {
    Procedure procedure = agreement.procedure();
    List<IrregularityKind> kinds =
        procedure.irregularities().stream().map(Irregularity::kind).toList();
    assertEquals(
        List.of(
            IrregularityKind.NOTIFICATION_DATE_UNKNOWN, IrregularityKind.NOTIFICATION_DATE_UNKNOWN),
        kinds);
    assertEquals(Optional.of(LocalDate.of(2016, 9, 19)), procedure.entryIntoForce());
    assertEquals(1, agreement.statusOn(LocalDate.of(2016, 7, 1)).irregularities().size());
  }

  @Test
  void irregularitiesNameActorsForPeople() {
    Irregularity first = agreement.procedure().irregularities().get(0);
    assertEquals(Actors.IOM_COUNCIL, first.actors().get(0));
    assertEquals(
        "the date of the notification by IOM of the approval by the IOM Council is not known; it is"
            + " presumed to have been made in time, and the status is unaffected",
        Sentences.irregularity(first, agreement));
    assertEquals(
        "approved by the General Assembly and the IOM Council, each approval notified in writing to"
            + " the other party, then in force upon signature",
        Sentences.rule(agreement.procedure().rule(), agreement));
  }

  @Test
  void theAggregateReachesEverything() {
    assertEquals(RelationshipAgreements.unIom2016(), agreement.procedure());
    assertEquals(
        List.of(Instruments.COOPERATION_AGREEMENT_1996, Instruments.RELATIONSHIP_AGREEMENT_2016),
        agreement.succession().procedures().stream().map(Procedure::instrument).toList());
    assertEquals(Optional.of(LocalDate.of(2016, 9, 19)), agreement.entryIntoForce());
    assertEquals(Set.of(Actors.UNITED_NATIONS, Actors.IOM), agreement.parties());
    assertTrue(agreement.amendmentRule().isPresent());
    assertTrue(agreement.amendments().isEmpty());
  }

  @Test
  void theOriginalTextIsTheVersionOf19September2016() {
    assertEquals("eng@2016-09-19", agreement.versionOn(LocalDate.of(2026, 1, 1)).expression());
    assertEquals(agreement.text(), agreement.versionOn(LocalDate.of(2026, 1, 1)).text());
    assertEquals(1, agreement.consolidation().versions().size());
  }

  @Test
  void articlesThatAnticipateArrangements() {
    assertEquals(
        List.of(
            ProvisionId.parse("art_10__para_1"),
            ProvisionId.parse("art_13__para_2"),
            ProvisionId.parse("art_14__para_1")),
        agreement.provisionsCallingFor(ArrangementKind.SUPPLEMENTARY));
    assertEquals(
        List.of(ProvisionId.parse("art_12__para_1")),
        agreement.provisionsCallingFor(ArrangementKind.SEPARATE));
    assertEquals(1, agreement.arrangementsCalledForBy(ProvisionId.article(11)).size());
    assertTrue(
        agreement.anticipatedArrangements().stream()
            .noneMatch(arrangement -> arrangement.isConcluded()));
    agreement
        .anticipatedArrangements()
        .forEach(
            arrangement ->
                assertTrue(
                    agreement
                        .provision(arrangement.provision())
                        .text()
                        .contains(arrangement.words()),
                    arrangement.provision().toString()));
  }

  /** The text as of a date before it existed is absent, not its first version. */
  @Test
  void theTextBeforeItExistedIsAbsent() {
    Agreement agreement = UnIomAgreement.agreement();
    LocalDate from = agreement.textRecordedFrom().orElseThrow();
    assertEquals(
        agreement.procedure().events().stream()
            .flatMap(event -> event.when().stream())
            .min(LocalDate::compareTo)
            .orElseThrow(),
        from);
    assertTrue(from.isBefore(LocalDate.of(2016, 9, 19)), from.toString());
    assertTrue(agreement.findVersionOn(LocalDate.of(2015, 1, 1)).isEmpty());
    assertTrue(agreement.findVersionOn(from.minusDays(1)).isEmpty());
    IllegalArgumentException absent =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> agreement.versionOn(LocalDate.of(2015, 1, 1)));
    assertTrue(String.valueOf(absent.getMessage()).contains("did not exist on 2015-01-01"));
    assertTrue(agreement.findVersionOn(from).orElseThrow().isOriginal());
    assertEquals(agreement.text(), agreement.versionOn(LocalDate.of(2016, 8, 1)).text());
  }
}
