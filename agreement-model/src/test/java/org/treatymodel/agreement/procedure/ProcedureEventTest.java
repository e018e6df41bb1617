package org.treatymodel.agreement.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.uniom.Actors;

/** The one dispatch over procedure events, and what every event says of itself. */
class ProcedureEventTest {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 30);
  private static final Approval APPROVAL = Approval.of(Actors.IOM_COUNCIL, DAY);
  private static final Notification NOTIFICATION =
      Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL);
  private static final Signature SIGNATURE =
      Signature.builder()
          .date(DAY.plusDays(1))
          .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
          .build();

  private static String kindOf(ProcedureEvent event) {
    return event.match(approval -> "approval", notification -> "notification", s -> "signature");
  }

  @Test
  void matchAppliesTheFunctionOfTheEventsKind() {
    assertEquals("approval", kindOf(APPROVAL));
    assertEquals("notification", kindOf(NOTIFICATION));
    assertEquals("signature", kindOf(SIGNATURE));
    assertEquals(ProcedureEvent.Kind.APPROVAL, APPROVAL.kind());
    assertEquals(ProcedureEvent.Kind.NOTIFICATION, NOTIFICATION.kind());
    assertEquals(ProcedureEvent.Kind.SIGNATURE, SIGNATURE.kind());
  }

  @Test
  void eachEventNamesItsActorsAndHasAStableKey() {
    assertEquals(List.of(Actors.IOM_COUNCIL), APPROVAL.actors());
    assertEquals(
        List.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL), NOTIFICATION.actors());
    assertEquals(List.of(Actors.UNITED_NATIONS, Actors.IOM), SIGNATURE.actors());
    assertEquals("approval by iom.council on 2016-06-30", APPROVAL.key());
    assertEquals(
        "notification by iom of the approval by iom.council on undated", NOTIFICATION.key());
    assertEquals("signature on 2016-07-01", SIGNATURE.key());
  }

  @Test
  void eventsOrderByDateThenKeyWithTheUndatedLast() {
    Approval later = Approval.of(Actors.GENERAL_ASSEMBLY, DAY.plusDays(1));
    assertEquals(
        List.of(APPROVAL, later, SIGNATURE, NOTIFICATION),
        java.util.stream.Stream.<ProcedureEvent>of(NOTIFICATION, SIGNATURE, later, APPROVAL)
            .sorted(ProcedureEvent.ORDER)
            .toList());
  }

  @Test
  void aCopyWithOtherEventsKeepsTheRest() {
    Procedure procedure =
        Procedure.builder()
            .instrument(org.treatymodel.agreement.uniom.Instruments.RELATIONSHIP_AGREEMENT_2016)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(ApprovalsThenSignature.uponSignature())
            .events(SIGNATURE)
            .build();
    Procedure other = procedure.withEvents(List.of(APPROVAL));
    assertEquals(List.of(APPROVAL), other.events().asList());
    assertEquals(procedure.instrument(), other.instrument());
    assertEquals(procedure.rule(), other.rule());
    assertEquals(List.of(SIGNATURE), procedure.events().asList(), "the original is unchanged");
  }
}
