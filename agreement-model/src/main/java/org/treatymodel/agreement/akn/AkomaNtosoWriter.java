package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.OWN;
import static org.treatymodel.agreement.akn.Names.SOURCE;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Names.iri;
import static org.treatymodel.agreement.akn.Names.token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormRole;
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
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * Writes a dossier as one Akoma Ntoso 3.0 document; {@code docs/akoma-ntoso.md} gives the mapping,
 * element by element. The text and its cross-references, the actors and the agreement's dated
 * procedure events are written where the standard has a place for them; what it has none for goes
 * in {@code <proprietary>} in this project's namespace. FRBR identification, lifecycle, temporal
 * data and the references to the superseded instrument and the amendments are derived from those,
 * for tools that read Akoma Ntoso.
 */
final class AkomaNtosoWriter {
  private final Agreement dossier;
  private final XmlOut out = new XmlOut();

  /** The cross-references written inline, by the provision whose text holds them. */
  private final Map<ProvisionId, List<Span>> inline = new HashMap<>();

  /** The cross-references that cannot be written inline: their words are not found alone. */
  private final List<CrossReference> apart = new ArrayList<>();

  /** A stretch of a provision's text that an inline element wraps. */
  private record Span(int start, int end, Optional<CrossReference> reference) {}

  private AkomaNtosoWriter(Agreement dossier) {
    this.dossier = dossier;
  }

  static String write(Agreement dossier) {
    return new AkomaNtosoWriter(dossier).document();
  }

  /**
   * Actors, instruments and procedures of agreements whose text is not in the sources, as a
   * standalone {@code tm:catalogue}: the vocabulary of {@code <proprietary>}, with actors as {@code
   * tm:actor} since there are no Akoma Ntoso references to hold them.
   */
  static String catalogue(
      List<Actor> actors, List<Instrument> instruments, List<Procedure> procedures) {
    XmlOut out = new XmlOut();
    out.open(TM_PREFIX, "catalogue", TM).namespace(TM_PREFIX, TM).attribute("version", "1.0");
    for (Actor actor : actors) {
      out.open(TM_PREFIX, "actor", TM)
          .attribute("id", actor.id().value())
          .attribute("kind", token(actor.kind()))
          .attribute("name", actor.name());
      if (!actor.shortName().equals(actor.name())) {
        out.attribute("shortName", actor.shortName());
      }
      out.close();
    }
    Vocabulary vocabulary = new Vocabulary(out);
    vocabulary.instruments(instruments);
    procedures.forEach(procedure -> vocabulary.procedure(procedure, false));
    out.close();
    return out.finish();
  }

  private String document() {
    placeReferences();
    out.open("", "akomaNtoso", AKN).namespace("", AKN).namespace(TM_PREFIX, TM);
    out.open("", "act", AKN).attribute("name", "agreement");
    meta();
    preface();
    preamble();
    body();
    conclusions();
    out.close().close();
    return out.finish();
  }

  // ---- where the cross-references go ----

