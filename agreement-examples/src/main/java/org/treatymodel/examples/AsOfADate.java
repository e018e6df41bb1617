package org.treatymodel.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Walkthrough 6, as of a date: {@code status 2016-08-01} prints which instrument governed the
 * relationship between the United Nations and IOM on that day, where the 2016 Agreement stood
 * (Article 16: approvals, notifications, signature) and the last thing that had happened.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java -Dexample=AsOfADate
 * -Dexec.args="status 2016-08-01"}. A missing or malformed date, or an unknown command, is a
 * one-line message on standard error and exit status 2.
 */
public final class AsOfADate {
  private AsOfADate() {}

  /** The exit status for a command line this walkthrough does not understand. */
  public static final int USAGE = 2;

  private static final String USAGE_LINE =
      "usage: status <date>, the date as 2016-09-19 (year-month-day)";

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs {@code args} ({@code status <date>}), printing to {@code out}, or a one-line complaint to
   * {@code err}.
   *
   * @return 0, or {@value #USAGE} for a command line it does not understand
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !args[0].equals("status")) {
      err.println(
          (args.length == 0 ? "no command" : "unknown command \"" + Arguments.shown(args[0]) + "\"")
              + "; "
              + USAGE_LINE);
      return USAGE;
    }
    if (args.length != 2) {
      err.println(
          (args.length == 1 ? "no date given" : "one date only, " + (args.length - 1) + " given")
              + "; "
              + USAGE_LINE);
      return USAGE;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(args[1]);
    } catch (DateTimeParseException e) {
      err.println("not a date: \"" + Arguments.shown(args[1]) + "\"; " + USAGE_LINE);
      return USAGE;
    }
    out.print(render(UnIomAgreement.agreement(), date));
    return 0;
  }

  /** Where things stood on {@code date}. */
  public static String render(Agreement agreement, LocalDate date) {
    StringBuilder out = new StringBuilder();
    out.append("As of ").append(Dates.forPeople(date)).append(":\n");
    String governing =
        agreement
            .governingInstrumentOn(date)
            .map(agreement.catalogue()::titleOf)
            .orElse("no agreement between the United Nations and IOM yet");
    out.append("  governing the relationship: ").append(governing).append('\n');
    Status status = agreement.statusOn(date);
    out.append("  ")
        .append(agreement.catalogue().titleOf(agreement.instrument()))
        .append(": ")
        .append(status.stage().label())
        .append('\n');
    for (InstrumentId predecessor :
        agreement.predecessors().stream().map(procedure -> procedure.instrument()).toList()) {
      Status before = agreement.succession().statusOn(predecessor, date);
      out.append("  ")
          .append(agreement.catalogue().titleOf(predecessor))
          .append(": ")
          .append(before.stage().label())
          .append('\n');
    }
    List<TimelineEvent> past =
        agreement.history().events().stream().filter(event -> !event.date().isAfter(date)).toList();
    if (past.isEmpty()) {
      out.append("  nothing in the history had happened yet\n");
    } else {
      TimelineEvent last = past.get(past.size() - 1);
      out.append(
          new Handout()
              .wrapped("  last change: ", Dates.forPeople(last.date()) + ", " + last.description())
              .toString());
    }
    return out.toString();
  }
}
