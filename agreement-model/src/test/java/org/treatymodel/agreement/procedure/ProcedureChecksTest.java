package org.treatymodel.agreement.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.instrument.InstrumentId;

/** What a procedure, its events and a succession reject, and what they say about themselves. */
class ProcedureChecksTest {
  private static final InstrumentId FIRST = InstrumentId.of("first");
  private static final InstrumentId SECOND = InstrumentId.of("second");
  private static final LocalDate DAY = LocalDate.of(2016, 9, 19);

  private static Signature signature(LocalDate date) {
    return Signature.builder().date(date).addSignatories(Signatory.unnamed(Actors.IOM)).build();
  }

  private static Procedure.Builder uponSignature(
      InstrumentId instrument, ProcedureEvent... events) {
    return Procedure.builder()
        .instrument(instrument)
        .addParties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(ApprovalsThenSignature.uponSignature())
        .addEvents(events);
  }

  @Test
  void procedureRejections() {
    assertRejected(
        () -> uponSignature(FIRST, signature(DAY), signature(DAY.plusDays(1))).build(),
        "first has 2 signatures; record one");
    assertRejected(
        () ->
            uponSignature(
                    FIRST, Notification.of(Actors.IOM, ActorId.of("icc"), Actors.IOM_COUNCIL, DAY))
                .build(),
        "notification from iom to icc: both must be parties [un, iom]");
    assertRejected(
        () -> uponSignature(FIRST).supersedes(FIRST).build(), "first cannot supersede itself");
    assertRejected(
        () ->
            Procedure.builder()
                .instrument(FIRST)
                .rule(ApprovalsThenSignature.uponSignature())
                .build(),
        "the procedure of first must name its parties");
    assertRejected(
        () ->
            uponSignature(FIRST, signature(DAY))
                .addEvents(Approval.of(ActorId.of("icc"), DAY))
                .build(),
        "an organ of neither party");
    assertRejected(
        () ->
            Signature.builder()
                .date(DAY)
                .place(" ")
                .addSignatories(Signatory.unnamed(Actors.IOM))
                .build(),
        "place of signature must not be blank");
    assertRejected(
        () -> Signatory.of(Actors.IOM, "", Actors.DIRECTOR_GENERAL),
        "signatory name must not be blank");
    assertRejected(() -> LaterOfApprovals.of(), "the later of no approvals is undefined");
  }

  @Test
  void eventsSayWhenTheyHappened() {
    assertEquals(Optional.of(DAY), Approval.of(Actors.IOM_COUNCIL, DAY).when());
    assertEquals(Optional.of(DAY), signature(DAY).when());
    assertEquals(
        Optional.of(DAY),
        Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY).when());
    assertEquals(
        Optional.empty(),
        Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL).when());
  }

  @Test
  void rulesDescribeThemselves() {
    assertEquals("in force upon signature", ApprovalsThenSignature.uponSignature().description());
    assertEquals(
        "approved by [un.general-assembly, iom.council], approvals notified in writing, then in force upon"
            + " signature",
        ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL).description());
    assertEquals(
        "in force on the date of the later of the approvals by [iom.council]",
        LaterOfApprovals.withoutNotification(Actors.IOM_COUNCIL).description());
    assertEquals(
        "signed, then in force on the date of the approval by un.general-assembly",
        SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY).description());
    assertTrue(ApprovalsThenSignature.uponSignature().requiredApprovers().isEmpty());
    assertEquals(
        List.of(Actors.GENERAL_ASSEMBLY),
        SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY).requiredApprovers().asList());
  }

  @Test
  void aProcedureAnswersAboutItsEvents() {
    Procedure procedure =
        Procedure.builder()
            .instrument(FIRST)
            .addParties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(LaterOfApprovals.withoutNotification(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
            .addEvents(
                Approval.of(Actors.IOM_COUNCIL, DAY.plusDays(3)),
                Approval.of(Actors.GENERAL_ASSEMBLY, DAY))
            .build();
    assertEquals(
        List.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL),
        procedure.approvals().stream().map(Approval::organ).toList());
    assertEquals(Optional.of(DAY.plusDays(3)), procedure.entryIntoForce());
    assertEquals(List.of(), procedure.irregularities());
    assertEquals(Optional.empty(), procedure.lastApprovalBy(java.util.Set.of()));
    assertEquals(
        Optional.empty(), procedure.lastApprovalBy(java.util.Set.of(Actors.SECURITY_COUNCIL)));
    Status before = procedure.statusOn(DAY.plusDays(2));
    assertEquals(Stage.APPROVED_IN_PART, before.stage());
    assertEquals(Optional.empty(), before.signedOn());
    assertEquals(Stage.IN_FORCE, procedure.statusOn(DAY.plusDays(3)).stage());
  }

  @Test
  void aSuccessionSupersedesAndGoverns() {
    Procedure first = uponSignature(FIRST, signature(DAY)).build();
    Procedure second = uponSignature(SECOND, signature(DAY.plusYears(1))).supersedes(FIRST).build();
    Succession succession = Succession.of(List.of(second, first));
    assertEquals(Optional.empty(), succession.governingInstrumentOn(DAY.minusDays(1)));
    assertEquals(Optional.of(FIRST), succession.governingInstrumentOn(DAY));
    assertEquals(Optional.of(SECOND), succession.governingInstrumentOn(DAY.plusYears(1)));
    Status superseded = succession.statusOn(FIRST, DAY.plusYears(2));
    assertEquals(Stage.SUPERSEDED, superseded.stage());
    assertEquals(Optional.of(DAY), superseded.inForceSince());
    assertEquals(Optional.of(SECOND), superseded.supersededBy());
    assertEquals(Optional.empty(), succession.statusOn(FIRST, DAY).supersededBy());
    assertEquals(first, succession.procedure(FIRST));
    assertRejected(() -> succession.procedure(InstrumentId.of("third")), "no procedure for third");
    assertRejected(() -> Succession.of(List.of(first, first)), "two procedures for first");
  }

  @Test
  void theLaterOfTwoInstrumentsInForceGoverns() {
    Procedure first = uponSignature(FIRST, signature(DAY)).build();
    Procedure second = uponSignature(SECOND, signature(DAY.plusDays(1))).build();
    Succession succession = Succession.of(List.of(second, first));
    assertEquals(Optional.of(SECOND), succession.governingInstrumentOn(DAY.plusDays(5)));
    assertEquals(
        Optional.of(SECOND),
        Succession.of(List.of(first, second)).governingInstrumentOn(DAY.plusDays(5)));
  }
}
