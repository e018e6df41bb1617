package org.treatymodel.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Succession;

/**
 * The instruments that govern the relationship one after another (Article 16(2)): each superseded
 * by a later one between the same parties, one at a time, the agreement last. That no instrument
 * supersedes itself, even indirectly, and that each has one successor, the succession's builder
 * guarantees.
 */
final class SuccessionRules {
  private SuccessionRules() {}

  static final Rule SUPERSEDED_IS_OLDER =
      Rule.of(
          "SUCC-001",
          Severity.ERROR,
          "a superseded instrument entered into force before the one that supersedes it",
          SuccessionRules::supersededIsOlder);

  static final Rule SAME_PARTIES =
      Rule.of(
          "SUCC-002",
          Severity.ERROR,
          "a superseded instrument is between the parties of the one that supersedes it",
          SuccessionRules::sameParties);

  static final Rule SUPERSEDED_RECORDED =
      Rule.of(
          "SUCC-003",
          Severity.ERROR,
          "the instrument a procedure supersedes has its own procedure in the dossier",
          SuccessionRules::supersededRecorded);

  static final Rule ONE_GOVERNING_INSTRUMENT =
      Rule.of(
          "SUCC-004",
          Severity.ERROR,
          "at most one instrument governs the relationship on any date",
          SuccessionRules::oneGoverningInstrument);

  static final Rule TEXT_NAMES_WHAT_IT_SUPERSEDES =
      Rule.of(
          "SUCC-005",
          Severity.WARNING,
          "the text refers to the instrument the agreement supersedes, as Article 16(2) does",
          SuccessionRules::textNamesWhatItSupersedes);

  static final Rule AGREEMENT_LAST =
      Rule.of(
          "SUCC-006",
          Severity.ERROR,
          "the agreement is the last of its succession: no predecessor supersedes it",
          SuccessionRules::agreementLast);

  static final RuleSet SET =
      RuleSet.of(
          "succession",
          SUPERSEDED_IS_OLDER,
          SAME_PARTIES,
          SUPERSEDED_RECORDED,
          ONE_GOVERNING_INSTRUMENT,
          TEXT_NAMES_WHAT_IT_SUPERSEDES,
          AGREEMENT_LAST);

  private static void supersededIsOlder(Inspection inspection) {
    Succession succession = inspection.dossier().succession();
    for (Procedure procedure : succession.procedures()) {
      Optional<Procedure> superseded = procedure.supersedes().flatMap(succession::findProcedure);
      Optional<LocalDate> own = procedure.entryIntoForce();
      Optional<LocalDate> previous = superseded.flatMap(Procedure::entryIntoForce);
      if (own.isPresent() && previous.isPresent() && !previous.get().isBefore(own.get())) {
        inspection.report(
            Location.of(procedure.instrument()),
            inspection.titleOf(procedure.instrument())
                + " enters into force on "
                + Dates.forPeople(own.get())
                + " and supersedes "
                + inspection.titleOf(superseded.get().instrument())
                + ", which enters into force only on "
                + Dates.forPeople(previous.get())
                + "; an instrument supersedes an older one");
      }
    }
  }

  private static void sameParties(Inspection inspection) {
    Succession succession = inspection.dossier().succession();
    for (Procedure procedure : succession.procedures()) {
      Optional<Procedure> superseded = procedure.supersedes().flatMap(succession::findProcedure);
      if (superseded.isPresent() && !superseded.get().parties().equals(procedure.parties())) {
        inspection.report(
            Location.of(procedure.instrument()),
            inspection.titleOf(procedure.instrument())
                + ", between "
                + AmendmentRules.names(inspection, procedure.parties())
                + ", supersedes "
                + inspection.titleOf(superseded.get().instrument())
                + ", between "
                + AmendmentRules.names(inspection, superseded.get().parties())
                + "; only the parties to an instrument can replace it");
      }
    }
  }

  private static void supersededRecorded(Inspection inspection) {
    Succession succession = inspection.dossier().succession();
    for (Procedure procedure : succession.procedures()) {
      procedure
          .supersedes()
          .filter(superseded -> succession.findProcedure(superseded).isEmpty())
          .ifPresent(
              superseded ->
                  inspection.report(
                      Location.of(procedure.instrument()),
                      inspection.titleOf(procedure.instrument())
                          + " supersedes "
                          + inspection.titleOf(superseded)
                          + ", whose procedure is not among the predecessors; record it, so that"
                          + " the governing instrument of any date can be known"));
    }
  }

  /** The period an instrument governs: from its entry into force to its successor's. */
  private record Period(InstrumentId instrument, LocalDate from, Optional<LocalDate> until) {}

  private static void oneGoverningInstrument(Inspection inspection) {
    Succession succession = inspection.dossier().succession();
    List<Period> periods = new ArrayList<>();
    for (Procedure procedure : succession.procedures()) {
      Optional<LocalDate> from = procedure.entryIntoForce();
      if (from.isEmpty()) {
        continue;
      }
      Optional<LocalDate> until =
          succession.successorOf(procedure.instrument()).flatMap(Procedure::entryIntoForce);
      if (until.isEmpty() || until.get().isAfter(from.get())) {
        periods.add(new Period(procedure.instrument(), from.get(), until));
      }
    }
    periods.sort(Comparator.comparing(Period::from).thenComparing(p -> p.instrument().value()));
    Optional<Period> open = Optional.empty();
    for (Period period : periods) {
      if (open.isPresent()
          && (open.get().until().isEmpty() || open.get().until().get().isAfter(period.from()))) {
        inspection.report(
            Location.of(period.instrument()),
            inspection.titleOf(period.instrument())
                + " is in force from "
                + Dates.forPeople(period.from())
                + ", while "
                + inspection.titleOf(open.get().instrument())
                + " still governs the relationship: two instruments would govern it at once; record"
                + " which supersedes which, or, if it does not govern the relationship (a sectoral"
                + " memorandum), keep it among the instruments rather than the predecessors");
      }
      if (open.isEmpty()
          || (open.get().until().isPresent()
              && (period.until().isEmpty()
                  || period.until().get().isAfter(open.get().until().get())))) {
        open = Optional.of(period);
      }
    }
  }

  private static void textNamesWhatItSupersedes(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    dossier
        .procedure()
        .supersedes()
        .filter(superseded -> dossier.referencesTo(superseded).isEmpty())
        .ifPresent(
            superseded ->
                inspection.report(
                    Location.of(dossier.instrument()),
                    "the procedure records that the agreement supersedes "
                        + inspection.titleOf(superseded)
                        + ", but no provision of the text refers to it; record the reference"
                        + " that states the supersession"));
  }

  private static void agreementLast(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Procedure predecessor : dossier.predecessors()) {
      if (predecessor.supersedes().equals(Optional.of(dossier.instrument()))) {
        inspection.report(
            Location.of(predecessor.instrument()),
            inspection.titleOf(predecessor.instrument())
                + ", recorded as a predecessor, supersedes the agreement itself; record it as the"
                + " agreement, or reverse the supersession");
      }
    }
  }
}
