package org.treatymodel.agreement.procedure;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.uniom.Actors;

/** What a procedure, its events and a succession reject, and what they say about themselves. */
class ProcedureChecksTest {
  private static final InstrumentId FIRST = InstrumentId.of("agreement/un+iom/2001-01-01");
  private static final InstrumentId SECOND = InstrumentId.of("agreement/un+iom/2002-01-01");
  private static final InstrumentId THIRD = InstrumentId.of("agreement/un+iom/2003-01-01");
  private static final LocalDate DAY = LocalDate.of(2016, 9, 19);

  private static Signature signature(LocalDate date) {
    return Signature.builder()
        .date(date)
        .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
        .build();
  }

  private static Procedure.Builder uponSignature(
      InstrumentId instrument, ProcedureEvent... events) {
    return Procedure.builder()
        .instrument(instrument)
        .parties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(ApprovalsThenSignature.uponSignature())
        .events(events);
  }

  @Test
  void procedureRejections() {
    assertRejected(
        () -> uponSignature(FIRST, signature(DAY), signature(DAY.plusDays(1))).build(),
        FIRST + " has 2 signatures; record one");
    assertRejected(
        () ->
            uponSignature(
                    FIRST, Notification.of(Actors.IOM, ActorId.of("icc"), Actors.IOM_COUNCIL, DAY))
                .build(),
        "notification from iom to icc: both must be parties [un, iom]");
    assertRejected(
        () -> uponSignature(FIRST).supersedes(FIRST).build(), FIRST + " cannot supersede itself");
    assertRejected(
        () ->
            Procedure.builder()
                .instrument(FIRST)
                .rule(ApprovalsThenSignature.uponSignature())
                .build(),
        "the procedure of " + FIRST + " must name its parties");
    assertRejected(
        () -> uponSignature(FIRST, signature(DAY), Approval.of(ActorId.of("icc"), DAY)).build(),
        "approval of " + FIRST + " by icc, an organ of neither party [un, iom]");
    assertRejected(
        () ->
            uponSignature(
                    FIRST,
                    Approval.of(Actors.IOM_COUNCIL, DAY),
                    Approval.of(Actors.IOM_COUNCIL, DAY.plusDays(1)))
                .build(),
        "iom.council approved " + FIRST + " twice");
    assertRejected(
        () ->
            Signature.builder()
                .date(DAY)
                .place(" ")
                .signatories(Signatory.unnamed(Actors.IOM))
                .build(),
        "place of signature must not be blank: \" \"");
    assertRejected(
        () -> Signatory.of(Actors.IOM, "", Actors.DIRECTOR_GENERAL),
        "signatory name must not be blank: \"\"");
    assertRejected(() -> LaterOfApprovals.of(), "the later of no approvals is undefined");
  }

  @Test
  void aPartyMustBeAnOrganization() {
    assertRejected(
        () ->
            Procedure.builder()
                .instrument(FIRST)
                .parties(Actors.UNITED_NATIONS, Actors.IOM_COUNCIL)
                .rule(ApprovalsThenSignature.uponSignature())
                .build(),
        "a party to "
            + FIRST
            + " must be an Organization, with an id of one segment such as"
            + " \"un\": iom.council");
    assertRejected(
        () -> Signatory.unnamed(Actors.SECRETARY_GENERAL),
        "a signatory signs for a party, an Organization such as \"un\": un.secretary-general");
  }

  @Test
  void aSignatoryHoldsAnOfficeOfThePartyHeSignsFor() {
    assertRejected(
        () -> Signatory.of(Actors.UNITED_NATIONS, "William Lacy Swing", Actors.DIRECTOR_GENERAL),
        "the signatory for un holds office iom.director-general, which belongs to iom");
  }

  @Test
  void aNotificationReportsTheApprovalOfAnOrganOfAParty() {
    assertRejected(
        () ->
            uponSignature(
                    FIRST,
                    Notification.of(
                        Actors.IOM, Actors.UNITED_NATIONS, ActorId.of("icc.assembly"), DAY))
                .build(),
        "notification from iom reports the approval by icc.assembly, an organ of neither party");
    assertRejected(
        () -> Notification.of(Actors.IOM, Actors.IOM, Actors.IOM_COUNCIL, DAY),
        "a party cannot notify itself: from iom to iom");
  }

