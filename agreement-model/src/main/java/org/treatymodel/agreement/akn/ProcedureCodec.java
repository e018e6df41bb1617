package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.OWN;
import static org.treatymodel.agreement.akn.Names.SOURCE;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Reading.actorId;
import static org.treatymodel.agreement.akn.Reading.actorIds;
import static org.treatymodel.agreement.akn.Reading.bool;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.check;
import static org.treatymodel.agreement.akn.Reading.children;
import static org.treatymodel.agreement.akn.Reading.date;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expect;
import static org.treatymodel.agreement.akn.Reading.expectTm;
import static org.treatymodel.agreement.akn.Reading.instrumentId;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.reference;
import static org.treatymodel.agreement.akn.Reading.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;

/**
 * Procedures, read and written side by side: a {@code <tm:procedure>} with its parties, its
 * entry-into-force rule and its events, and the agreement's own dated events as the {@code <step>}s
 * of Akoma Ntoso's {@code <workflow>}.
 *
 * <p>An event has one encoding, its facts ({@link #write(ProcedureEvent, Facts.Out)}, {@link
 * #read}), which stands in one of two places: as the attributes of an element named after its kind
 * in a {@code <tm:procedure>}, or on a workflow step, where the standard's {@code by} holds the
 * organ that approved or the party that notified and the other facts are attributes of this
 * project's namespace.
 */
final class ProcedureCodec {
  private ProcedureCodec() {}

  // The vocabulary of procedures, shared by reading and writing.
  static final String PROCEDURE = "procedure";
  static final String WORKFLOW = "workflow";
  static final String STEP = "step";
  static final String SIGNATORY = "signatory";
  static final String APPROVALS_THEN_SIGNATURE = "approvalsThenSignature";
  static final String LATER_OF_APPROVALS = "laterOfApprovals";
  static final String SIGNATURE_THEN_APPROVAL = "signatureThenApproval";

  // The facts of events.
  private static final String ORGAN = "organ";
  private static final String SENDER = "sender";
  private static final String RECIPIENT = "recipient";
  private static final String REPORTS = "reports";
  private static final String DATE = "date";
  private static final String RECORD = "record";
  private static final String PLACE = "place";
  private static final String DETAILS = "details";
  private static final String PROVENANCE = "provenance";

  /** Where an event's facts stand. */
  interface Facts {
    /** The fact named {@code name}, if given. */
    Optional<String> get(String name);

    /** The fact named {@code name}, or an error at the element that should give it. */
    String required(String name);

    /** Where the facts are written. */
    interface Out {
      void put(String name, String value);
    }
  }

