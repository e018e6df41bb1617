package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The places the codec puts what the canonical document does not hold: a dated notification as a
 * workflow step (the one encoding of an event's facts, on a step), and a cross-reference whose
 * words do not stand alone in its provision, apart in {@code <proprietary>}.
 */
class CodecPlacementsTest {
  private static final Agreement CANONICAL = UnIomAgreement.agreement();

  private static Agreement withDatedNotification() {
    List<ProcedureEvent> events = new ArrayList<>(CANONICAL.procedure().events());
    events.add(
        Notification.of(
            Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, LocalDate.of(2016, 7, 1)));
    return CANONICAL.withProcedure(CANONICAL.procedure().withEvents(events));
  }

  @Test
  void aDatedNotificationIsAStepWithItsFactsAndComesBackEqual() {
    Agreement dossier = withDatedNotification();
    String written = AkomaNtoso.write(dossier);
    assertTrue(
        written.contains(
            "<step date=\"2016-07-01\" by=\"#iom\" refersTo=\"#tm_notification\""
                + " tm:recipient=\"un\" tm:reports=\"iom.council\"/>"),
        "the notification's facts on its step");
    assertEquals(dossier, AkomaNtoso.read(written));
    AkomaNtoso.validate(written);
  }

  @Test
  void aStepWithoutOneOfItsFactsNamesIt() {
    String written = AkomaNtoso.write(withDatedNotification());
    AkomaNtosoException error =
        assertThrows(
            AkomaNtosoException.class,
            () -> AkomaNtoso.read(written.replace(" tm:recipient=\"un\"", "")));
    assertTrue(
        String.valueOf(error.getMessage())
            .contains("expected tm:recipient on the step of a notification"),
        error.getMessage());
    assertTrue(error.line() > 0, "at the step's line");
  }

  @Test
  void aReferenceWhoseWordsAreNotInItsProvisionIsWrittenApartAndComesBackEqual() {
    CrossReference apart =
        CrossReference.toInstrument(
            ProvisionId.article(1), Instruments.CHARTER_OF_THE_UNITED_NATIONS, "the Charter");
    List<CrossReference> references = new ArrayList<>(CANONICAL.crossReferences());
    references.add(apart);
    Agreement dossier = Agreement.builder().from(CANONICAL).crossReferences(references).build();
    String written = AkomaNtoso.write(dossier);
    assertTrue(written.contains("<tm:references>"), "the reference apart");
    assertTrue(written.contains("source=\"art_1\""), written.length() + " characters");
    Agreement read = AkomaNtoso.read(written);
    assertEquals(dossier, read);
    assertTrue(read.crossReferences().contains(apart));
  }

  @Test
  void aReferenceApartHasOneTarget() {
    CrossReference apart =
        CrossReference.toProvision(ProvisionId.article(1), ProvisionId.article(2), "not there");
    List<CrossReference> references = new ArrayList<>(CANONICAL.crossReferences());
    references.add(apart);
    String written =
        AkomaNtoso.write(Agreement.builder().from(CANONICAL).crossReferences(references).build());
    assertTrue(written.contains("provision=\"art_2\""));
    AkomaNtosoException both =
        assertThrows(
            AkomaNtosoException.class,
            () ->
                AkomaNtoso.read(
                    written.replace(
                        "provision=\"art_2\"", "provision=\"art_2\" instrument=\"A/RES/70/296\"")));
    assertTrue(
        String.valueOf(both.getMessage())
            .contains("a provision or an instrument as target, not both"));
  }
}
