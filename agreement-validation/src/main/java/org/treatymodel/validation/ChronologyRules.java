package org.treatymodel.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * Dates against each other and against today: nothing happens in the future, no text cites what did
 * not yet exist, an approval bears the date of the resolution that records it. The order of
 * approvals, notifications and signature is the procedure rules' concern.
 */
final class ChronologyRules {
  private ChronologyRules() {}

  /**
   * The relations whose target exists before the instrument that relates to it. Not those that
   * approve or transmit an agreement: an agreement is dated by its signature, which may follow the
   * resolution that approves it and the note that presents its text (A/70/976 of 8 July 2016).
   */
  private static final Set<RelationKind> BACKWARD =
      EnumSet.of(
          RelationKind.RECALLS,
          RelationKind.TAKES_NOTE_OF,
          RelationKind.SUPERSEDES,
          RelationKind.REPLIES_TO,
          RelationKind.ADOPTS_DRAFT,
          RelationKind.IMPLEMENTS);

  static final Rule NOTHING_AFTER_TODAY =
      Rule.of(
          "CHRON-001",
          Severity.ERROR,
          "no event and no instrument is dated after today",
          ChronologyRules::nothingAfterToday);

  static final Rule TEXT_CITES_EARLIER =
      Rule.of(
          "CHRON-002",
          Severity.ERROR,
          "the text cites no instrument dated after the text was settled",
          ChronologyRules::textCitesEarlier);

  static final Rule RELATIONS_POINT_BACK =
      Rule.of(
          "CHRON-003",
          Severity.ERROR,
          "an instrument recalls, notes, supersedes, replies to, adopts or implements only"
              + " instruments dated no later than itself",
          ChronologyRules::relationsPointBack);

  static final Rule APPROVAL_DATED_AS_ITS_RECORD =
      Rule.of(
          "CHRON-004",
          Severity.ERROR,
          "an approval bears the date of the resolution or decision that records it",
          ChronologyRules::approvalDatedAsItsRecord);

  static final RuleSet SET =
      RuleSet.of(
          "chronology",
          NOTHING_AFTER_TODAY,
          TEXT_CITES_EARLIER,
          RELATIONS_POINT_BACK,
          APPROVAL_DATED_AS_ITS_RECORD);

  private static void nothingAfterToday(Inspection inspection) {
    LocalDate today = inspection.today();
    Agreement dossier = inspection.dossier();
    for (Procedure procedure : inspection.procedures()) {
      for (ProcedureEvent event : procedure.events()) {
        Optional<LocalDate> when = event.when();
        if (when.isPresent() && when.get().isAfter(today)) {
          inspection.report(
              Location.of(procedure.instrument(), event),
              "dated "
                  + Dates.forPeople(when.get())
                  + ", after today ("
                  + Dates.forPeople(today)
                  + "); record events once they have happened");
        }
      }
    }
    for (Instrument instrument : dossier.instruments()) {
      if (instrument.date().isPresent() && instrument.date().get().isAfter(today)) {
        inspection.report(
            Location.of(instrument.id()),
            instrument.shortTitle()
                + " is dated "
                + Dates.forPeople(instrument.date().get())
                + ", after today ("
                + Dates.forPeople(today)
                + ")");
      }
    }
    for (TimelineEvent event : dossier.otherEvents()) {
      if (event.date().isAfter(today)) {
        inspection.report(
            Location.of(
                event.instruments().isEmpty() ? dossier.instrument() : event.instruments().get(0)),
            "the event \""
                + event.description()
                + "\" is dated "
                + Dates.forPeople(event.date())
                + ", after today ("
                + Dates.forPeople(today)
                + ")");
      }
    }
  }

  /**
   * The date by which the text was settled: the earlier of the agreement's own date and the first
   * event of its procedure (an organ approves a text that exists).
   */
  private static Optional<LocalDate> settled(Agreement dossier) {
    Optional<LocalDate> own =
        dossier.findInstrument(dossier.instrument()).flatMap(Instrument::date);
    Optional<LocalDate> first = dossier.procedure().firstEventDate();
    if (own.isPresent() && first.isPresent()) {
      return Optional.of(own.get().isBefore(first.get()) ? own.get() : first.get());
    }
    return own.isPresent() ? own : first;
  }

  private static void textCitesEarlier(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Optional<LocalDate> settled = settled(dossier);
    if (settled.isEmpty()) {
      return;
    }
    for (CrossReference reference : dossier.crossReferences()) {
      reference
          .targetInstrument()
          .ifPresent(cited -> citesLater(inspection, reference.source(), cited, settled.get()));
    }
  }

  private static void citesLater(
      Inspection inspection, ProvisionId source, InstrumentId cited, LocalDate settled) {
    Optional<LocalDate> date = inspection.dossier().findInstrument(cited).flatMap(Instrument::date);
    if (date.isPresent() && date.get().isAfter(settled)) {
      inspection.report(
          Location.of(source),
          "the text cites "
              + inspection.titleOf(cited)
              + " of "
              + Dates.forPeople(date.get())
              + ", but was settled by "
              + Dates.forPeople(settled)
              + "; a text cannot cite what did not yet exist: check both dates");
    }
  }

  private static void relationsPointBack(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Instrument instrument : dossier.instruments()) {
      if (instrument.date().isEmpty()) {
        continue;
      }
      LocalDate own = instrument.date().get();
      for (InstrumentRelation relation : instrument.relations()) {
        Optional<LocalDate> target =
            dossier.findInstrument(relation.target()).flatMap(Instrument::date);
        if (BACKWARD.contains(relation.kind()) && target.isPresent() && target.get().isAfter(own)) {
          inspection.report(
              Location.of(instrument.id()),
              instrument.shortTitle()
                  + " of "
                  + Dates.forPeople(own)
                  + " "
                  + relation.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " "
                  + inspection.titleOf(relation.target())
                  + " of "
                  + Dates.forPeople(target.get())
                  + ", which is later; check both dates");
        }
      }
    }
  }

  private static void approvalDatedAsItsRecord(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      for (Approval approval : procedure.approvals()) {
        Optional<Instrument> record =
            approval.record().flatMap(inspection.dossier()::findInstrument);
        if (record.isPresent()
            && record.get().date().isPresent()
            && !record.get().date().get().equals(approval.date())) {
          inspection.report(
              Location.of(procedure.instrument(), approval),
              "the approval by "
                  + inspection.nameOf(approval.organ())
                  + " is dated "
                  + Dates.forPeople(approval.date())
                  + ", but "
                  + record.get().shortTitle()
                  + ", which records it, is dated "
                  + Dates.forPeople(record.get().date().get())
                  + "; an organ approves by the resolution, on its date");
        }
      }
    }
  }
}