  /** The element name of an event of {@code kind} in a {@code <tm:procedure>}: {@code approval}. */
  private static String name(ProcedureEvent.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  // ---- events: one encoding ----

  /** Writes the facts of {@code event}, in a stable order; a signature's signatories apart. */
  static void write(ProcedureEvent event, Facts.Out facts) {
    event.match(
        approval -> {
          facts.put(ORGAN, approval.organ().value());
          facts.put(DATE, approval.date().toString());
          approval.record().ifPresent(record -> facts.put(RECORD, record.value()));
          approval.details().ifPresent(details -> facts.put(DETAILS, details));
          approval.provenance().ifPresent(provenance -> facts.put(PROVENANCE, provenance));
          return facts;
        },
        notification -> {
          facts.put(SENDER, notification.sender().value());
          facts.put(RECIPIENT, notification.recipient().value());
          facts.put(REPORTS, notification.reports().value());
          notification.date().ifPresent(date -> facts.put(DATE, date.toString()));
          notification.provenance().ifPresent(provenance -> facts.put(PROVENANCE, provenance));
          return facts;
        },
        signature -> {
          facts.put(DATE, signature.date().toString());
          signature.place().ifPresent(place -> facts.put(PLACE, place));
          signature.details().ifPresent(details -> facts.put(DETAILS, details));
          signature.provenance().ifPresent(provenance -> facts.put(PROVENANCE, provenance));
          return facts;
        });
  }

  /** The event of {@code kind} whose facts {@code facts} gives at {@code at}. */
  static ProcedureEvent read(ProcedureEvent.Kind kind, Element at, Facts facts) {
    return switch (kind) {
      case APPROVAL -> {
        ActorId organ = actorId(at, facts.required(ORGAN));
        LocalDate date = date(at, facts.required(DATE));
        Optional<InstrumentId> record = facts.get(RECORD).map(id -> instrumentId(at, id));
        yield built(
            at,
            () -> {
              Approval.Builder approval = Approval.builder().organ(organ).date(date);
              record.ifPresent(approval::record);
              facts.get(DETAILS).ifPresent(approval::details);
              facts.get(PROVENANCE).ifPresent(approval::provenance);
              return approval.build();
            });
      }
      case NOTIFICATION -> {
        ActorId sender = actorId(at, facts.required(SENDER));
        ActorId recipient = actorId(at, facts.required(RECIPIENT));
        ActorId reports = actorId(at, facts.required(REPORTS));
        Optional<LocalDate> date = facts.get(DATE).map(value -> date(at, value));
        yield built(
            at,
            () -> {
              Notification.Builder notification =
                  Notification.builder().sender(sender).recipient(recipient).reports(reports);
              date.ifPresent(notification::date);
              facts.get(PROVENANCE).ifPresent(notification::provenance);
              return notification.build();
            });
      }
      case SIGNATURE -> {
        LocalDate date = date(at, facts.required(DATE));
        List<Signatory> signatories = signatories(at);
        yield built(
            at,
            () -> {
              Signature.Builder signature = Signature.builder().date(date).signatories(signatories);
              facts.get(PLACE).ifPresent(signature::place);
              facts.get(DETAILS).ifPresent(signature::details);
              facts.get(PROVENANCE).ifPresent(signature::provenance);
              return signature.build();
            });
      }
    };
  }

  private static List<Signatory> signatories(Element parent) {
    List<Signatory> signatories = new ArrayList<>();
    for (Element element : parent.children()) {
      expectTm(element, SIGNATORY);
      ActorId party = actorId(element, required(element, "party"));
      Optional<String> name = element.attribute("name");
      Optional<ActorId> office = element.attribute("office").map(id -> actorId(element, id));
      check(
          element,
          name.isPresent() == office.isPresent(),
          "a signatory has a name and an office, or neither");
      signatories.add(
          built(
              element,
              () ->
                  name.isPresent()
                      ? Signatory.of(party, name.get(), office.orElseThrow())
                      : Signatory.unnamed(party)));
    }
    return signatories;
  }

  private static void signatories(XmlOut out, ProcedureEvent event) {
    event.match(
        approval -> out,
        notification -> out,
        signature -> {
          for (Signatory signatory : signature.signatories()) {
            out.open(TM_PREFIX, SIGNATORY, TM).attribute("party", signatory.party().value());
            signatory.name().ifPresent(name -> out.attribute("name", name));
            signatory.office().ifPresent(office -> out.attribute("office", office.value()));
            out.close();
          }
          return out;
        });
  }

  // ---- events in <tm:procedure> ----

  /** The facts of an event as the attributes of {@code element}. */
  private static Facts attributes(Element element) {
    return new Facts() {
      @Override
      public Optional<String> get(String name) {
        return element.attribute(name);
      }

      @Override
      public String required(String name) {
        return Reading.required(element, name);
      }
    };
  }

  private static ProcedureEvent event(Element element) {
    for (ProcedureEvent.Kind kind : ProcedureEvent.Kind.values()) {
      if (is(element, TM, name(kind))) {
        return read(kind, element, attributes(element));
      }
    }
    throw error(
        element,
        "expected <tm:approval>, <tm:notification> or <tm:signature> after the rule, found "
            + element);
  }

  private static void event(XmlOut out, ProcedureEvent event) {
    out.open(TM_PREFIX, name(event.kind()), TM);
    write(event, out::attribute);
    signatories(out, event);
    out.close();
  }

  // ---- events as workflow steps ----

  /** The facts of an event of {@code kind} on {@code step}. */
  private static Facts onStep(ProcedureEvent.Kind kind, Element step) {
    String by = kind == ProcedureEvent.Kind.APPROVAL ? ORGAN : SENDER;
    return new Facts() {
      @Override
      public Optional<String> get(String name) {
        if (name.equals(DATE)) {
          return step.attribute(DATE);
        }
        return name.equals(by)
            ? Optional.of(reference(step, "by"))
            : step.attribute("{" + TM + "}" + name);
      }

      @Override
      public String required(String name) {
        if (name.equals(DATE)) {
          return Reading.required(step, DATE);
        }
        return get(name)
            .orElseThrow(
                () -> error(step, "expected tm:" + name + " on the step of a " + name(kind)));
      }
    };
  }

  /** The agreement's dated events, from the workflow steps of {@code meta}. */
  static List<ProcedureEvent> steps(Element meta) {
    List<ProcedureEvent> steps = new ArrayList<>();
    for (Element workflow : children(meta, AKN, WORKFLOW)) {
      for (Element step : workflow.children()) {
        expect(step, AKN, STEP);
        // Every step is dated and done by an actor, whatever its kind.
        date(step, required(step, DATE));
        actorId(step, reference(step, "by"));
        String refersTo = required(step, "refersTo");
        ProcedureEvent.Kind kind = null;
        for (ProcedureEvent.Kind each : ProcedureEvent.Kind.values()) {
          if (refersTo.equals("#" + OWN + name(each))) {
            kind = each;
          }
        }
        if (kind == null) {
          throw error(
              step,
              "expected refersTo=\"#tm_approval\", \"#tm_notification\" or \"#tm_signature\" on a step, found "
                  + Texts.quote(refersTo));
        }
        steps.add(read(kind, step, onStep(kind, step)));
      }
    }
    return steps;
  }

  /** Writes {@code procedure}'s dated events, oldest first, as the steps of a workflow. */
  static void workflow(XmlOut out, Procedure procedure) {
    List<ProcedureEvent> dated =
        sorted(procedure).stream().filter(event -> event.when().isPresent()).toList();
    if (dated.isEmpty()) {
      return;
    }
    out.open("", WORKFLOW, AKN).attribute("source", SOURCE);
    for (ProcedureEvent event : dated) {
      out.open("", STEP, AKN)
          .attribute(DATE, event.when().orElseThrow().toString())
          .attribute("by", "#" + event.actors().get(0))
          .attribute("refersTo", "#" + OWN + name(event.kind()));
      write(
          event,
          (name, value) -> {
            if (!name.equals(DATE) && !name.equals(ORGAN) && !name.equals(SENDER)) {
              out.attribute(TM_PREFIX, TM, name, value);
            }
          });
      signatories(out, event);
      out.close();
    }
    out.close();
  }

  /** A procedure's events in a stable order: by date (undated last), then kind, then actors. */
  private static List<ProcedureEvent> sorted(Procedure procedure) {
    return procedure.events().stream().sorted(ProcedureEvent.ORDER).toList();
  }

  // ---- procedures ----

  /** A procedure, with {@code steps} (the workflow's events, for the agreement's own) added. */
  static Procedure read(Element element, List<ProcedureEvent> steps) {
    expectTm(element, PROCEDURE);
    InstrumentId instrument = instrumentId(element, required(element, "instrument"));
    List<ActorId> parties = actorIds(element, required(element, "parties"));
    List<Element> children = element.children();
    check(
        element, !children.isEmpty(), "expected the entry-into-force rule first in <tm:procedure>");
    EntryIntoForceRule rule = rule(children.get(0));
    List<ProcedureEvent> events = new ArrayList<>(steps);
    for (Element event : children.subList(1, children.size())) {
      events.add(event(event));
    }
    Optional<InstrumentId> supersedes =
        element.attribute("supersedes").map(id -> instrumentId(element, id));
    return built(
        element,
        () -> {
          Procedure.Builder procedure =
              Procedure.builder().instrument(instrument).parties(parties).rule(rule).events(events);
          supersedes.ifPresent(procedure::supersedes);
          return procedure.build();
        });
  }

  /**
   * Writes {@code procedure}: its parties, rule and supersession, and its events; for the
   * agreement's own procedure ({@code own}) only the undated ones, the dated being workflow steps.
   */
  static void write(XmlOut out, Procedure procedure, boolean own) {
    out.open(TM_PREFIX, PROCEDURE, TM)
        .attribute("instrument", procedure.instrument().value())
        .attribute(
            "parties",
            procedure.parties().stream().map(ActorId::value).collect(Collectors.joining(" ")));
    procedure.supersedes().ifPresent(superseded -> out.attribute("supersedes", superseded.value()));
    write(out, procedure.rule());
    for (ProcedureEvent event : sorted(procedure)) {
      if (!own || event.when().isEmpty()) {
        event(out, event);
      }
    }
    out.close();
  }

  // ---- entry-into-force rules ----

  /** The one rule {@code container} holds. */
  static EntryIntoForceRule ruleIn(Element container) {
    List<Element> children = container.children();
    check(container, children.size() == 1, "expected one rule in " + container);
    return rule(children.get(0));
  }

  private static EntryIntoForceRule rule(Element element) {
    if (is(element, TM, APPROVALS_THEN_SIGNATURE)) {
      ActorId[] approvers =
          actorIds(element, required(element, "approvers")).toArray(new ActorId[0]);
      boolean notifications = bool(element, required(element, "notifications"));
      if (approvers.length == 0 && !notifications) {
        return ApprovalsThenSignature.uponSignature();
      }
      check(
          element,
          notifications,
          "an approvals-then-signature rule with approvers requires notifications=\"true\"");
      return built(element, () -> ApprovalsThenSignature.of(approvers));
    } else if (is(element, TM, LATER_OF_APPROVALS)) {
      ActorId[] approvers =
          actorIds(element, required(element, "approvers")).toArray(new ActorId[0]);
      boolean notifications = bool(element, required(element, "notifications"));
      return built(
          element,
          () ->
              notifications
                  ? LaterOfApprovals.of(approvers)
                  : LaterOfApprovals.withoutNotification(approvers));
    } else if (is(element, TM, SIGNATURE_THEN_APPROVAL)) {
      ActorId approver = actorId(element, required(element, "approver"));
      return built(element, () -> SignatureThenApproval.of(approver));
    }
    throw error(
        element,
        "expected a rule (<tm:approvalsThenSignature>, <tm:laterOfApprovals> or <tm:signatureThenApproval>), found "
            + element);
  }

  static void write(XmlOut out, EntryIntoForceRule rule) {
    rule.match(
        then -> {
          out.open(TM_PREFIX, APPROVALS_THEN_SIGNATURE, TM);
          approvers(out, then.requiredApprovers());
          return out.attribute("notifications", String.valueOf(then.notificationsRequired()));
        },
        later -> {
          out.open(TM_PREFIX, LATER_OF_APPROVALS, TM);
          approvers(out, later.requiredApprovers());
          return out.attribute("notifications", String.valueOf(later.notificationsRequired()));
        },
        signedFirst ->
            out.open(TM_PREFIX, SIGNATURE_THEN_APPROVAL, TM)
                .attribute("approver", signedFirst.approver().value()));
    out.close();
  }

  private static void approvers(XmlOut out, Set<ActorId> approvers) {
    out.attribute(
        "approvers", approvers.stream().map(ActorId::value).collect(Collectors.joining(" ")));
  }
}
