package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** The canonical dossier and small, deliberate changes to it, for tests. */
final class Dossiers {
  private Dossiers() {}

  static final Agreement CANONICAL = UnIomAgreement.agreement();

  static final String ARTICLE_4 =
      "The International Organization for Migration may, if it decides it to be appropriate, submit"
          + " reports on its activities to the General Assembly through the Secretary-General.";

  /** The canonical dossier, changed by {@code change}. */
  static Agreement changed(UnaryOperator<Agreement.Builder> change) {
    return change.apply(Agreement.builder().from(CANONICAL)).build();
  }

  static Agreement withText(UnaryOperator<AgreementText.Builder> change) {
    return changed(
        dossier ->
            dossier.text(change.apply(AgreementText.builder().from(CANONICAL.text())).build()));
  }

  static Agreement withProcedure(UnaryOperator<Procedure.Builder> change) {
    return changed(
        dossier ->
            dossier.procedure(
                change.apply(Procedure.builder().from(CANONICAL.procedure())).build()));
  }

  /** The canonical procedure's events without those {@code drop} accepts, with {@code more}. */
  static List<ProcedureEvent> events(Predicate<ProcedureEvent> drop, ProcedureEvent... more) {
    List<ProcedureEvent> events = new ArrayList<>();
    for (ProcedureEvent event : CANONICAL.procedure().events()) {
      if (!drop.test(event)) {
        events.add(event);
      }
    }
    events.addAll(Arrays.asList(more));
    return events;
  }

  static Approval approvalBy(ActorId organ) {
    return CANONICAL.procedure().approvalBy(organ).orElseThrow();
  }

  static Signature signature() {
    return CANONICAL.procedure().signature().orElseThrow();
  }

  static Notification notificationOf(ActorId organ) {
    return CANONICAL.procedure().notificationsOf(organ).get(0);
  }

  @SafeVarargs
  static <T> ImmutableList<T> plus(List<T> values, T... more) {
    ImmutableList.Builder<T> all = ImmutableList.<T>builder().addAll(values);
    for (T value : more) {
      all.add(value);
    }
    return all.build();
  }

  static <T> ImmutableList<T> without(List<T> values, Predicate<? super T> drop) {
    return values.stream().filter(drop.negate()).collect(ImmutableList.toImmutableList());
  }

  static Agreement plusNorms(Norm... norms) {
    return changed(dossier -> dossier.norms(plus(CANONICAL.norms(), norms)));
  }

  static Agreement plusInstruments(Instrument... instruments) {
    return changed(dossier -> dossier.instruments(plus(CANONICAL.instruments(), instruments)));
  }

  /** A norm in Article 4's words, anchored at {@code provision} as number {@code ordinal}. */
  static Norm.Builder article4Norm(String provision, int ordinal) {
    return Norm.builder()
        .id(NormId.of(ProvisionId.parse(provision), ordinal))
        .force(ForcePhrase.MAY)
        .bearers(Actors.IOM)
        .action("submit reports")
        .words(ARTICLE_4);
  }

  static Instrument.Builder instrument(String id, LocalDate date) {
    return Instrument.builder()
        .id(InstrumentId.of(id))
        .kind(InstrumentId.of(id).designatedKind().orElse(InstrumentKind.NOTE))
        .title("A test instrument " + id)
        .date(date)
        .provenance("test");
  }

  /** The canonical dossier with {@code amendments}, each also catalogued as an instrument. */
  static Agreement withAmendments(Amendment... amendments) {
    List<Instrument> instruments = new ArrayList<>(CANONICAL.instruments());
    for (Amendment amendment : amendments) {
      Instrument.Builder instrument =
          Instrument.builder()
              .id(amendment.instrument())
              .kind(InstrumentKind.AGREEMENT)
              .title("the amendment " + amendment.instrument())
              .provenance("test");
      amendment.entryIntoForce().ifPresent(instrument::date);
      instruments.add(instrument.build());
    }
    return changed(
        dossier -> dossier.amendments(Arrays.asList(amendments)).instruments(instruments));
  }

  /**
   * An amendment {@code id} of Article 15, approved by the General Assembly and the IOM Council on
   * {@code approvals} (none: pending), each notified the next day, making {@code changes}.
   */
  static Amendment amendment(String id, List<LocalDate> approvals, TextChange... changes) {
    return amendment(id, CANONICAL.amendmentRule().orElseThrow(), approvals, changes);
  }

  static Amendment amendment(
      String id, EntryIntoForceRule rule, List<LocalDate> approvals, TextChange... changes) {
    InstrumentId instrument = InstrumentId.of(id);
    List<ProcedureEvent> events = new ArrayList<>();
    if (!approvals.isEmpty()) {
      events.add(Approval.of(Actors.GENERAL_ASSEMBLY, approvals.get(0)));
      events.add(
          Notification.of(
              Actors.UNITED_NATIONS,
              Actors.IOM,
              Actors.GENERAL_ASSEMBLY,
              approvals.get(0).plusDays(1)));
      events.add(Approval.of(Actors.IOM_COUNCIL, approvals.get(1)));
      events.add(
          Notification.of(
              Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, approvals.get(1).plusDays(1)));
    }
    return Amendment.builder()
        .instrument(instrument)
        .changes(changes)
        .procedure(
            Procedure.builder()
                .instrument(instrument)
                .parties(Actors.UNITED_NATIONS, Actors.IOM)
                .rule(rule)
                .events(events)
                .build())
        .build();
  }
}
