package org.treatymodel.agreement.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.uniom.Actors;

/**
 * The interpretation choices of the rules, each decided once in the rule's Javadoc, tested here.
 */
class ProcedureRulesTest {
  private static final InstrumentId AGREEMENT = InstrumentId.of("agreement/un+iom/2016-09-19");
  private static final LocalDate JUNE_30 = LocalDate.of(2016, 6, 30);
  private static final LocalDate JULY_25 = LocalDate.of(2016, 7, 25);
  private static final LocalDate SEPTEMBER_19 = LocalDate.of(2016, 9, 19);

  private static Procedure.Builder article16(ProcedureEvent... events) {
    return Procedure.builder()
        .instrument(AGREEMENT)
        .parties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
        .events(events);
  }

  private static Signature signature(LocalDate date) {
    return Signature.builder()
        .date(date)
        .signatories(
            Signatory.of(Actors.UNITED_NATIONS, "Ban Ki-moon", Actors.SECRETARY_GENERAL),
            Signatory.of(Actors.IOM, "William Lacy Swing", Actors.DIRECTOR_GENERAL))
        .build();
  }

  /**
   * Both approvals, IOM's notified on 25 July 2016, the General Assembly's on {@code
   * assemblyNotified}, signed on 19 September 2016.
   */
  private static Procedure approvedNotifiedAndSigned(LocalDate assemblyNotified) {
    return article16(
            Approval.of(Actors.IOM_COUNCIL, JUNE_30),
            Approval.of(Actors.GENERAL_ASSEMBLY, JULY_25),
            Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, JULY_25),
            Notification.of(
                Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, assemblyNotified),
            signature(SEPTEMBER_19))
        .build();
  }

  private static List<IrregularityKind> kinds(Procedure procedure) {
    return procedure.irregularities().stream().map(Irregularity::kind).toList();
  }

  @Test
  void approvalsNotifiedThenSignatureIsRegular() {
    Procedure procedure = approvedNotifiedAndSigned(JULY_25.plusDays(1));
    assertEquals(Optional.of(SEPTEMBER_19), procedure.entryIntoForce());
    assertEquals(List.of(), procedure.irregularities());
  }

  @Test
  void signedBeforeAnApprovalEntersIntoForceOnThatApproval() {
    Procedure procedure =
        article16(
                Approval.of(Actors.IOM_COUNCIL, JUNE_30),
                signature(JULY_25.minusDays(10)),
                Approval.of(Actors.GENERAL_ASSEMBLY, JULY_25))
            .build();
    assertEquals(Optional.of(JULY_25), procedure.entryIntoForce());
    assertTrue(kinds(procedure).contains(IrregularityKind.SIGNATURE_BEFORE_APPROVAL));
    assertEquals(
        Stage.APPROVED_IN_PART,
        procedure.statusIgnoringSupersessionOn(JULY_25.minusDays(1)).stage());
    assertEquals(Stage.IN_FORCE, procedure.statusIgnoringSupersessionOn(JULY_25).stage());
  }

  @Test
  void signedWithoutAllApprovalsIsNotInForce() {
    Procedure procedure =
        article16(Approval.of(Actors.IOM_COUNCIL, JUNE_30), signature(SEPTEMBER_19)).build();
    assertEquals(Optional.empty(), procedure.entryIntoForce());
    assertEquals(
        Stage.APPROVED_IN_PART,
        procedure.statusIgnoringSupersessionOn(SEPTEMBER_19.plusYears(1)).stage());
  }

  @Test
  void missingAndMisdatedNotificationsAreReportedButDelayNothing() {
    Procedure procedure =
        article16(
                Approval.of(Actors.IOM_COUNCIL, JUNE_30),
                Approval.of(Actors.GENERAL_ASSEMBLY, JULY_25),
                Notification.of(
                    Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, JUNE_30.minusDays(1)),
                signature(SEPTEMBER_19))
            .build();
    assertEquals(Optional.of(SEPTEMBER_19), procedure.entryIntoForce());
    assertEquals(
        List.of(
            IrregularityKind.NOTIFICATION_BEFORE_APPROVAL, IrregularityKind.NOTIFICATION_MISSING),
        kinds(procedure));
  }

  @Test
  void aNotificationAfterSignatureIsReported() {
    Procedure procedure = approvedNotifiedAndSigned(SEPTEMBER_19.plusDays(1));
    assertEquals(List.of(IrregularityKind.NOTIFICATION_AFTER_SIGNATURE), kinds(procedure));
    assertEquals(Optional.of(SEPTEMBER_19), procedure.entryIntoForce());
  }

  @Test
  void article15AmendmentInForceOnTheLaterApprovalEvenWithoutNotification() {
    Procedure amendment =
        Procedure.builder()
            .instrument(InstrumentId.of("agreement/un+iom/2017-01-01"))
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(LaterOfApprovals.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
            .events(
                Approval.of(Actors.GENERAL_ASSEMBLY, JUNE_30),
                Approval.of(Actors.IOM_COUNCIL, JULY_25))
            .build();
    assertEquals(Optional.of(JULY_25), amendment.entryIntoForce());
    assertEquals(
        List.of(IrregularityKind.NOTIFICATION_MISSING, IrregularityKind.NOTIFICATION_MISSING),
        kinds(amendment));
  }

  @Test
  void signedFirstApprovedBeforeSignatureEntersIntoForceOnSignature() {
    Procedure procedure =
        Procedure.builder()
            .instrument(AGREEMENT)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
            .events(Approval.of(Actors.GENERAL_ASSEMBLY, JUNE_30), signature(JULY_25))
            .build();
    assertEquals(Optional.of(JULY_25), procedure.entryIntoForce());
    assertEquals(List.of(IrregularityKind.APPROVAL_BEFORE_SIGNATURE), kinds(procedure));
  }

  @Test
  void anApprovalByAnOrganOfNeitherPartyIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> article16(Approval.of(ActorId.of("iaea.general-conference"), JUNE_30)).build());
    assertEquals(
        "approval of agreement/un+iom/2016-09-19 by iaea.general-conference, an organ of neither party [un, iom]",
        error.getMessage());
  }

  @Test
  void aSignatureWithNoSignatoryIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> Signature.builder().date(SEPTEMBER_19).build());
    assertEquals(
        "a signature must have at least one signatory: signed on 2016-09-19", error.getMessage());
  }

  @Test
  void aSecondApprovalBySameOrganIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                article16(
                        Approval.of(Actors.IOM_COUNCIL, JUNE_30),
                        Approval.of(Actors.IOM_COUNCIL, JULY_25))
                    .build());
    assertEquals("iom.council approved agreement/un+iom/2016-09-19 twice", error.getMessage());
  }

  @Test
  void aRuleRequiringAnOrganOfNeitherPartyIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Procedure.builder()
                .instrument(AGREEMENT)
                .parties(Actors.UNITED_NATIONS, Actors.IOM)
                .rule(LaterOfApprovals.of(ActorId.of("isa.assembly")))
                .build());
  }

  @Test
  void aSignatoryForANonPartyIsRejected() {
    Signature signature =
        Signature.builder()
            .date(SEPTEMBER_19)
            .signatories(Signatory.unnamed(ActorId.of("icc")))
            .build();
    assertThrows(IllegalArgumentException.class, () -> article16(signature).build());
  }

  @Test
  void aPartyCannotNotifyItself() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Notification.of(Actors.IOM, Actors.IOM, Actors.IOM_COUNCIL, JULY_25));
  }
}
