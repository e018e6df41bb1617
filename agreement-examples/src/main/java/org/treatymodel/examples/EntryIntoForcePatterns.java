package org.treatymodel.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Walkthrough 4, entry-into-force patterns: how relationship agreements of the United Nations come
 * into force. The 2016 Agreement (Article 16(1): approvals, notifications, then signature) beside
 * the agreements with the IAEA (1957: in force on the later approval), the International Seabed
 * Authority (1997) and the CTBTO Preparatory Commission (2000), both signed first and approved by
 * the General Assembly after. For each, the rule and a small table: each event, and the status it
 * leaves, computed by the model from the events alone.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java
 * -Dexample=EntryIntoForcePatterns}.
 */
public final class EntryIntoForcePatterns {
  private EntryIntoForcePatterns() {}

  /** Prints the patterns. */
  public static void main(String[] args) {
    System.out.print(render());
  }

  /** The four agreements, each with its rule and the status after each of its events. */
  public static String render() {
    Catalogue names = names();
    Handout out = new Handout();
    out.heading("Entry-into-force patterns of relationship agreements", '=');
    out.wrapped(
        "",
        "Each status is computed from the recorded events by the agreement's rule. Events"
            + " without a date (the 2016 notifications, whose dates are not public) are not shown;"
            + " an approval the rule does not require (the ISA Assembly's, the CTBTO Preparatory"
            + " Commission's own) is shown but changes no status.");
    out.blank();
    List<Procedure> procedures =
        List.of(
            RelationshipAgreements.unIom2016(),
            RelationshipAgreements.unIaea1957(),
            RelationshipAgreements.unIsa1997(),
            RelationshipAgreements.unCtbtoPreparatoryCommission2000());
    for (Procedure procedure : procedures) {
      out.heading(Prose.capitalised(names.titleOf(procedure.instrument())), '-');
      out.wrapped("  Rule: ", Sentences.rule(procedure.rule(), names) + ".");
      List<List<String>> rows = new ArrayList<>();
      for (ProcedureEvent event : dated(procedure)) {
        rows.add(
            List.of(
                Dates.forPeople(event.when().orElseThrow()),
                procedure.statusIgnoringSupersessionOn(event.when().orElseThrow()).stage().label(),
                describe(names, event)));
      }
      out.table("  ", List.of("Date", "Status after it", "Event"), rows);
      out.line(
          "  In force: "
              + procedure
                  .entryIntoForce()
                  .map(Dates::forPeople)
                  .orElse("not by the recorded events"));
      out.blank();
    }
    return out.toString();
  }

  /** The names of the 2016 Agreement's dossier and of the other relationship agreements. */
  private static Catalogue names() {
    Agreement agreement = UnIomAgreement.agreement();
    Catalogue others = RelationshipAgreements.catalogue();
    Map<ActorId, Actor> actors = new LinkedHashMap<>();
    agreement.actors().forEach(actor -> actors.put(actor.id(), actor));
    others.actors().forEach(actor -> actors.putIfAbsent(actor.id(), actor));
    Map<InstrumentId, Instrument> instruments = new LinkedHashMap<>();
    agreement.instruments().forEach(instrument -> instruments.put(instrument.id(), instrument));
    others
        .instruments()
        .forEach(instrument -> instruments.putIfAbsent(instrument.id(), instrument));
    return Catalogue.of(actors.values(), instruments.values());
  }

  private static List<ProcedureEvent> dated(Procedure procedure) {
    return procedure.events().stream()
        .filter(event -> event.when().isPresent())
        .sorted(java.util.Comparator.comparing(event -> event.when().orElseThrow()))
        .toList();
  }

  private static String describe(Catalogue names, ProcedureEvent event) {
    return event.match(
        approval ->
            "approved by "
                + names.nameOf(approval.organ())
                + approval.record().map(record -> " (" + names.titleOf(record) + ")").orElse(""),
        notification -> "notified by " + names.nameOf(notification.sender()),
        signature -> "signed" + signature.place().map(place -> " in " + place).orElse(""));
  }
}