  /** Each provision whose own text the document writes, with that text, in document order. */
  private Map<ProvisionId, String> texts() {
    AgreementText text = dossier.text();
    Map<ProvisionId, String> texts = new java.util.LinkedHashMap<>();
    texts.put(ProvisionId.preamble().formula(1), text.partiesFormula());
    for (int number = 1; number <= text.recitals().size(); number++) {
      texts.put(ProvisionId.recital(number), text.recital(number).text());
    }
    texts.put(ProvisionId.preamble().formula(2), text.enactingFormula());
    for (Article article : text.articles()) {
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId id = article.paragraphId(paragraph);
        if (paragraph.points().isEmpty()) {
          texts.put(id, paragraph.text());
        } else {
          ProvisionId list = id.list(1);
          texts.put(list.intro(), paragraph.text());
          for (Point point : paragraph.points()) {
            texts.put(list.point(point.label()), point.text());
          }
          paragraph.wrapUp().ifPresent(wrapUp -> texts.put(list.wrapUp(), wrapUp));
        }
      }
    }
    texts.put(ProvisionId.conclusions().formula(1), text.finalClauses().testimonium());
    texts.put(ProvisionId.conclusions().formula(2), text.finalClauses().signingClause());
    return texts;
  }

  /**
   * Places each cross-reference on the first occurrence of its words in the text of its source that
   * no other inline element covers; a recital's opening phrase is one such element. What cannot be
   * placed is written apart, in {@code <proprietary>}.
   */
  private void placeReferences() {
    Map<ProvisionId, String> texts = texts();
    for (int number = 1; number <= dossier.text().recitals().size(); number++) {
      Recital recital = dossier.text().recital(number);
      inline
          .computeIfAbsent(ProvisionId.recital(number), id -> new ArrayList<>())
          .add(new Span(0, recital.openingPhrase().length(), Optional.empty()));
    }
    for (CrossReference reference : dossier.crossReferences()) {
      String text = texts.get(reference.source());
      Optional<Span> span =
          text == null
              ? Optional.empty()
              : freeOccurrence(
                  text, reference.words(), inline.getOrDefault(reference.source(), List.of()));
      if (span.isPresent()) {
        inline
            .computeIfAbsent(reference.source(), id -> new ArrayList<>())
            .add(new Span(span.get().start(), span.get().end(), Optional.of(reference)));
      } else {
        apart.add(reference);
      }
    }
    inline.values().forEach(spans -> spans.sort(Comparator.comparingInt(Span::start)));
  }

  private static Optional<Span> freeOccurrence(String text, String words, List<Span> taken) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int start = at;
      int end = at + words.length();
      if (taken.stream().noneMatch(span -> span.start() < end && start < span.end())) {
        return Optional.of(new Span(start, end, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** A {@code <p>} holding the text of {@code provision}, with its inline elements. */
  private void paragraph(ProvisionId provision, String text) {
    out.openMixed("", "p", AKN);
    int at = 0;
    for (Span span : inline.getOrDefault(provision, List.of())) {
      if (span.start() > at) {
        out.text(text.substring(at, span.start()));
      }
      if (span.reference().isPresent()) {
        CrossReference reference = span.reference().get();
        out.open("", "ref", AKN)
            .attribute("href", href(reference))
            .text(text.substring(span.start(), span.end()))
            .close();
      } else {
        out.open("", "inline", AKN)
            .attribute("name", "openingPhrase")
            .text(text.substring(span.start(), span.end()))
            .close();
      }
      at = span.end();
    }
    if (at < text.length()) {
      out.text(text.substring(at));
    }
    out.close();
  }

  private static String href(CrossReference reference) {
    return reference
        .targetProvision()
        .map(target -> "#" + target)
        .orElseGet(() -> iri(reference.targetInstrument().orElseThrow()));
  }

  // ---- the text ----

  private void preface() {
    out.open("", "preface", AKN).open("", "longTitle", AKN);
    out.openMixed("", "p", AKN)
        .open("", "docTitle", AKN)
        .text(dossier.text().title())
        .close()
        .close();
    out.close().close();
  }

  private void preamble() {
    AgreementText text = dossier.text();
    out.open("", "preamble", AKN);
    formula("parties", ProvisionId.preamble().formula(1), text.partiesFormula());
    if (!text.recitals().isEmpty()) {
      out.open("", "recitals", AKN);
      for (int number = 1; number <= text.recitals().size(); number++) {
        ProvisionId id = ProvisionId.recital(number);
        out.open("", "recital", AKN).attribute("eId", id.toString());
        paragraph(id, text.recital(number).text());
        out.close();
      }
      out.close();
    }
    formula("enactingFormula", ProvisionId.preamble().formula(2), text.enactingFormula());
    out.close();
  }

  private void formula(String name, ProvisionId id, String text) {
    out.open("", "formula", AKN).attribute("name", name).attribute("eId", id.toString());
    paragraph(id, text);
    out.close();
  }

  private void body() {
    out.open("", "body", AKN);
    for (Article article : dossier.text().articles()) {
      out.open("", "article", AKN).attribute("eId", article.id().toString());
      out.openMixed("", "num", AKN).text("Article " + article.number()).close();
      out.openMixed("", "heading", AKN).text(article.heading()).close();
      for (Paragraph paragraph : article.paragraphs()) {
        paragraph(article, paragraph);
      }
      out.close();
    }
    out.close();
  }

  private void paragraph(Article article, Paragraph paragraph) {
    ProvisionId id = article.paragraphId(paragraph);
    out.open("", "paragraph", AKN).attribute("eId", id.toString());
    paragraph
        .number()
        .ifPresent(number -> out.openMixed("", "num", AKN).text(number + ".").close());
    if (paragraph.points().isEmpty()) {
      out.open("", "content", AKN);
      paragraph(id, paragraph.text());
      out.close();
    } else {
      ProvisionId list = id.list(1);
      out.open("", "list", AKN).attribute("eId", list.toString());
      out.open("", "intro", AKN).attribute("eId", list.intro().toString());
      paragraph(list.intro(), paragraph.text());
      out.close();
      for (Point point : paragraph.points()) {
        ProvisionId pointId = list.point(point.label());
        out.open("", "point", AKN).attribute("eId", pointId.toString());
        out.openMixed("", "num", AKN).text("(" + point.label() + ")").close();
        out.open("", "content", AKN);
        paragraph(pointId, point.text());
        out.close().close();
      }
      if (paragraph.wrapUp().isPresent()) {
        out.open("", "wrapUp", AKN).attribute("eId", list.wrapUp().toString());
        paragraph(list.wrapUp(), paragraph.wrapUp().get());
        out.close();
      }
      out.close();
    }
    out.close();
  }

  private void conclusions() {
    FinalClauses clauses = dossier.text().finalClauses();
    out.open("", "conclusions", AKN)
        .attribute(
            TM_PREFIX,
            TM,
            "languages",
            clauses.languages().stream()
                .map(language -> language.code())
                .collect(Collectors.joining(" ")));
    formula("testimonium", ProvisionId.conclusions().formula(1), clauses.testimonium());
    formula("signingClause", ProvisionId.conclusions().formula(2), clauses.signingClause());
    for (int i = 0; i < clauses.signatures().size(); i++) {
      SignatureLine line = clauses.signatures().get(i);
      out.open("", "blockContainer", AKN)
          .attribute("eId", ProvisionId.conclusions().signature(i + 1).toString());
      out.openMixed("", "p", AKN).open("", "signature", AKN);
      out.open("", "role", AKN)
          .attribute("refersTo", "#" + line.party())
          .text(line.caption())
          .close();
      out.text(" ");
      out.open("", "person", AKN)
          .attribute("refersTo", "#" + OWN + "person_" + (i + 1))
          .attribute("as", "#" + line.office())
          .text(line.signatory())
          .close();
      out.text(" ");
      out.open("", "role", AKN)
          .attribute("refersTo", "#" + line.office())
          .text(line.title())
          .close();
      out.close().close().close();
    }
    out.close();
  }

  // ---- metadata ----

  /**
   * The date the FRBR Work bears: the instrument's, else its entry into force, else its first
   * event.
   */
  private LocalDate workDate() {
    return dossier
        .findInstrument(dossier.instrument())
        .flatMap(Instrument::date)
        .or(dossier::entryIntoForce)
        .or(() -> dossier.procedure().firstEventDate())
        .orElse(LocalDate.of(1, 1, 1));
  }

  private void meta() {
    out.open("", "meta", AKN);
    identification();
    lifecycle();
    workflow();
    temporalData();
    references();
    out.open("", "proprietary", AKN).attribute("source", SOURCE);
    new Proprietary(new Vocabulary(out)).dossier();
    out.close();
    out.close();
  }

  private void identification() {
    String work = iri(dossier.instrument());
    String expression = work + "/" + dossier.text().language().code() + "@";
    String date = workDate().toString();
    out.open("", "identification", AKN).attribute("source", SOURCE);
    out.open("", "FRBRWork", AKN);
    leaf("FRBRthis", "value", work + "/!main");
    leaf("FRBRuri", "value", work);
    out.open("", "FRBRdate", AKN).attribute("date", date).attribute("name", "work").close();
    for (ActorId party : dossier.parties()) {
      leaf("FRBRauthor", "href", "#" + party);
    }
    leaf("FRBRcountry", "value", "un");
    out.close();
    out.open("", "FRBRExpression", AKN);
    leaf("FRBRthis", "value", expression + "/!main");
    leaf("FRBRuri", "value", expression);
    out.open("", "FRBRdate", AKN).attribute("date", date).attribute("name", "expression").close();
    for (ActorId party : dossier.parties()) {
      leaf("FRBRauthor", "href", "#" + party);
    }
    leaf("FRBRlanguage", "language", dossier.text().language().code());
    out.close();
    out.open("", "FRBRManifestation", AKN);
    leaf("FRBRthis", "value", expression + "/!main.xml");
    leaf("FRBRuri", "value", expression + ".akn");
    out.open("", "FRBRdate", AKN)
        .attribute("date", date)
        .attribute("name", "manifestation")
        .close();
    leaf("FRBRauthor", "href", SOURCE);
    out.close();
    out.close();
  }

  private void leaf(String name, String attribute, String value) {
    out.open("", name, AKN).attribute(attribute, value).close();
  }

  /** The original's entry into force and each amendment's, as versions of the text. */
  private void lifecycle() {
    Optional<LocalDate> inForce = dossier.entryIntoForce();
    if (inForce.isEmpty()) {
      return;
    }
    out.open("", "lifecycle", AKN).attribute("source", SOURCE);
    out.open("", "eventRef", AKN)
        .attribute("eId", OWN + "event_1")
        .attribute("date", inForce.get().toString())
        .attribute("source", "#" + OWN + "original")
        .attribute("type", "generation")
        .close();
    int number = 1;
    List<Amendment> amendments = dossier.amendments();
    for (int i = 0; i < amendments.size(); i++) {
      Optional<LocalDate> effective = dossier.consolidation().effectiveDate(amendments.get(i));
      if (effective.isPresent()) {
        number++;
        out.open("", "eventRef", AKN)
            .attribute("eId", OWN + "event_" + number)
            .attribute("date", effective.get().toString())
            .attribute("source", "#" + amendmentEId(i))
            .attribute("type", "amendment")
            .close();
      }
    }
    out.close();
  }

  /** The eId of the reference to amendment {@code index} (from 0): {@code tm_amendment_1}. */
  private static String amendmentEId(int index) {
    return OWN + "amendment_" + (index + 1);
  }

  /** The agreement's dated procedure events, oldest first. */
  private void workflow() {
    List<ProcedureEvent> dated =
        sorted(dossier.procedure()).stream().filter(event -> event.when().isPresent()).toList();
    if (dated.isEmpty()) {
      return;
    }
    out.open("", "workflow", AKN).attribute("source", SOURCE);
    for (ProcedureEvent event : dated) {
      step(event);
    }
    out.close();
  }

  private void step(ProcedureEvent event) {
    out.open("", "step", AKN).attribute("date", event.when().orElseThrow().toString());
    event.match(this::approvalStep, this::notificationStep, this::signatureStep);
    out.close();
  }

  private XmlOut approvalStep(Approval approval) {
    out.attribute("by", "#" + approval.organ()).attribute("refersTo", "#" + OWN + "approval");
    approval.record().ifPresent(record -> tm("record", record.value()));
    approval.details().ifPresent(details -> tm("details", details));
    approval.provenance().ifPresent(provenance -> tm("provenance", provenance));
    return out;
  }

  private XmlOut notificationStep(Notification notification) {
    out.attribute("by", "#" + notification.sender())
        .attribute("refersTo", "#" + OWN + "notification");
    tm("recipient", notification.recipient().value());
    tm("reports", notification.reports().value());
    notification.provenance().ifPresent(provenance -> tm("provenance", provenance));
    return out;
  }

  private XmlOut signatureStep(Signature signature) {
    out.attribute("by", "#" + signature.signatories().get(0).party())
        .attribute("refersTo", "#" + OWN + "signature");
    signature.place().ifPresent(place -> tm("place", place));
    signature.details().ifPresent(details -> tm("details", details));
    signature.provenance().ifPresent(provenance -> tm("provenance", provenance));
    for (Signatory signatory : signature.signatories()) {
      signatory(out, signatory);
    }
    return out;
  }

  private void tm(String attribute, String value) {
    out.attribute(TM_PREFIX, TM, attribute, value);
  }

  private static void signatory(XmlOut out, Signatory signatory) {
    out.open(TM_PREFIX, "signatory", TM).attribute("party", signatory.party().value());
    signatory.name().ifPresent(name -> out.attribute("name", name));
    signatory.office().ifPresent(office -> out.attribute("office", office.value()));
    out.close();
  }

  /** The period the agreement has been in force, from its entry into force. */
  private void temporalData() {
    if (dossier.entryIntoForce().isEmpty()) {
      return;
    }
    out.open("", "temporalData", AKN).attribute("source", SOURCE);
    out.open("", "temporalGroup", AKN).attribute("eId", OWN + "period_1");
    out.open("", "timeInterval", AKN)
        .attribute("start", "#" + OWN + "event_1")
        .attribute("refersTo", "#" + OWN + "inForce")
        .close();
    out.close().close();
  }

  private void references() {
    out.open("", "references", AKN).attribute("source", SOURCE);
    String expression = iri(dossier.instrument()) + "/" + dossier.text().language().code() + "@";
    out.open("", "original", AKN)
        .attribute("eId", OWN + "original")
        .attribute("href", expression)
        .attribute("showAs", dossier.catalogue().titleOf(dossier.instrument()))
        .close();
    dossier
        .procedure()
        .supersedes()
        .ifPresent(
            superseded ->
                out.open("", "activeRef", AKN)
                    .attribute("eId", OWN + "supersedes")
                    .attribute("href", iri(superseded))
                    .attribute("showAs", dossier.catalogue().titleOf(superseded))
                    .close());
    for (int i = 0; i < dossier.amendments().size(); i++) {
      InstrumentId amendment = dossier.amendments().get(i).instrument();
      out.open("", "passiveRef", AKN)
          .attribute("eId", amendmentEId(i))
          .attribute("href", iri(amendment))
          .attribute("showAs", dossier.catalogue().titleOf(amendment))
          .close();
    }
    for (Actor actor : dossier.actors()) {
      boolean role = actor.kind() == ActorKind.OFFICE || actor.kind() == ActorKind.STAFF;
      out.open("", role ? "TLCRole" : "TLCOrganization", AKN)
          .attribute("eId", actor.id().value())
          .attribute(
              "href", (role ? "/akn/ontology/roles/" : "/akn/ontology/organizations/") + actor.id())
          .attribute("showAs", actor.name())
          .attribute("shortForm", actor.shortName());
      tm("kind", token(actor.kind()));
      out.close();
    }
    List<SignatureLine> lines = dossier.text().finalClauses().signatures();
    for (int i = 0; i < lines.size(); i++) {
      out.open("", "TLCPerson", AKN)
          .attribute("eId", OWN + "person_" + (i + 1))
          .attribute("href", "/akn/ontology/persons/" + (i + 1))
          .attribute("showAs", lines.get(i).signatory())
          .close();
    }
    own("TLCOrganization", "treatymodel", "/akn/ontology/organizations/treatymodel", "treatymodel");
    own("TLCEvent", "approval", "/akn/ontology/events/approval", "approval");
    own("TLCEvent", "notification", "/akn/ontology/events/notification", "written notification");
    own("TLCEvent", "signature", "/akn/ontology/events/signature", "signature");
    own("TLCConcept", "inForce", "/akn/ontology/concepts/inForce", "in force");
    out.close();
  }

  private void own(String element, String name, String href, String showAs) {
    out.open("", element, AKN)
        .attribute("eId", OWN + name)
        .attribute("href", href)
        .attribute("showAs", showAs)
        .close();
  }

  /** A procedure's events in a stable order: by date (undated last), then kind, then actors. */
  static List<ProcedureEvent> sorted(Procedure procedure) {
    return procedure.events().stream().sorted(ProcedureEvent.ORDER).toList();
  }

  // ---- what the standard has no place for ----

  /**
   * This project's vocabulary for instruments, procedures and amendments, shared by a document's
   * {@code tm:dossier} and a standalone {@code tm:catalogue}.
   */
  private static final class Vocabulary {
    private final XmlOut out;

    Vocabulary(XmlOut out) {
      this.out = out;
    }

    private XmlOut open(String name) {
      return out.open(TM_PREFIX, name, TM);
    }

    private void text(String name, String text) {
      out.openMixed(TM_PREFIX, name, TM).text(text).close();
    }

    void instruments(List<Instrument> instruments) {
      if (instruments.isEmpty()) {
        return;
      }
      open("instruments");
      for (Instrument instrument : instruments) {
        open("instrument");
        out.attribute("id", instrument.id().value())
            .attribute("kind", instrument.kind().code())
            .attribute("title", instrument.title());
        if (!instrument.shortTitle().equals(instrument.id().symbol().orElse(instrument.title()))) {
          out.attribute("shortTitle", instrument.shortTitle());
        }
        instrument.date().ifPresent(date -> out.attribute("date", date.toString()));
        instrument.issuedBy().ifPresent(actor -> out.attribute("issuedBy", actor.value()));
        instrument.addressedTo().ifPresent(actor -> out.attribute("addressedTo", actor.value()));
        instrument.constitutes().ifPresent(actor -> out.attribute("constitutes", actor.value()));
        out.attribute("provenance", instrument.provenance());
        for (InstrumentRelation relation : instrument.relations()) {
          open("relation");
          out.attribute("kind", token(relation.kind()))
              .attribute("target", relation.target().value())
              .close();
        }
        out.close();
      }
      out.close();
    }

    /**
     * A procedure: its parties, rule and supersession; its events, except that for the agreement's
     * own procedure only the undated ones, the dated being workflow steps.
     */
    void procedure(Procedure procedure, boolean own) {
      open("procedure");
      out.attribute("instrument", procedure.instrument().value())
          .attribute(
              "parties",
              procedure.parties().stream().map(ActorId::value).collect(Collectors.joining(" ")));
      procedure
          .supersedes()
          .ifPresent(superseded -> out.attribute("supersedes", superseded.value()));
      rule(procedure.rule());
      for (ProcedureEvent event : sorted(procedure)) {
        if (!own || event.when().isEmpty()) {
          event(event);
        }
      }
      out.close();
    }

    void rule(EntryIntoForceRule rule) {
      if (rule instanceof ApprovalsThenSignature then) {
        open("approvalsThenSignature");
        approvers(then.requiredApprovers());
        out.attribute("notifications", String.valueOf(then.notificationsRequired()));
      } else if (rule instanceof LaterOfApprovals later) {
        open("laterOfApprovals");
        approvers(later.requiredApprovers());
        out.attribute("notifications", String.valueOf(later.notificationsRequired()));
      } else {
        open("signatureThenApproval");
        out.attribute("approver", ((SignatureThenApproval) rule).approver().value());
      }
      out.close();
    }

    private void approvers(java.util.Set<ActorId> approvers) {
      out.attribute(
          "approvers", approvers.stream().map(ActorId::value).collect(Collectors.joining(" ")));
    }

    private void event(ProcedureEvent event) {
      event.match(this::approval, this::notification, this::signature);
      out.close();
    }

    private XmlOut approval(Approval approval) {
      open("approval");
      out.attribute("organ", approval.organ().value())
          .attribute("date", approval.date().toString());
      approval.record().ifPresent(record -> out.attribute("record", record.value()));
      approval.details().ifPresent(details -> out.attribute("details", details));
      approval.provenance().ifPresent(provenance -> out.attribute("provenance", provenance));
      return out;
    }

    private XmlOut notification(Notification notification) {
      open("notification");
      out.attribute("sender", notification.sender().value())
          .attribute("recipient", notification.recipient().value())
          .attribute("reports", notification.reports().value());
      notification.date().ifPresent(date -> out.attribute("date", date.toString()));
      notification.provenance().ifPresent(provenance -> out.attribute("provenance", provenance));
      return out;
    }

    private XmlOut signature(Signature signature) {
      open("signature");
      out.attribute("date", signature.date().toString());
      signature.place().ifPresent(place -> out.attribute("place", place));
      signature.details().ifPresent(details -> out.attribute("details", details));
      signature.provenance().ifPresent(provenance -> out.attribute("provenance", provenance));
      signature.signatories().forEach(signatory -> signatory(out, signatory));
      return out;
    }

    void amendments(List<Amendment> amendments) {
      if (amendments.isEmpty()) {
        return;
      }
      open("amendments");
      for (Amendment amendment : amendments) {
        open("amendment");
        out.attribute("instrument", amendment.instrument().value());
        procedure(amendment.procedure(), false);
        open("changes");
        for (TextChange change : amendment.changes()) {
          change(change);
        }
        out.close().close();
      }
      out.close();
    }

    private void change(TextChange change) {
      if (change instanceof TextChange.ReplaceArticle replace) {
        open("replaceArticle");
        article(replace.replacement());
      } else if (change instanceof TextChange.AddArticle add) {
        open("addArticle");
        article(add.article());
      } else if (change instanceof TextChange.RemoveArticle remove) {
        open("removeArticle");
        out.attribute("article", String.valueOf(remove.number()));
      } else if (change instanceof TextChange.ReplaceParagraph replace) {
        open("replaceParagraph");
        out.attribute("article", String.valueOf(replace.article()))
            .attribute("number", String.valueOf(replace.number()));
        paragraph(replace.replacement());
      } else if (change instanceof TextChange.AddParagraph add) {
        open("addParagraph");
        out.attribute("article", String.valueOf(add.article()));
        paragraph(add.paragraph());
      } else {
        TextChange.RemoveParagraph remove = (TextChange.RemoveParagraph) change;
        open("removeParagraph");
        out.attribute("article", String.valueOf(remove.article()))
            .attribute("number", String.valueOf(remove.number()));
      }
      out.close();
    }

    private void article(Article article) {
      open("article");
      out.attribute("number", String.valueOf(article.number()))
          .attribute("heading", article.heading());
      article.paragraphs().forEach(this::paragraph);
      out.close();
    }

    private void paragraph(Paragraph paragraph) {
      open("paragraph");
      paragraph.number().ifPresent(number -> out.attribute("number", String.valueOf(number)));
      text("text", paragraph.text());
      for (Point point : paragraph.points()) {
        out.openMixed(TM_PREFIX, "point", TM)
            .attribute("label", String.valueOf(point.label()))
            .text(point.text())
            .close();
      }
      paragraph.wrapUp().ifPresent(wrapUp -> text("wrapUp", wrapUp));
      out.close();
    }
  }

  /** The {@code tm:dossier} element: the dossier's facts in this project's vocabulary. */
  private final class Proprietary {
    private final Vocabulary tm;

    Proprietary(Vocabulary tm) {
      this.tm = tm;
    }

    void dossier() {
      tm.open("dossier")
          .attribute("agreement", dossier.instrument().value())
          .attribute("version", "1.0");
      tm.instruments(dossier.instruments());
      tm.procedure(dossier.procedure(), true);
      dossier
          .amendmentRule()
          .ifPresent(
              rule -> {
                tm.open("amendmentRule");
                tm.rule(rule);
                out.close();
              });
      tm.amendments(dossier.amendments());
      if (!dossier.predecessors().isEmpty()) {
        tm.open("predecessors");
        dossier.predecessors().forEach(predecessor -> tm.procedure(predecessor, false));
        out.close();
      }
      norms();
      noNorms();
      referencesApart();
      arrangements();
      statements();
      events();
      out.close();
    }

    private void norms() {
      if (dossier.norms().isEmpty()) {
        return;
      }
      tm.open("norms");
      for (Norm norm : dossier.norms()) {
        tm.open("norm");
        out.attribute("id", norm.id().toString())
            .attribute("force", token(norm.force()))
            .attribute("action", norm.action());
        norm.mirror().ifPresent(mirror -> out.attribute("mirror", mirror.toString()));
        norm.fragments().forEach(fragment -> tm.text("fragment", fragment));
        actors("bearer", norm.bearers());
        for (NormRole role : NormRole.values()) {
          actors(token(role), norm.actors(role));
        }
        for (Condition condition : norm.conditions()) {
          tm.open("condition");
          out.attribute("name", token(condition));
          if (norm.alternativeConditions().contains(condition)) {
            out.attribute("alternative", "true");
          }
          out.close();
        }
        norm.objects().forEach(object -> tm.text("object", object));
        norm.purposes().forEach(purpose -> tm.text("purpose", purpose));
        out.close();
      }
      out.close();
    }

    private void actors(String name, java.util.Set<ActorId> actors) {
      for (ActorId actor : actors) {
        tm.open(name);
        out.attribute("actor", actor.value()).close();
      }
    }

    private void noNorms() {
      if (dossier.nonNormativeProvisions().isEmpty()) {
        return;
      }
      tm.open("noNorms");
      for (NonNormativeProvision none : dossier.nonNormativeProvisions()) {
        if (none.words().isPresent()) {
          out.openMixed(TM_PREFIX, "noNorm", TM)
              .attribute("provision", none.provision().toString())
              .attribute("reason", none.reason())
              .text(none.words().get())
              .close();
        } else {
          tm.open("noNorm");
          out.attribute("provision", none.provision().toString())
              .attribute("reason", none.reason())
              .close();
        }
      }
      out.close();
    }

    private void referencesApart() {
      if (apart.isEmpty()) {
        return;
      }
      tm.open("references");
      for (CrossReference reference : apart) {
        out.openMixed(TM_PREFIX, "reference", TM)
            .attribute("source", reference.source().toString());
        reference
            .targetProvision()
            .ifPresent(target -> out.attribute("provision", target.toString()));
        reference
            .targetInstrument()
            .ifPresent(target -> out.attribute("instrument", target.value()));
        out.text(reference.words()).close();
      }
      out.close();
    }

    private void arrangements() {
      if (dossier.anticipatedArrangements().isEmpty()) {
        return;
      }
      tm.open("arrangements");
      for (AnticipatedArrangement arrangement : dossier.anticipatedArrangements()) {
        out.openMixed(TM_PREFIX, "arrangement", TM)
            .attribute("provision", arrangement.provision().toString())
            .attribute("kind", token(arrangement.kind()));
        if (!arrangement.concludedBy().isEmpty()) {
          out.attribute(
              "concludedBy",
              arrangement.concludedBy().stream()
                  .map(ActorId::value)
                  .collect(Collectors.joining(" ")));
        }
        if (!arrangement.instruments().isEmpty()) {
          out.attribute(
              "instruments",
              arrangement.instruments().stream()
                  .map(InstrumentId::value)
                  .collect(Collectors.joining(" ")));
        }
        out.text(arrangement.words()).close();
      }
      out.close();
    }

    private void statements() {
      if (dossier.reportedStatements().isEmpty()) {
        return;
      }
      tm.open("statements");
      for (ReportedStatement statement : dossier.reportedStatements()) {
        tm.open("statement");
        out.attribute("about", statement.about().value()).attribute("topic", statement.topic());
        statement.quotedFrom().ifPresent(source -> out.attribute("quotedFrom", source.value()));
        statement.cites().ifPresent(cited -> out.attribute("cites", cited.value()));
        statement
            .citedArticle()
            .ifPresent(article -> out.attribute("citedArticle", String.valueOf(article)));
        if (!statement.comparedWith().isEmpty()) {
          out.attribute(
              "comparedWith",
              statement.comparedWith().stream()
                  .map(ProvisionId::toString)
                  .collect(Collectors.joining(" ")));
        }
        out.attribute("provenance", statement.provenance());
        tm.text("words", statement.words());
        statement.quoted().ifPresent(quoted -> tm.text("quoted", quoted));
        out.close();
      }
      out.close();
    }

    private void events() {
      if (dossier.otherEvents().isEmpty()) {
        return;
      }
      tm.open("events");
      for (TimelineEvent event : dossier.otherEvents()) {
        out.openMixed(TM_PREFIX, "event", TM).attribute("date", event.date().toString());
        if (!event.instruments().isEmpty()) {
          out.attribute(
              "instruments",
              event.instruments().stream()
                  .map(InstrumentId::value)
                  .collect(Collectors.joining(" ")));
        }
        out.attribute("provenance", event.provenance()).text(event.description()).close();
      }
      out.close();
    }
  }
}
