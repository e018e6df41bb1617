package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
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
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The eight events of Articles 15 and 16 whose orderings in time the validation module's property
 * tests enumerate (and the benchmarks time), an ordering of them, and the dossier it makes: the
 * canonical Agreement with those events and an amendment.
 *
 * <p>The events: the approvals of the Agreement by the General Assembly and the IOM Council, the
 * written notification of each, its signature; an amendment's approvals by both organs and the
 * IOM's notification of the Council's approval (the United Nations' notification is never made). An
 * ordering gives the events distinct dates a week apart, in its order, from 2 January 2017.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Orderings {
  private Orderings() {}

  private static final Agreement CANONICAL = UnIomAgreement.agreement();

  /** The eight events. */
  public enum Event {
    GA_APPROVAL,
    COUNCIL_APPROVAL,
    GA_NOTIFICATION,
    COUNCIL_NOTIFICATION,
    SIGNATURE,
    AMENDMENT_GA_APPROVAL,
    AMENDMENT_COUNCIL_APPROVAL,
    AMENDMENT_COUNCIL_NOTIFICATION;

    /** Whether the event belongs to the amendment's procedure. */
    public boolean ofTheAmendment() {
      return name().startsWith("AMENDMENT");
    }
  }

  /** The date of the first event of every ordering; the others follow a week apart. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 2);

  /** The amendment whose approvals and notification are among the events. */
  public static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2017");

  /** The paragraph the amendment adds. */
  public static final ProvisionId ADDED = ProvisionId.article(16).paragraph(3);

  /** The events in time order, and their dates. */
  public record Ordering(ImmutableList<Event> order) {
    /** Where {@code event} stands in the order, from 0. */
    public int position(Event event) {
      return order.indexOf(event);
    }

    /** The date of {@code event}: a week per position from {@link #FIRST_DAY}. */
    public LocalDate date(Event event) {
      return FIRST_DAY.plusWeeks(position(event));
    }

    /** Each event's date, and the day before: where the status can change. */
    public List<LocalDate> probes() {
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
  public static ProcedureEvent value(Event event, LocalDate date) {
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
  public static Agreement dossier(Ordering ordering, List<Event> recording) {
    List<ProcedureEvent> agreement = new ArrayList<>();
    List<ProcedureEvent> amendment = new ArrayList<>();
    for (Event event : recording) {
      (event.ofTheAmendment() ? amendment : agreement).add(value(event, ordering.date(event)));
    }
    return dossier(agreement, amendment);
  }

  /** The dossier of {@code ordering}, its events recorded in time order. */
  public static Agreement dossier(Ordering ordering) {
    return dossier(ordering, ordering.order());
  }

  /**
   * The canonical dossier with {@code agreement} as the events of its procedure, and the amendment
   * with {@code amendment} as the events of its own.
   */
  public static Agreement dossier(List<ProcedureEvent> agreement, List<ProcedureEvent> amendment) {
    return Agreement.builder()
        .from(CANONICAL)
        .procedure(Procedure.builder().from(CANONICAL.procedure()).events(agreement).build())
        .amendments(
            List.of(
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
                    .build()))
        .instruments(
            ImmutableList.<Instrument>builder()
                .addAll(CANONICAL.instruments())
                .add(
                    Instrument.builder()
                        .id(AMENDMENT)
                        .kind(InstrumentKind.AGREEMENT)
                        .title("An amendment of the 2016 Agreement")
                        .provenance("test")
                        .build())
                .build())
        .build();
  }
}
