package org.treatymodel.agreement.history;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.english.Chronicle;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.Succession;

/**
 * Derives the history of an agreement from the facts recorded once: its instruments, the events of
 * the procedures of its succession, and its other events. An instrument that records an approval (a
 * resolution) is told with the approval; an agreement dated on the day it was signed is told with
 * the signature; an entry into force on the day of signature, and the supersession it brings, are
 * told with the signature too. So each event appears once.
 */
final class Timelines {
  private Timelines() {}

  static Timeline of(
      Succession succession,
      Catalogue catalogue,
      List<Instrument> instruments,
      List<TimelineEvent> otherEvents) {
    Set<InstrumentId> toldWithAnEvent = new HashSet<>();
    ImmutableList.Builder<TimelineEvent> fromProcedures = new ImmutableList.Builder();
    for (Procedure procedure : succession.procedures()) {
      String title = catalogue.titleOf(procedure.instrument());
      for (Approval approval : procedure.approvals()) {
        approval.record().ifPresent(toldWithAnEvent::add);
        fromProcedures.add(approval(catalogue, procedure, title, approval));
      }
      for (Notification notification : procedure.notifications()) {
        notification
            .date()
            .ifPresent(
                date -> fromProcedures.add(notification(catalogue, procedure, date, notification)));
      }
      Optional<Signature> signature = procedure.signature();
      Optional<LocalDate> inForce = procedure.entryIntoForce();
      signature.ifPresent(
          signed -> {
            if (catalogue
                .findInstrument(procedure.instrument())
                .flatMap(Instrument::date)
                .equals(Optional.of(signed.date()))) {
              toldWithAnEvent.add(procedure.instrument());
            }
            fromProcedures.add(signature(catalogue, procedure, title, signed, inForce));
          });
      inForce
          .filter(date -> !signature.map(Signature::date).equals(Optional.of(date)))
          .ifPresent(date -> fromProcedures.add(entryIntoForce(catalogue, procedure, title, date)));
    }
    ImmutableList.Builder<TimelineEvent> events = new ImmutableList.Builder();
    for (Instrument instrument : instruments) {
      if (instrument.date().isPresent() && !toldWithAnEvent.contains(instrument.id())) {
        events.add(instrument(catalogue, instrument));
      }
    }
    return Timeline.of(events.addAll(fromProcedures.build()).addAll(otherEvents).build());
  }

  private static TimelineEvent instrument(Catalogue catalogue, Instrument instrument) {
    String what = Chronicle.issued(instrument, catalogue);
    return TimelineEvent.builder()
        .date(instrument.date().orElseThrow())
        .description(what)
        .instruments(instrument.id())
        .provenance(instrument.provenance())
        .build();
  }

  private static TimelineEvent approval(
      Catalogue catalogue, Procedure procedure, String title, Approval approval) {
    String description = Chronicle.approves(approval, title, catalogue);
    ImmutableList.Builder<InstrumentId> instruments =
        ImmutableList.<InstrumentId>builder().add(procedure.instrument());
    approval.record().ifPresent(instruments::add);
    return TimelineEvent.builder()
        .date(approval.date())
        .description(description)
        .instruments(instruments.build())
        .provenance(
            approval
                .provenance()
                .or(
                    () ->
                        approval
                            .record()
                            .flatMap(catalogue::findInstrument)
                            .map(Instrument::provenance))
                .orElse("the procedure of " + title))
        .build();
  }

  private static TimelineEvent notification(
      Catalogue catalogue, Procedure procedure, LocalDate date, Notification notification) {
    return TimelineEvent.builder()
        .date(date)
        .description(Chronicle.notifies(notification, catalogue))
        .instruments(procedure.instrument())
        .provenance(
            notification
                .provenance()
                .orElse("the procedure of " + catalogue.titleOf(procedure.instrument())))
        .build();
  }

  private static TimelineEvent signature(
      Catalogue catalogue,
      Procedure procedure,
      String title,
      Signature signature,
      Optional<LocalDate> inForce) {
    ImmutableList.Builder<InstrumentId> instruments =
        ImmutableList.<InstrumentId>builder().add(procedure.instrument());
    boolean inForceUponSignature = inForce.equals(Optional.of(signature.date()));
    if (inForceUponSignature) {
      procedure.supersedes().ifPresent(instruments::add);
    }
    String description =
        Chronicle.signed(
            signature,
            title,
            inForceUponSignature,
            inForceUponSignature ? procedure.supersedes() : Optional.empty(),
            catalogue);
    return TimelineEvent.builder()
        .date(signature.date())
        .description(description)
        .instruments(instruments.build())
        .provenance(
            signature
                .provenance()
                .or(
                    () ->
                        catalogue
                            .findInstrument(procedure.instrument())
                            .map(Instrument::provenance))
                .orElse("the procedure of " + title))
        .build();
  }

  private static TimelineEvent entryIntoForce(
      Catalogue catalogue, Procedure procedure, String title, LocalDate date) {
    ImmutableList.Builder<InstrumentId> instruments =
        ImmutableList.<InstrumentId>builder().add(procedure.instrument());
    procedure.supersedes().ifPresent(instruments::add);
    return TimelineEvent.builder()
        .date(date)
        .description(Chronicle.entersIntoForce(title, procedure.supersedes(), catalogue))
        .instruments(instruments.build())
        .provenance(
            catalogue
                .findInstrument(procedure.instrument())
                .map(Instrument::provenance)
                .orElse("the procedure of " + title))
        .build();
  }
}
