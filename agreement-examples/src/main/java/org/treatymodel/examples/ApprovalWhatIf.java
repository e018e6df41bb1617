package org.treatymodel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.IrregularityKind;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.RuleCode;
import org.treatymodel.validation.Rules;
import org.treatymodel.validation.Validator;

/**
 * Walkthrough 2, approval what-if: Article 16(1) says the Agreement "shall be approved by the
 * General Assembly of the United Nations and by the Council of the International Organization for
 * Migration", that the parties "shall notify each other in writing of the date of such approval",
 * and that it "shall thereafter enter into force upon signature". This walkthrough replays those
 * events on dates of your choosing, one at a time in date order, and after each shows where the
 * Agreement stands and what the procedure rules of the validation module say.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java
 * -Dexample=ApprovalWhatIf -Dexec.args="signature=2016-07-01"}. The events are {@code council},
 * {@code assembly}, {@code iom-notifies}, {@code un-notifies} and {@code signature}; those not
 * given keep their recorded dates (the notifications have none: they are presumed made in time).
 * Without arguments it replays what happened. A malformed argument is a one-line message and exit
 * status 2.
 */
public final class ApprovalWhatIf {
  private ApprovalWhatIf() {}

  /** The exit status for a command line this walkthrough does not understand. */
  public static final int USAGE = 2;

  /** The events of Article 16(1) as the command line names them. */
  static final List<String> EVENTS =
      List.of("council", "assembly", "iom-notifies", "un-notifies", "signature");

  private static final String USAGE_LINE =
      "usage: [event=date]..., the events council, assembly, iom-notifies, un-notifies and"
          + " signature, the dates as 2016-09-19";

  /** Runs the walkthrough and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Replays the events with the dates {@code args} give.
   *
   * @return 0, or {@value #USAGE} for an argument it does not understand
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String event = equals < 0 ? arg : arg.substring(0, equals);
      if (equals < 0 || !EVENTS.contains(event)) {
        err.println("not an event=date: \"" + Arguments.shown(arg) + "\"; " + USAGE_LINE);
        return USAGE;
      }
      try {
        dates.put(event, LocalDate.parse(arg.substring(equals + 1)));
      } catch (DateTimeParseException e) {
        err.println("not a date: \"" + Arguments.shown(arg) + "\"; " + USAGE_LINE);
        return USAGE;
      }
    }
    out.print(render(UnIomAgreement.agreement(), dates));
    return 0;
  }

  /** The replay of the canonical procedure with the events in {@code dates} moved. */
  public static String render(Agreement agreement, Map<String, LocalDate> dates) {
    Procedure recorded = agreement.procedure();
    List<ProcedureEvent> events = events(recorded, dates);
    Handout out = new Handout();
    out.heading("Approval what-if: Article 16(1) replayed", '=');
    out.wrapped("", "The rule: " + Sentences.rule(recorded.rule(), agreement) + ".");
    out.wrapped(
        "",
        dates.isEmpty()
            ? "The events as they happened."
            : "Moved: "
                + Prose.and(
                    dates.entrySet().stream()
                        .map(entry -> entry.getKey() + " to " + Dates.forPeople(entry.getValue()))
                        .toList())
                + "; the other events as recorded.");
    out.blank();
    List<Notification> undated =
        events.stream()
            .filter(event -> event.when().isEmpty())
            .flatMap(
                event ->
                    event.match(
                        approval -> Stream.<Notification>empty(),
                        Stream::of,
                        signature -> Stream.<Notification>empty()))
            .toList();
    List<ProcedureEvent> dated =
        events.stream()
            .filter(event -> event.when().isPresent())
            .sorted(Comparator.comparing(event -> event.when().orElseThrow()))
            .toList();
    // The notes on undated notifications (PROC-005) would repeat at every step.
    Validator validator = Validator.of(Rules.PROCEDURE).without(RuleCode.of("PROC-005"));
    List<ProcedureEvent> sofar = new ArrayList<>();
    int step = 0;
    for (ProcedureEvent event : dated) {
      sofar.add(event);
      step++;
      LocalDate day = event.when().orElseThrow();
      out.line(step + ". " + Dates.forPeople(day) + ": " + describe(agreement, event));
      Optional<ActorId> approving =
          event.match(
              approval -> Optional.of(approval.organ()),
              notification -> Optional.empty(),
              signature -> Optional.empty());
      if (approving.isPresent()) {
        // An undated notification is presumed made in time: with the approval it reports.
        for (Notification notification : undated) {
          if (notification.reports().equals(approving.get())) {
            sofar.add(notification);
            out.wrapped(
                "   + ", describe(agreement, notification) + " (undated, presumed made in time)");
          }
        }
      }
      Agreement replayed = with(agreement, sofar);
      out.line("   status: " + replayed.statusOn(day).stage().label());
      Report report =
          validator
              .withClock(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
              .validate(replayed);
      if (!report.isClean()) {
        out.report("   ", report);
      }
      out.blank();
    }
    Agreement replayed = with(agreement, sofar);
    Optional<LocalDate> inForce = replayed.entryIntoForce();
    boolean irregular =
        replayed.procedure().irregularities().stream()
            .anyMatch(
                irregularity -> irregularity.kind() == IrregularityKind.SIGNATURE_BEFORE_APPROVAL);
    out.wrapped(
        "",
        inForce
            .map(
                date ->
                    irregular
                        ? "In force from "
                            + Dates.forPeople(date)
                            + " by the model's reading of events out of the order of Article 16(1)"
                            + " (a signature before an approval takes effect on that approval); a"
                            + " lawyer may read \"thereafter\" more strictly."
                        : "In force from " + Dates.forPeople(date) + ".")
            .orElse("Not in force: the rule is not met by these events."));
    return out.toString();
  }

  private static Agreement with(Agreement agreement, List<ProcedureEvent> events) {
    return agreement.withProcedure(agreement.procedure().withEvents(events));
  }

  /** The recorded events, those named in {@code dates} moved (and stripped of their records). */
  static List<ProcedureEvent> events(Procedure recorded, Map<String, LocalDate> dates) {
    List<ProcedureEvent> events = new ArrayList<>();
    for (Approval approval : recorded.approvals()) {
      String name =
          approval.organ().equals(Actors.IOM_COUNCIL)
              ? "council"
              : approval.organ().equals(Actors.GENERAL_ASSEMBLY) ? "assembly" : "";
      events.add(
          dates.containsKey(name) ? Approval.of(approval.organ(), dates.get(name)) : approval);
    }
    for (Notification notification : recorded.notifications()) {
      String name = notification.sender().equals(Actors.IOM) ? "iom-notifies" : "un-notifies";
      events.add(
          dates.containsKey(name)
              ? Notification.of(
                  notification.sender(),
                  notification.recipient(),
                  notification.reports(),
                  dates.get(name))
              : notification);
    }
    recorded
        .signature()
        .ifPresent(
            signature ->
                events.add(
                    dates.containsKey("signature")
                        ? Signature.builder()
                            .date(dates.get("signature"))
                            .signatories(signature.signatories())
                            .build()
                        : signature));
    return events;
  }

  private static String describe(Agreement agreement, ProcedureEvent event) {
    return event.match(
        approval -> "approval by " + agreement.nameOf(approval.organ()),
        notification ->
            "written notification by "
                + agreement.nameOf(notification.sender())
                + " of the approval by "
                + agreement.nameOf(notification.reports()),
        signature ->
            "signature by "
                + Prose.and(
                    signature.signatories().stream()
                        .map(
                            signatory ->
                                signatory.name().orElse(agreement.nameOf(signatory.party())))
                        .toList()));
  }
}
