package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.testkit.Orderings;
import org.treatymodel.testkit.Orderings.Event;
import org.treatymodel.testkit.Orderings.Ordering;
import org.treatymodel.validation.OrderingOracle.Oracle;

/**
 * Properties 2, 3, 6 and 7 of the validation issue over generated orderings of the eight events
 * (QuickTheories, which shrinks a failing ordering towards the order of the enum and prints its
 * seed); {@link AllOrderingsTest} checks property 1 on all of them.
 */
class OrderingPropertiesTest {
  private static final int ORDERINGS = 40_320;

  /** The {@code index}-th permutation of the eight events, in lexicographic order. */
  static ImmutableList<Event> permutation(int index) {
    List<Event> left = new ArrayList<>(List.of(Event.values()));
    ImmutableList.Builder<Event> order = ImmutableList.builder();
    int rest = index;
    for (int size = left.size(); size > 0; size--) {
      int block = factorial(size - 1);
      order.add(left.remove(rest / block));
      rest %= block;
    }
    return order.build();
  }

  private static int factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }

  private static final Gen<Ordering> ORDERINGS_IN_TIME =
      integers()
          .between(0, ORDERINGS - 1)
          .map(index -> new Ordering(permutation(index)))
          .describedAs(ordering -> "in time " + ordering.order());

  private static final Gen<ImmutableList<Event>> RECORDINGS =
      integers()
          .between(0, ORDERINGS - 1)
          .map(OrderingPropertiesTest::permutation)
          .describedAs(order -> "recorded " + order);

  @Test
  void permutationsAreAllDistinct() {
    assertEquals(List.of(Event.values()), permutation(0));
    assertEquals(ImmutableList.copyOf(Event.values()).reverse(), permutation(ORDERINGS - 1));
    assertEquals(
        ORDERINGS,
        java.util.stream.IntStream.range(0, ORDERINGS)
            .mapToObj(OrderingPropertiesTest::permutation)
            .distinct()
            .count());
  }

  /** Property 2: the status depends on the events' dates, never on the order they are recorded. */
  @Test
  void theStatusAndTheReportDoNotDependOnTheOrderOfRecording() {
    qt().withExamples(200)
        .forAll(ORDERINGS_IN_TIME, RECORDINGS)
        .checkAssert(
            (ordering, recording) -> {
              Agreement inTimeOrder = Orderings.dossier(ordering);
              Agreement recorded = Orderings.dossier(ordering, recording);
              assertEquals(inTimeOrder.entryIntoForce(), recorded.entryIntoForce());
              for (LocalDate day : ordering.probes()) {
                assertEquals(inTimeOrder.statusOn(day), recorded.statusOn(day));
              }
              assertEquals(validate(inTimeOrder).diagnostics(), validate(recorded).diagnostics());
            });
  }

  /**
   * Property 3: the status on a day is the status computed from the events of that day and before
   * (a prefix of the history). The irregularities may differ: a notification not yet made is
   * missing from the prefix, not from the whole.
   */
  @Test
  void theStatusOnADayIsThatOfTheEventsUpToThatDay() {
    qt().withExamples(200)
        .forAll(ORDERINGS_IN_TIME)
        .checkAssert(
            ordering -> {
              Agreement whole = Orderings.dossier(ordering);
              for (LocalDate day : ordering.probes()) {
                List<ProcedureEvent> agreement = new ArrayList<>();
                List<ProcedureEvent> amendment = new ArrayList<>();
                for (Event event : ordering.order()) {
                  if (!ordering.date(event).isAfter(day)) {
                    (event.ofTheAmendment() ? amendment : agreement)
                        .add(Orderings.value(event, ordering.date(event)));
                  }
                }
                Status expected = Orderings.dossier(agreement, amendment).statusOn(day);
                Status actual = whole.statusOn(day);
                assertEquals(expected.stage(), actual.stage(), "on " + day);
                assertEquals(expected.approvedBy(), actual.approvedBy(), "on " + day);
                assertEquals(expected.signedOn(), actual.signedOn(), "on " + day);
                assertEquals(expected.inForceSince(), actual.inForceSince(), "on " + day);
              }
            });
  }

  /** Property 6: recording every event twice changes nothing. */
  @Test
  void recordingAnEventTwiceChangesNothing() {
    qt().withExamples(200)
        .forAll(ORDERINGS_IN_TIME, RECORDINGS)
        .checkAssert(
            (ordering, recording) -> {
              List<Event> twice = new ArrayList<>(ordering.order());
              twice.addAll(recording);
              Agreement once = Orderings.dossier(ordering);
              Agreement doubled = Orderings.dossier(ordering, twice);
              assertEquals(once.procedure(), doubled.procedure());
              assertEquals(once.amendments(), doubled.amendments());
              assertEquals(validate(once).diagnostics(), validate(doubled).diagnostics());
            });
  }

  /**
   * Property 7 with the whole catalogue: an ordering that breaks a chronology or procedure rule
   * yields exactly the matching diagnostics at the events' locations, and one that respects them
   * none; the only other diagnostic is the signing clause's blanks, true of every ordering.
   */
  @Test
  void theWholeCatalogueFindsExactlyWhatTheOracleExpects() {
    String blanks = "PARTY-006 at " + Location.of(ProvisionId.conclusions().formula(2));
    qt().withExamples(300)
        .forAll(ORDERINGS_IN_TIME)
        .checkAssert(
            ordering -> {
              List<String> expected = new ArrayList<>(new Oracle(ordering).diagnostics());
              expected.add(blanks);
              expected.sort(null);
              assertEquals(expected, OrderingOracle.entries(validate(Orderings.dossier(ordering))));
            });
  }

  @Test
  void theOrderOfTheArticlesGivesNoDiagnosticOfProcedure() {
    // The order Article 16(1) describes, with the amendment after entry into force.
    Ordering regular =
        new Ordering(
            ImmutableList.of(
                Event.GA_APPROVAL,
                Event.GA_NOTIFICATION,
                Event.COUNCIL_APPROVAL,
                Event.COUNCIL_NOTIFICATION,
                Event.SIGNATURE,
                Event.AMENDMENT_GA_APPROVAL,
                Event.AMENDMENT_COUNCIL_APPROVAL,
                Event.AMENDMENT_COUNCIL_NOTIFICATION));
    assertEquals(
        List.of(
            OrderingOracle.entry(
                "PROC-004",
                Orderings.AMENDMENT,
                Orderings.value(
                    Event.AMENDMENT_GA_APPROVAL, regular.date(Event.AMENDMENT_GA_APPROVAL)))),
        new Oracle(regular).diagnostics(),
        "only the notification the amendment never made");
    assertEquals(
        new Oracle(regular).diagnostics(),
        OrderingOracle.entries(AllOrderingsTest.DATE_RULES.validate(Orderings.dossier(regular))));
  }

  private static Report validate(Agreement dossier) {
    return GeneratedDossiersTest.VALIDATOR.validate(dossier);
  }
}
