package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.internal.Prose;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;

/**
 * Derives the history of an {@link Agreement} from the facts recorded once: its instruments, the
 * events of the procedures of its succession, and its other events. An instrument that records an
 * approval (a resolution) is told with the approval; an agreement dated on the day it was signed is
 * told with the signature; an entry into force on the day of signature, and the supersession it
 * brings, are told with the signature too. So each event appears once.
 */
final class Histories {
  private Histories() {}

  static Timeline of(Agreement agreement) {
    Catalogue catalogue = agreement.catalogue();
    Set<InstrumentId> toldWithAnEvent = new HashSet<>();
    ImmutableList.Builder<TimelineEvent> fromProcedures = ImmutableList.builder();
    for (Procedure procedure : agreement.succession().procedures()) {
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
    ImmutableList.Builder<TimelineEvent> events = ImmutableList.builder();
    for (Instrument instrument : agreement.instruments()) {
      if (instrument.date().isPresent() && !toldWithAnEvent.contains(instrument.id())) {
        events.add(instrument(catalogue, instrument));
      }
    }
    return Timeline.of(
        events.addAll(fromProcedures.build()).addAll(agreement.otherEvents()).build());
  }

  private static TimelineEvent instrument(Catalogue catalogue, Instrument instrument) {
    String what;
    if (instrument.kind() == InstrumentKind.LETTER
        && instrument.issuedBy().isPresent()
        && instrument.addressedTo().isPresent()) {
      what =
          capitalised(catalogue.nameOf(instrument.issuedBy().get()))
              + " writes to "
              + catalogue.nameOf(instrument.addressedTo().get())
              + ": "
              + instrument.title();
    } else if (instrument.shortTitle().equals(instrument.title())) {
      what = capitalised(instrument.title());
    } else {
      what = capitalised(instrument.shortTitle()) + ": " + instrument.title();
    }
    return TimelineEvent.builder()
        .date(instrument.date().orElseThrow())
        .description(what)
        .instruments(instrument.id())
        .provenance(instrument.provenance())
        .build();
  }

  private static TimelineEvent approval(
      Catalogue catalogue, Procedure procedure, String title, Approval approval) {
    String description =
        capitalised(catalogue.nameOf(approval.organ()))
            + " approves "
            + title
            + approval.record().map(record -> " by " + catalogue.titleOf(record)).orElse("")
            + approval.details().map(details -> ", " + details).orElse("");
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
        .description(
            capitalised(catalogue.nameOf(notification.sender()))
                + " notifies "
                + catalogue.nameOf(notification.recipient())
                + " in writing of the approval by "
                + catalogue.nameOf(notification.reports()))
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
    StringBuilder description =
        new StringBuilder(capitalised(title))
            .append(" is signed")
            .append(signature.place().map(place -> " in " + place).orElse(""))
            .append(" by ")
            .append(
                Prose.and(
                    signature.signatories().stream()
                        .map(each -> signatory(catalogue, each))
                        .toList()))
            .append(signature.details().map(details -> ", " + details).orElse(""));
    ImmutableList.Builder<InstrumentId> instruments =
        ImmutableList.<InstrumentId>builder().add(procedure.instrument());
    if (inForce.equals(Optional.of(signature.date()))) {
      description.append("; it enters into force upon signature");
      procedure
          .supersedes()
          .ifPresent(
              previous -> {
                description
                    .append(" and supersedes and replaces ")
                    .append(catalogue.titleOf(previous));
                instruments.add(previous);
              });
    }
    return TimelineEvent.builder()
        .date(signature.date())
        .description(description.toString())
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

  private static String signatory(Catalogue catalogue, Signatory signatory) {
    Optional<String> office = signatory.office().map(catalogue::nameOf);
    return signatory
        .name()
        .map(name -> office.map(held -> held.replaceFirst("^the ", "") + " ").orElse("") + name)
        .orElse("a representative of " + catalogue.nameOf(signatory.party()));
  }

  private static TimelineEvent entryIntoForce(
      Catalogue catalogue, Procedure procedure, String title, LocalDate date) {
    ImmutableList.Builder<InstrumentId> instruments =
        ImmutableList.<InstrumentId>builder().add(procedure.instrument());
    procedure.supersedes().ifPresent(instruments::add);
    return TimelineEvent.builder()
        .date(date)
        .description(
            capitalised(title)
                + " enters into force"
                + procedure
                    .supersedes()
                    .map(previous -> " and supersedes and replaces " + catalogue.titleOf(previous))
                    .orElse(""))
        .instruments(instruments.build())
        .provenance(
            catalogue
                .findInstrument(procedure.instrument())
                .map(Instrument::provenance)
                .orElse("the procedure of " + title))
        .build();
  }

  /** A name at the head of a sentence; an identifier (of an actor the catalogue lacks) as it is. */
  private static String capitalised(String text) {
    boolean identifier =
        text.indexOf(' ') < 0 && (text.indexOf('.') >= 0 || text.indexOf('/') >= 0);
    return text.isEmpty() || identifier
        ? text
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
