package org.treatymodel.agreement.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.RelationshipAgreements;

/**
 * Recording order never matters; event dates do. Checked over every ordering of small event sets
 * and over generated larger ones.
 */
class ProcedurePropertiesTest {
  private static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);
  private static final Gen<LocalDate> DATES =
      integers().between(0, 3000).map(days -> EPOCH.plusDays(days));

  /**
   * A procedure with the same parties, rule and supersession as {@code template}, events recorded
   * in {@code order}.
   */
  private static Procedure recordedIn(Procedure template, List<ProcedureEvent> order) {
    return Procedure.builder().from(template).events(order).build();
  }

  private static List<LocalDate> probeDates(Procedure procedure) {
    List<LocalDate> dates = new ArrayList<>();
    for (ProcedureEvent event : procedure.events()) {
      event
          .when()
          .ifPresent(
              date -> {
                dates.add(date.minusDays(1));
                dates.add(date);
              });
    }
    return dates;
  }

  @Test
  void everyRecordingOrderOfTheRealHistoryGivesTheSameStatus() {
    for (Procedure procedure : RelationshipAgreements.all()) {
      ImmutableList<ProcedureEvent> events = procedure.events().asList();
      for (List<ProcedureEvent> order : Collections2.permutations(events)) {
        Procedure reordered = recordedIn(procedure, order);
        assertEquals(procedure.entryIntoForce(), reordered.entryIntoForce());
        assertEquals(procedure.irregularities(), reordered.irregularities());
        for (LocalDate date : probeDates(procedure)) {
          assertEquals(
              procedure.statusIgnoringSupersessionOn(date),
              reordered.statusIgnoringSupersessionOn(date),
              procedure.instrument() + " on " + date);
        }
      }
    }
  }

  /**
   * Approvals, two notifications with possibly unknown dates, and a signature, all on generated
   * dates.
   */
  private static Procedure generated(
      LocalDate council, LocalDate assembly, LocalDate signed, int notified, long seed) {
    List<ProcedureEvent> events = new ArrayList<>();
    events.add(Approval.of(Actors.IOM_COUNCIL, council));
    events.add(Approval.of(Actors.GENERAL_ASSEMBLY, assembly));
    events.add(
        notified % 3 == 0
            ? Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL)
            : Notification.of(
                Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, council.plusDays(notified)));
    if (notified % 2 == 0) {
      events.add(
          Notification.of(
              Actors.UNITED_NATIONS,
              Actors.IOM,
              Actors.GENERAL_ASSEMBLY,
              assembly.plusDays(notified)));
    }
    events.add(
        Signature.builder()
            .date(signed)
            .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
            .build());
    Collections.shuffle(events, new Random(seed));
    return Procedure.builder()
        .instrument(InstrumentId.of("agreement/un+iom/2020-01-01"))
        .parties(Actors.UNITED_NATIONS, Actors.IOM)
        .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
        .events(events)
        .build();
  }

  /**
   * The order in which events are recorded changes nothing a user can observe: the date of entry
   * into force, the irregularities, and the status on the day before and the day of every event.
   * (Comparing the procedures themselves would prove nothing: their events are a set.)
   */
  @Test
  void shuffledRecordingGivesTheSameStatusEntryIntoForceAndIrregularities() {
    // One generated number gives both the notification offset and the shuffling seed.
    qt().forAll(DATES, DATES, DATES, longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (council, assembly, signed, seed) -> {
              int notified = (int) (seed % 61) - 30;
              Procedure inOneOrder = generated(council, assembly, signed, notified, 1L);
              Procedure inAnother = generated(council, assembly, signed, notified, seed);
              assertEquals(inOneOrder.entryIntoForce(), inAnother.entryIntoForce());
              assertEquals(inOneOrder.irregularities(), inAnother.irregularities());
              for (LocalDate date : probeDates(inOneOrder)) {
                assertEquals(
                    inOneOrder.statusIgnoringSupersessionOn(date),
                    inAnother.statusIgnoringSupersessionOn(date),
                    date.toString());
              }
            });
  }

  @Test
  void recordingAnEventTwiceChangesNothing() {
    for (Procedure procedure : RelationshipAgreements.all()) {
      List<ProcedureEvent> twice = new ArrayList<>(procedure.events());
      twice.addAll(procedure.events());
      Procedure again = recordedIn(procedure, twice);
      assertEquals(procedure.entryIntoForce(), again.entryIntoForce());
      assertEquals(procedure.irregularities(), again.irregularities());
      for (LocalDate date : probeDates(procedure)) {
        assertEquals(
            procedure.statusIgnoringSupersessionOn(date), again.statusIgnoringSupersessionOn(date));
      }
    }
  }

  @Test
  void article16EntryIntoForceIsTheLaterOfSignatureAndApprovals() {
    qt().forAll(DATES, DATES, DATES, integers().between(-30, 30))
        .checkAssert(
            (council, assembly, signed, notified) -> {
              LocalDate expected = max(max(council, assembly), signed);
              Procedure procedure = generated(council, assembly, signed, notified, 7L);
              assertEquals(expected, procedure.entryIntoForce().orElseThrow());
              boolean signedFirst = signed.isBefore(max(council, assembly));
              assertEquals(
                  signedFirst,
                  procedure.irregularities().stream()
                      .anyMatch(
                          irregularity ->
                              irregularity.kind() == IrregularityKind.SIGNATURE_BEFORE_APPROVAL));
            });
  }

  @Test
  void statusNeverGoesBackwardsAndIsInForceExactlyFromEntryIntoForce() {
    qt().forAll(DATES, DATES, DATES, integers().between(-30, 30))
        .checkAssert(
            (council, assembly, signed, notified) -> {
              Procedure procedure = generated(council, assembly, signed, notified, 3L);
              LocalDate inForce = procedure.entryIntoForce().orElseThrow();
              Stage previous = Stage.NOT_YET_IN_EXISTENCE;
              for (LocalDate date = EPOCH.minusDays(1);
                  !date.isAfter(EPOCH.plusDays(3100));
                  date = date.plusDays(97)) {
                Status status = procedure.statusIgnoringSupersessionOn(date);
                assertTrue(
                    status.stage().compareTo(previous) >= 0,
                    previous + " then " + status.stage() + " on " + date);
                assertEquals(!date.isBefore(inForce), status.isInForce(), date.toString());
                previous = status.stage();
              }
            });
  }

  @Test
  void laterOfApprovalsIsTheMaximumWhateverTheOrder() {
    qt().forAll(DATES, DATES)
        .checkAssert(
            (first, second) -> {
              Procedure procedure =
                  Procedure.builder()
                      .instrument(InstrumentId.of("agreement/un+iom/2021-01-01"))
                      .parties(Actors.UNITED_NATIONS, Actors.IOM)
                      .rule(LaterOfApprovals.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
                      .events(
                          Approval.of(Actors.IOM_COUNCIL, first),
                          Approval.of(Actors.GENERAL_ASSEMBLY, second))
                      .build();
              assertEquals(max(first, second), procedure.entryIntoForce().orElseThrow());
            });
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
