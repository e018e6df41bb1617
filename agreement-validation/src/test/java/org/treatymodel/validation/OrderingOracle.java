package org.treatymodel.validation;

import static org.treatymodel.testkit.Orderings.AMENDMENT;
import static org.treatymodel.testkit.Orderings.FIRST_DAY;
import static org.treatymodel.testkit.Orderings.value;
import static org.treatymodel.validation.Dossiers.CANONICAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.testkit.Orderings.Event;
import org.treatymodel.testkit.Orderings.Ordering;

/** The oracle of the ordering properties, and diagnostics as comparable entries. */
final class OrderingOracle {
  private OrderingOracle() {}

  /**
   * What Articles 15 and 16 say of an ordering, read over the order alone, with the interpretation
   * choices the model documents: the Agreement is in force once it is signed and both organs have
   * approved it (a signature before an approval waits for it); an amendment on the later of its
   * approvals, taking effect no earlier than the Agreement; notifications delay nothing.
   */
  record Oracle(Ordering ordering) {
    private ProcedureEvent event(Event event) {
      return value(event, ordering.date(event));
    }

    private int at(Event event) {
      return ordering.position(event);
    }

    private LocalDate date(int position) {
      return FIRST_DAY.plusWeeks(position);
    }

    /** Article 16(1): approved by both organs, notified, "thereafter" in force upon signature. */
    LocalDate agreementInForce() {
      return date(
          Collections.max(
              List.of(at(Event.SIGNATURE), at(Event.GA_APPROVAL), at(Event.COUNCIL_APPROVAL))));
    }

    /** Article 15: "on the date of the later of the said approvals". */
    LocalDate amendmentInForce() {
      return date(Math.max(at(Event.AMENDMENT_GA_APPROVAL), at(Event.AMENDMENT_COUNCIL_APPROVAL)));
    }

    /** An amendment has no effect before the Agreement it amends. */
    LocalDate amendmentTakesEffect() {
      LocalDate amendment = amendmentInForce();
      LocalDate agreement = agreementInForce();
      return amendment.isBefore(agreement) ? agreement : amendment;
    }

    /** The Agreement's stage on {@code day}, from the events of that day or before. */
    Stage stageOn(LocalDate day) {
      boolean ga = !date(at(Event.GA_APPROVAL)).isAfter(day);
      boolean council = !date(at(Event.COUNCIL_APPROVAL)).isAfter(day);
      int first =
          Collections.min(
              List.of(
                  at(Event.GA_APPROVAL),
                  at(Event.COUNCIL_APPROVAL),
                  at(Event.GA_NOTIFICATION),
                  at(Event.COUNCIL_NOTIFICATION),
                  at(Event.SIGNATURE)));
      if (!agreementInForce().isAfter(day)) {
        return Stage.IN_FORCE;
      } else if (ga && council) {
        return Stage.APPROVED;
      } else if (ga || council) {
        return Stage.APPROVED_IN_PART;
      } else if (!date(at(Event.SIGNATURE)).isAfter(day)) {
        return Stage.SIGNED;
      } else if (day.isBefore(date(first))) {
        return Stage.NOT_YET_IN_EXISTENCE;
      }
      return Stage.NEGOTIATED;
    }

    /**
     * The diagnostics of the rules on procedures, chronology, amendments and succession, as "CODE
     * at location", sorted: a signature before an approval (PROC-001, once per approval), a
     * notification before its approval (PROC-006) or after the signature (PROC-007), the
     * amendment's General Assembly approval never notified (PROC-004), an amendment in force before
     * the Agreement (AMEND-005, at its later approval).
     */
    List<String> diagnostics() {
      List<String> expected = new ArrayList<>();
      InstrumentId agreement = CANONICAL.instrument();
      for (Event approval : List.of(Event.GA_APPROVAL, Event.COUNCIL_APPROVAL)) {
        if (at(approval) > at(Event.SIGNATURE)) {
          expected.add(entry("PROC-001", agreement, event(Event.SIGNATURE)));
        }
      }
      notification(expected, Event.GA_NOTIFICATION, Event.GA_APPROVAL, agreement);
      notification(expected, Event.COUNCIL_NOTIFICATION, Event.COUNCIL_APPROVAL, agreement);
      expected.add(entry("PROC-004", AMENDMENT, event(Event.AMENDMENT_GA_APPROVAL)));
      if (at(Event.AMENDMENT_COUNCIL_NOTIFICATION) < at(Event.AMENDMENT_COUNCIL_APPROVAL)) {
        expected.add(entry("PROC-006", AMENDMENT, event(Event.AMENDMENT_COUNCIL_NOTIFICATION)));
      }
      if (amendmentInForce().isBefore(agreementInForce())) {
        Event later =
            at(Event.AMENDMENT_GA_APPROVAL) > at(Event.AMENDMENT_COUNCIL_APPROVAL)
                ? Event.AMENDMENT_GA_APPROVAL
                : Event.AMENDMENT_COUNCIL_APPROVAL;
        expected.add(entry("AMEND-005", AMENDMENT, event(later)));
      }
      Collections.sort(expected);
      return expected;
    }

    private void notification(
        List<String> expected, Event notification, Event approval, InstrumentId agreement) {
      if (at(notification) < at(approval)) {
        expected.add(entry("PROC-006", agreement, event(notification)));
      }
      if (at(notification) > at(Event.SIGNATURE)) {
        expected.add(entry("PROC-007", agreement, event(notification)));
      }
    }
  }

  static String entry(String code, InstrumentId instrument, ProcedureEvent event) {
    return code + " at " + Location.of(instrument, event);
  }

  /** The diagnostics of {@code report} as "CODE at location", sorted. */
  static List<String> entries(Report report) {
    return report.diagnostics().stream()
        .map(d -> d.code() + " at " + d.location())
        .sorted()
        .toList();
  }
}
