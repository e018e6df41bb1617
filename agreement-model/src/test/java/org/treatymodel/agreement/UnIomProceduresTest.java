package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.IrregularityKind;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The real history of the 2016 Agreement and of the 1996 Cooperation Agreement, read by the rules.
 */
class UnIomProceduresTest {

  @Test
  void beforeAnyApprovalTheAgreementIsOnlyNegotiated() {
    assertEquals(Stage.NEGOTIATED, UnIomAgreement.statusOn(LocalDate.of(2016, 6, 29)).stage());
  }

  @Test
  void on1July2016ApprovedByTheIomCouncilOnly() {
    Status status = UnIomAgreement.statusOn(LocalDate.of(2016, 7, 1));
    assertEquals(Stage.APPROVED_IN_PART, status.stage());
    assertEquals(Set.of(Actors.IOM_COUNCIL), status.approvedBy());
    assertFalse(status.isInForce());
  }

  @Test
  void on1August2016ApprovedByBothNotInForce() {
    Status status = UnIomAgreement.statusOn(LocalDate.of(2016, 8, 1));
    assertEquals(Stage.APPROVED, status.stage());
    assertEquals(Set.of(Actors.IOM_COUNCIL, Actors.GENERAL_ASSEMBLY), status.approvedBy());
    assertTrue(status.inForceSince().isEmpty());
  }

  @Test
  void on19September2016InForceAndThe1996AgreementSuperseded() {
    LocalDate signature = LocalDate.of(2016, 9, 19);
    Status status = UnIomAgreement.statusOn(signature);
    assertEquals(Stage.IN_FORCE, status.stage());
    assertEquals(Optional.of(signature), status.inForceSince());

    Status old =
        UnIomAgreement.relationship().statusOn(Instruments.COOPERATION_AGREEMENT_1996, signature);
    assertEquals(Stage.SUPERSEDED, old.stage());
    assertEquals(Optional.of(signature), old.supersededSince());
    assertEquals(Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016), old.supersededBy());

    Status dayBefore =
        UnIomAgreement.relationship()
            .statusOn(Instruments.COOPERATION_AGREEMENT_1996, signature.minusDays(1));
    assertEquals(Stage.IN_FORCE, dayBefore.stage());
  }

  @Test
  void theGoverningInstrumentOnAnyDate() {
    assertEquals(Optional.empty(), UnIomAgreement.governingInstrumentOn(LocalDate.of(1996, 6, 24)));
    assertEquals(
        Optional.of(Instruments.COOPERATION_AGREEMENT_1996),
        UnIomAgreement.governingInstrumentOn(LocalDate.of(1996, 6, 25)));
    assertEquals(
        Optional.of(Instruments.COOPERATION_AGREEMENT_1996),
        UnIomAgreement.governingInstrumentOn(LocalDate.of(2016, 9, 18)));
    assertEquals(
        Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016),
        UnIomAgreement.governingInstrumentOn(LocalDate.of(2016, 9, 19)));
    assertEquals(
        Optional.of(Instruments.RELATIONSHIP_AGREEMENT_2016),
        UnIomAgreement.governingInstrumentOn(LocalDate.of(2026, 11, 23)));
  }

  @Test
  void theUnknownNotificationDatesAreReportedAndChangeNothing() {
    Procedure procedure = RelationshipAgreements.unIom2016();
    List<IrregularityKind> kinds =
        procedure.irregularities().stream().map(Irregularity::kind).toList();
    assertEquals(
        List.of(
            IrregularityKind.NOTIFICATION_DATE_UNKNOWN, IrregularityKind.NOTIFICATION_DATE_UNKNOWN),
        kinds);
    assertEquals(Optional.of(LocalDate.of(2016, 9, 19)), procedure.entryIntoForce());
    assertEquals(1, UnIomAgreement.statusOn(LocalDate.of(2016, 7, 1)).irregularities().size());
  }

  @Test
  void theTextOfThe1996AgreementIsUnavailable() {
    assertTrue(UnIomAgreement.textOf(Instruments.COOPERATION_AGREEMENT_1996).isEmpty());
    assertEquals(
        Optional.of(UnIomAgreement.text()),
        UnIomAgreement.textOf(Instruments.RELATIONSHIP_AGREEMENT_2016));
  }

  @Test
  void theTimelineAgreesWithTheProcedure() {
    LocalDate inForce = RelationshipAgreements.unIom2016().entryIntoForce().orElseThrow();
    assertTrue(
        UnIomAgreement.history().events().stream()
            .anyMatch(
                event ->
                    event.date().equals(inForce)
                        && event.description().contains("enters into force")));
  }

  @Test
  void theOriginalTextIsTheVersionOf19September2016() {
    assertEquals(
        "eng@2016-09-19",
        UnIomAgreement.consolidation().versionOn(LocalDate.of(2026, 1, 1)).expression());
    assertEquals(
        UnIomAgreement.text(),
        UnIomAgreement.consolidation().versionOn(LocalDate.of(2026, 1, 1)).text());
  }

  @Test
  void articlesThatAnticipateArrangements() {
    Agreement agreement = UnIomAgreement.agreement();
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
}
