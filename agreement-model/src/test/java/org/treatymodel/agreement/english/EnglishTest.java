package org.treatymodel.agreement.english;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** The English the library writes for people, in the one package that writes it. */
class EnglishTest {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 30);
  private final Agreement agreement = UnIomAgreement.agreement();

  @Test
  void piecesOfProse() {
    assertEquals("", Prose.and(List.of()));
    assertEquals("a", Prose.and(List.of("a")));
    assertEquals("a and b", Prose.and(List.of("a", "b")));
    assertEquals("a, b or c", Prose.or(List.of("a", "b", "c")));
    assertEquals("an obligation", Prose.a("obligation"));
    assertEquals("an Article", Prose.a("Article"));
    assertEquals("a paragraph", Prose.a("paragraph"));
    assertEquals("a ", Prose.a(""));
    assertEquals("1 norm", Prose.count(1, "norm"));
    assertEquals("0 norms", Prose.count(0, "norm"));
    assertEquals("3 norms", Prose.count(3, "norm"));
    assertEquals("The IOM Council", Prose.capitalised("the IOM Council"));
    assertEquals("iom.council", Prose.capitalised("iom.council"), "an identifier stays as it is");
    assertEquals("A/RES/70/296", Prose.capitalised("A/RES/70/296"));
    assertEquals("", Prose.capitalised(""));
    assertEquals("Geneva", Prose.capitalised("geneva"));
    assertEquals("25 July 2016", Dates.forPeople(LocalDate.of(2016, 7, 25)));
  }

  @Test
  void eventsAreToldWithTheirDatesAndActors() {
    ProcedureEvent approval = Approval.of(Actors.IOM_COUNCIL, DAY);
    assertEquals(
        "the approval by the IOM Council of 30 June 2016", Sentences.event(approval, agreement));
    assertEquals(
        "the notification by the United Nations of the approval by the General Assembly, of"
            + " unknown date",
        Sentences.event(
            Notification.undated(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY),
            agreement));
    assertEquals(
        "the notification by IOM of the approval by the IOM Council of 30 June 2016",
        Sentences.event(
            Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY),
            agreement));
    assertEquals(
        "the signature of 30 June 2016",
        Sentences.event(
            Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.IOM)).build(),
            agreement));
  }

  @Test
  void theTimelineIsToldAsAChronicle() {
    ActorNames ids = actor -> actor.value();
    assertEquals(
        "The 2016 Agreement enters into force",
        Chronicle.entersIntoForce(
            "the 2016 Agreement", java.util.Optional.empty(), agreement.catalogue()));
    assertEquals(
        "The 2016 Agreement enters into force and supersedes and replaces the Cooperation Agreement"
            + " of 25 June 1996",
        Chronicle.entersIntoForce(
            "the 2016 Agreement", agreement.procedure().supersedes(), agreement.catalogue()));
    assertEquals(
        "IOM notifies the United Nations in writing of the approval by the IOM Council",
        Chronicle.notifies(
            Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY),
            agreement.catalogue()));
    assertEquals(
        "iom.council",
        Sentences.event(Approval.of(Actors.IOM_COUNCIL, DAY), ids)
            .replace("the approval by ", "")
            .replace(" of 30 June 2016", ""));
  }
}