  @Test
  void aSignatureThatDoesNotBindEveryPartyIsNotASignatureOfTheAgreement() {
    Signature onlyIom =
        Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.IOM)).build();
    Procedure procedure = uponSignature(FIRST, onlyIom).build();
    assertEquals(Optional.of(onlyIom), procedure.signature());
    assertEquals(Optional.empty(), procedure.bindingSignature());
    assertEquals(Optional.empty(), procedure.entryIntoForce());
    Status status = procedure.statusIgnoringSupersessionOn(DAY.plusYears(1));
    assertEquals(Stage.NEGOTIATED, status.stage());
    assertEquals(Optional.empty(), status.signedOn());
    Irregularity irregularity = procedure.irregularities().get(0);
    assertEquals(IrregularityKind.SIGNATURE_INCOMPLETE, irregularity.kind());
    assertEquals(
        new Irregularity.SignatureIncomplete(onlyIom, Actors.UNITED_NATIONS), irregularity);
    assertEquals(onlyIom, irregularity.event());
    assertEquals(DAY, irregularity.date());
    assertEquals(
        "the signature of 19 September 2016 has no signatory for un; it does not bind every party,"
            + " so it is not a signature of the agreement, which does not enter into force by it",
        Sentences.irregularity(irregularity, ActorId::value));
    // Under a signed-first rule too.
    Procedure signedFirst =
        Procedure.builder()
            .instrument(FIRST)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
            .events(onlyIom, Approval.of(Actors.GENERAL_ASSEMBLY, DAY.plusDays(1)))
            .build();
    assertEquals(Optional.empty(), signedFirst.entryIntoForce());
    assertEquals(
        List.of(IrregularityKind.SIGNATURE_INCOMPLETE),
        signedFirst.irregularities().stream().map(Irregularity::kind).toList());
  }

  @Test
  void beforeItsFirstDatedEventAnInstrumentDoesNotExist() {
    Procedure procedure = uponSignature(FIRST, signature(DAY)).build();
    assertEquals(Optional.of(DAY), procedure.firstEventDate());
    assertEquals(
        Stage.NOT_YET_IN_EXISTENCE,
        procedure.statusIgnoringSupersessionOn(DAY.minusDays(1)).stage());
    assertEquals(Stage.IN_FORCE, procedure.statusIgnoringSupersessionOn(DAY).stage());
    // With no dated event, nothing is recorded by any day: the same answer as before the first.
    assertEquals(
        Stage.NOT_YET_IN_EXISTENCE,
        uponSignature(FIRST).build().statusIgnoringSupersessionOn(DAY).stage());
    // A notification dated before any approval shows that a text exists.
    Procedure notifiedFirst =
        Procedure.builder()
            .instrument(FIRST)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY))
            .events(
                Notification.of(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, DAY))
            .build();
    assertEquals(Stage.NEGOTIATED, notifiedFirst.statusIgnoringSupersessionOn(DAY).stage());
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
  void rulesDescribeThemselvesNamingActorsForPeople() {
    ActorNames names =
        actor ->
            actor.equals(Actors.GENERAL_ASSEMBLY)
                ? "the General Assembly"
                : actor.equals(Actors.IOM_COUNCIL) ? "the IOM Council" : actor.value();
    assertEquals(
        "in force upon signature", Sentences.rule(ApprovalsThenSignature.uponSignature(), names));
    assertEquals(
        "approved by the General Assembly and the IOM Council, each approval notified in writing to"
            + " the other party, then in force upon signature",
        Sentences.rule(
            ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL), names));
    assertEquals(
        "in force on the date of the later of the approvals by the IOM Council",
        Sentences.rule(LaterOfApprovals.withoutNotification(Actors.IOM_COUNCIL), names));
    assertEquals(
        "signed, then in force on the date of the approval by the General Assembly",
        Sentences.rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY), names));
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
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(LaterOfApprovals.withoutNotification(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
            .events(
                Approval.of(Actors.IOM_COUNCIL, DAY.plusDays(3)),
                Approval.of(Actors.GENERAL_ASSEMBLY, DAY))
            .build();
    assertEquals(
        List.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL),
        procedure.approvals().stream().map(Approval::organ).toList());
    assertEquals(Optional.of(DAY.plusDays(3)), procedure.entryIntoForce());
    assertEquals(List.of(), procedure.irregularities());
    assertEquals(Optional.empty(), procedure.lastApprovalBy(Set.of()));
    assertEquals(Optional.empty(), procedure.lastApprovalBy(Set.of(Actors.SECURITY_COUNCIL)));
    Status before = procedure.statusIgnoringSupersessionOn(DAY.plusDays(2));
    assertEquals(Stage.APPROVED_IN_PART, before.stage());
    assertEquals(Optional.empty(), before.signedOn());
    assertEquals(Stage.IN_FORCE, procedure.statusIgnoringSupersessionOn(DAY.plusDays(3)).stage());
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
    assertEquals(Optional.of(second), succession.successorOf(FIRST));
    assertRejected(() -> succession.procedure(THIRD), "no procedure for " + THIRD);
    assertRejected(() -> Succession.of(List.of(first, first)), "two procedures for " + FIRST);
  }

  @Test
  void aSuccessionHasNoCycleAndOneSuccessorForEach() {
    Procedure first = uponSignature(FIRST, signature(DAY)).supersedes(THIRD).build();
    Procedure second = uponSignature(SECOND, signature(DAY)).supersedes(FIRST).build();
    Procedure third = uponSignature(THIRD, signature(DAY)).supersedes(SECOND).build();
    assertRejected(
        () -> Succession.of(first, second, third),
        "the supersessions form a cycle through " + FIRST);
    Procedure alsoSupersedingFirst = uponSignature(THIRD, signature(DAY)).supersedes(FIRST).build();
    Procedure plainFirst = uponSignature(FIRST, signature(DAY)).build();
    assertRejected(
        () -> Succession.of(plainFirst, second, alsoSupersedingFirst),
        "two instruments supersede " + FIRST + "; a succession has one successor for each");
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

  @Test
  void eventsOfOneDayComeInAStableOrder() {
    Procedure procedure =
        Procedure.builder()
            .instrument(FIRST)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(ApprovalsThenSignature.of(Actors.IOM_COUNCIL, Actors.GENERAL_ASSEMBLY))
            .events(
                Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL),
                Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY),
                Notification.of(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, DAY),
                Notification.undated(Actors.UNITED_NATIONS, Actors.IOM, Actors.IOM_COUNCIL),
                Approval.of(Actors.IOM_COUNCIL, DAY),
                Approval.of(Actors.GENERAL_ASSEMBLY, DAY))
            .build();
    assertEquals(
        List.of(Actors.IOM_COUNCIL, Actors.GENERAL_ASSEMBLY),
        procedure.approvals().stream().map(Approval::organ).toList());
    assertEquals(
        List.of(
            "iom.council iom " + DAY,
            "un.general-assembly un " + DAY,
            "iom.council iom ?",
            "iom.council un ?"),
        procedure.notifications().stream()
            .map(
                each ->
                    each.reports()
                        + " "
                        + each.sender()
                        + " "
                        + each.date().map(LocalDate::toString).orElse("?"))
            .toList());
    // Two undated notifications of the IOM Council's approval, one for the Assembly's missing:
    // on one day, by kind, then organ, then sender.
    List<Irregularity> irregularities = procedure.irregularities();
    assertEquals(
        List.of(
            "NOTIFICATION_DATE_UNKNOWN iom.council iom",
            "NOTIFICATION_DATE_UNKNOWN iom.council un"),
        irregularities.stream()
            .map(
                each ->
                    each.kind()
                        + " "
                        + each.actors().stream().map(ActorId::value).collect(joining(" ")))
            .toList());
    assertEquals(
        "the date of the notification by iom of the approval by iom.council is not known; it is"
            + " presumed to have been made in time, and the status is unaffected",
        Sentences.irregularity(irregularities.get(0), ActorId::value));
  }

  @Test
  void irregularitiesOfOneDayAreOrderedByKindOrganAndParty() {
    Signature onlyIom =
        Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.IOM)).build();
    Signature onlyUn =
        Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.UNITED_NATIONS)).build();
    Approval council = Approval.of(Actors.IOM_COUNCIL, DAY);
    Approval assembly = Approval.of(Actors.GENERAL_ASSEMBLY, DAY);
    List<Irregularity> sorted =
        java.util.stream.Stream.<Irregularity>of(
                new Irregularity.NotificationMissing(council),
                new Irregularity.SignatureIncomplete(onlyIom, Actors.UNITED_NATIONS),
                new Irregularity.NotificationMissing(assembly),
                new Irregularity.SignatureIncomplete(onlyUn, Actors.IOM))
            .sorted(Irregularity.ORDER)
            .toList();
    assertEquals(
        List.of(
            "SIGNATURE_INCOMPLETE iom",
            "SIGNATURE_INCOMPLETE un",
            "NOTIFICATION_MISSING iom.council",
            "NOTIFICATION_MISSING un.general-assembly"),
        sorted.stream().map(each -> each.kind() + " " + each.actors().get(0).value()).toList());
  }

  @Test
  void anIrregularityHoldsOnlyFactsThatMakeItOne() {
    Signature signature = signature(DAY);
    Approval later = Approval.of(Actors.IOM_COUNCIL, DAY.plusDays(1));
    assertRejected(
        () -> new Irregularity.SignatureIncomplete(signature, Actors.IOM), "iom did sign on");
    assertRejected(
        () -> new Irregularity.ApprovalBeforeSignature(later, signature),
        "an approval of 2016-09-20 does not precede the signature of 2016-09-19");
    assertRejected(
        () -> new Irregularity.SignatureBeforeApproval(signature(DAY.plusDays(2)), later),
        "a signature of 2016-09-21 does not precede the approval of 2016-09-20");
    Notification dated =
        Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY);
    assertRejected(
        () -> new Irregularity.NotificationDateUnknown(later, dated),
        "the notification is dated Optional[2016-09-19]");
    assertRejected(
        () -> new Irregularity.NotificationAfterSignature(later, dated, signature),
        "the notification is not dated after the signature of 2016-09-19");
    assertRejected(
        () ->
            new Irregularity.NotificationBeforeApproval(
                Approval.of(Actors.IOM_COUNCIL, DAY), dated),
        "the notification is not dated before the approval of 2016-09-19");
    assertRejected(
        () ->
            new Irregularity.NotificationBeforeApproval(
                Approval.of(Actors.GENERAL_ASSEMBLY, DAY.plusDays(1)), dated),
        "the notification reports the approval by iom.council, not by un.general-assembly");
  }
}
