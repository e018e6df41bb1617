package org.treatymodel.agreement.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** Each kind of irregularity: its facts, its date, the event it is about, and its sentence. */
class IrregularityTest {
  private static final LocalDate DAY = LocalDate.of(2016, 7, 1);
  private static final Agreement NAMES = UnIomAgreement.agreement();
  private static final Approval COUNCIL = Approval.of(Actors.IOM_COUNCIL, DAY);
  private static final Signature BOTH =
      Signature.builder()
          .date(DAY.plusDays(10))
          .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
          .build();
  private static final Signature EARLY =
      Signature.builder()
          .date(DAY.minusDays(10))
          .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
          .build();

  private static void check(
      Irregularity irregularity,
      IrregularityKind kind,
      LocalDate date,
      ProcedureEvent event,
      List<Object> actors,
      String sentence) {
    assertEquals(kind, irregularity.kind());
    assertEquals(date, irregularity.date());
    assertEquals(event, irregularity.event());
    assertEquals(actors, List.copyOf(irregularity.actors()));
    assertEquals(sentence, Sentences.irregularity(irregularity, NAMES));
  }

  @Test
  void signaturesAndApprovalsOutOfOrder() {
    check(
        new Irregularity.SignatureBeforeApproval(EARLY, COUNCIL),
        IrregularityKind.SIGNATURE_BEFORE_APPROVAL,
        EARLY.date(),
        EARLY,
        List.of(Actors.IOM_COUNCIL),
        "signed on 21 June 2016, before the approval by the IOM Council of 1 July 2016; entry into"
            + " force waits for that approval");
    check(
        new Irregularity.ApprovalBeforeSignature(COUNCIL, BOTH),
        IrregularityKind.APPROVAL_BEFORE_SIGNATURE,
        DAY,
        COUNCIL,
        List.of(Actors.IOM_COUNCIL),
        "approved by the IOM Council on 1 July 2016, before the signature of 11 July 2016; in force"
            + " upon signature");
    Signature onlyIom =
        Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.IOM)).build();
    check(
        new Irregularity.SignatureIncomplete(onlyIom, Actors.UNITED_NATIONS),
        IrregularityKind.SIGNATURE_INCOMPLETE,
        DAY,
        onlyIom,
        List.of(Actors.UNITED_NATIONS),
        "the signature of 1 July 2016 has no signatory for the United Nations; it does not bind"
            + " every party, so it is not a signature of the agreement, which does not enter into"
            + " force by it");
  }

  @Test
  void notifications() {
    check(
        new Irregularity.NotificationMissing(COUNCIL),
        IrregularityKind.NOTIFICATION_MISSING,
        DAY,
        COUNCIL,
        List.of(Actors.IOM_COUNCIL),
        "no written notification of the approval by the IOM Council of 1 July 2016 is recorded");
    Notification undated =
        Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL);
    check(
        new Irregularity.NotificationDateUnknown(COUNCIL, undated),
        IrregularityKind.NOTIFICATION_DATE_UNKNOWN,
        DAY,
        undated,
        List.of(Actors.IOM_COUNCIL, Actors.IOM),
        "the date of the notification by IOM of the approval by the IOM Council is not known; it is"
            + " presumed to have been made in time, and the status is unaffected");
    Notification early =
        Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY.minusDays(1));
    check(
        new Irregularity.NotificationBeforeApproval(COUNCIL, early),
        IrregularityKind.NOTIFICATION_BEFORE_APPROVAL,
        DAY.minusDays(1),
        early,
        List.of(Actors.IOM_COUNCIL, Actors.IOM),
        "the notification by IOM of 30 June 2016 reports the approval by the IOM Council of 1 July"
            + " 2016, which had not yet been given");
    Notification late =
        Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY.plusDays(20));
    check(
        new Irregularity.NotificationAfterSignature(COUNCIL, late, BOTH),
        IrregularityKind.NOTIFICATION_AFTER_SIGNATURE,
        DAY.plusDays(20),
        late,
        List.of(Actors.IOM_COUNCIL, Actors.IOM),
        "the notification by IOM of 21 July 2016 of the approval by the IOM Council comes after the"
            + " signature of 11 July 2016, which it should precede");
  }
}
