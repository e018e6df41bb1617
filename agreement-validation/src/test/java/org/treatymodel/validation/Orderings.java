package org.treatymodel.validation;

import static org.treatymodel.validation.Dossiers.CANONICAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.Location;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The eight events of the ordering properties, an ordering of them in time, the dossier it makes,
 * and an oracle written from Articles 15 and 16 over the order alone.
 *
 * <p>The events: the approvals of the Agreement by the General Assembly and the IOM Council, the
 * written notification of each, its signature; an amendment's approvals by both organs and the
 * IOM's notification of the Council's approval (the United Nations' notification is never made). An
 * ordering gives the events distinct dates a week apart, in its order, from 2 January 2017.
 */
final class Orderings {
  private Orderings() {}

  /** The eight events. */
  enum Event {
    GA_APPROVAL,
    COUNCIL_APPROVAL,
    GA_NOTIFICATION,
    COUNCIL_NOTIFICATION,
    SIGNATURE,
    AMENDMENT_GA_APPROVAL,
    AMENDMENT_COUNCIL_APPROVAL,
    AMENDMENT_COUNCIL_NOTIFICATION;

    boolean ofTheAmendment() {
      return name().startsWith("AMENDMENT");
    }
  }

  static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 2);
  static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2017");
  static final ProvisionId ADDED = ProvisionId.article(16).paragraph(3);

  /** The events in time order, and their dates. */
  record Ordering(ImmutableList<Event> order) {
    int position(Event event) {
      return order.indexOf(event);
    }

    LocalDate date(Event event) {
      return FIRST_DAY.plusWeeks(position(event));
    }

    /** Each event's date, and the day before: where the status can change. */
    List<LocalDate> probes() {
      List<LocalDate> probes = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        probes.add(FIRST_DAY.plusWeeks(i).minusDays(1));
        probes.add(FIRST_DAY.plusWeeks(i));
      }
      probes.add(FIRST_DAY.plusWeeks(order.size()));
      return probes;
    }
  }

  /** The model's value for {@code event} on {@code date}. */
  static ProcedureEvent value(Event event, LocalDate date) {
    return switch (event) {
      case GA_APPROVAL, AMENDMENT_GA_APPROVAL -> Approval.of(Actors.GENERAL_ASSEMBLY, date);
      case COUNCIL_APPROVAL, AMENDMENT_COUNCIL_APPROVAL -> Approval.of(Actors.IOM_COUNCIL, date);
      case GA_NOTIFICATION ->
          Notification.of(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, date);
      case COUNCIL_NOTIFICATION, AMENDMENT_COUNCIL_NOTIFICATION ->
          Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, date);
      case SIGNATURE ->
          Signature.builder()
              .from(CANONICAL.procedure().signature().orElseThrow())
              .date(date)
              .build();
    };
  }

  /**
   * The canonical dossier with the events of {@code ordering}, recorded in {@code recording} order
   * (events of the other instrument skipped), and the amendment.
   */
  static Agreement dossier(Ordering ordering, List<Event> recording) {
    List<ProcedureEvent> agreement = new ArrayList<>();
    List<ProcedureEvent> amendment = new ArrayList<>();
    for (Event event : recording) {
      (event.ofTheAmendment() ? amendment : agreement).add(value(event, ordering.date(event)));
    }
    return dossier(agreement, amendment);
  }

  static Agreement dossier(Ordering ordering) {
    return dossier(ordering, ordering.order());
  }

  static Agreement dossier(List<ProcedureEvent> agreement, List<ProcedureEvent> amendment) {
    return Agreement.builder()
        .from(CANONICAL)
        .procedure(Procedure.builder().from(CANONICAL.procedure()).events(agreement).build())
        .amendments(
            Amendment.builder()
                .instrument(AMENDMENT)
                .changes(
                    TextChange.addParagraph(
                        16,
                        Paragraph.builder()
                            .number(3)
                            .text("A paragraph added by the amendment.")
                            .build()))
                .procedure(
                    Procedure.builder()
                        .instrument(AMENDMENT)
                        .parties(Actors.UNITED_NATIONS, Actors.IOM)
                        .rule(CANONICAL.amendmentRule().orElseThrow())
                        .events(amendment)
                        .build())
                .build())
        .instruments(
            Dossiers.plus(
                CANONICAL.instruments(),
                Instrument.builder()
                    .id(AMENDMENT)
                    .kind(InstrumentKind.AGREEMENT)
                    .title("An amendment of the 2016 Agreement")
                    .provenance("test")
                    .build()))
        .build();
  }

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
