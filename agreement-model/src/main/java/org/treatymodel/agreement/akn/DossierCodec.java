package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Names.token;
import static org.treatymodel.agreement.akn.Reading.actorId;
import static org.treatymodel.agreement.akn.Reading.actorIds;
import static org.treatymodel.agreement.akn.Reading.bool;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.check;
import static org.treatymodel.agreement.akn.Reading.date;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expectTm;
import static org.treatymodel.agreement.akn.Reading.instrumentId;
import static org.treatymodel.agreement.akn.Reading.instrumentIds;
import static org.treatymodel.agreement.akn.Reading.number;
import static org.treatymodel.agreement.akn.Reading.onlyTm;
import static org.treatymodel.agreement.akn.Reading.optional;
import static org.treatymodel.agreement.akn.Reading.provisionId;
import static org.treatymodel.agreement.akn.Reading.required;
import static org.treatymodel.agreement.akn.Reading.words;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Vocabulary;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * What the standard has no place for, read and written side by side: the {@code <tm:dossier>} in
 * {@code <proprietary>}, holding the instruments, the procedure (its undated events; the dated are
 * workflow steps), the amendment rule, the amendments, the predecessors, the norms, the provisions
 * that state none, the cross-references that cannot stand inline, the anticipated arrangements, the
 * reported statements and the other events of the history.
 */
final class DossierCodec {
  private DossierCodec() {}

  // The vocabulary of the dossier, shared by reading and writing.
  static final String DOSSIER = "dossier";
  static final String AMENDMENT_RULE = "amendmentRule";
  static final String PREDECESSORS = "predecessors";
  static final String VOCABULARY = "vocabulary";
  static final String FORCE = "force";
  static final String PHRASE = "phrase";
  static final String NORMS = "norms";
  static final String NORM = "norm";
  static final String FRAGMENT = "fragment";
  static final String BEARER = "bearer";
  static final String CONDITION = "condition";
  static final String OBJECT = "object";
  static final String PURPOSE = "purpose";
  static final String NO_NORMS = "noNorms";
  static final String NO_NORM = "noNorm";
  static final String REFERENCES = "references";
  static final String REFERENCE = "reference";
  static final String ARRANGEMENTS = "arrangements";
  static final String ARRANGEMENT = "arrangement";
  static final String STATEMENTS = "statements";
  static final String STATEMENT = "statement";
  static final String WORDS = "words";
  static final String QUOTED = "quoted";
  static final String EVENTS = "events";
  static final String EVENT = "event";

  /** The contents of a {@code <tm:dossier>}, each checked against the text as it is read. */
  record Read(
      InstrumentId agreement,
      List<Instrument> instruments,
      Procedure procedure,
      Optional<EntryIntoForceRule> amendmentRule,
      List<Amendment> amendments,
      List<Procedure> predecessors,
      Vocabulary vocabulary,
      List<Norm> norms,
      List<NonNormativeProvision> noNorms,
      List<CrossReference> referencesApart,
      List<AnticipatedArrangement> arrangements,
      List<ReportedStatement> statements,
      List<TimelineEvent> events) {}

  // ---- reading ----

  /**
   * The contents of {@code dossier}, the agreement's procedure completed by the workflow {@code
   * steps}. The reader checks their shape and what the builders guarantee; whether the provisions
   * they name are in the text, and a norm's words in its provision, is the validation module's to
   * say (REF-001, REF-005, REF-008, NORM-001, NORM-002), with every other finding at once.
   */
  static Read read(Element dossier, List<ProcedureEvent> steps) {
    InstrumentId agreement = instrumentId(dossier, required(dossier, "agreement"));
    List<Instrument> instruments = new ArrayList<>();
    Procedure procedure = null;
    EntryIntoForceRule rule = null;
    List<Amendment> amendments = new ArrayList<>();
    List<Procedure> predecessors = new ArrayList<>();
    // A dossier without a vocabulary speaks common English; one that declares it, before its norms.
    Vocabulary vocabulary = Vocabulary.english();
    boolean declared = false;
    List<Norm> norms = new ArrayList<>();
    List<NonNormativeProvision> noNorms = new ArrayList<>();
    List<CrossReference> referencesApart = new ArrayList<>();
    List<AnticipatedArrangement> arrangements = new ArrayList<>();
    List<ReportedStatement> statements = new ArrayList<>();
    List<TimelineEvent> events = new ArrayList<>();
    Reading.expectTmChildren(dossier);
    for (Element part : dossier.children()) {
      switch (part.name()) {
        case CatalogueCodec.INSTRUMENTS -> instruments.addAll(CatalogueCodec.instruments(part));
        case ProcedureCodec.PROCEDURE -> {
          check(part, procedure == null, "expected one <tm:procedure> for the agreement");
          procedure = ProcedureCodec.read(part, steps);
        }
        case AMENDMENT_RULE -> {
          check(part, rule == null, "expected one <tm:amendmentRule>");
          rule = ProcedureCodec.ruleIn(part);
        }
        case AmendmentCodec.AMENDMENTS -> amendments.addAll(AmendmentCodec.read(part));
        case PREDECESSORS ->
            part.children()
                .forEach(child -> predecessors.add(ProcedureCodec.read(child, List.of())));
        case VOCABULARY -> {
          check(
              part, !declared && norms.isEmpty(), "expected one <tm:vocabulary>, before the norms");
          declared = true;
          vocabulary = vocabulary(part);
        }
        case NORMS -> {
          Vocabulary words = vocabulary;
          part.children().forEach(child -> norms.add(norm(child, words)));
        }
        case NO_NORMS -> part.children().forEach(child -> noNorms.add(noNorm(child)));
        case REFERENCES ->
            part.children().forEach(child -> referencesApart.add(referenceApart(child)));
        case ARRANGEMENTS -> part.children().forEach(child -> arrangements.add(arrangement(child)));
        case STATEMENTS -> part.children().forEach(child -> statements.add(statement(child)));
        case EVENTS -> part.children().forEach(child -> events.add(event(child)));
        default -> throw error(part, "unexpected " + part + " in <tm:dossier>");
      }
    }
    if (procedure == null) {
      throw error(
          dossier, "expected a <tm:procedure> in <tm:dossier>: the agreement's parties and rule");
    }
    return new Read(
        agreement,
        instruments,
        procedure,
        Optional.ofNullable(rule),
        amendments,
        predecessors,
        vocabulary,
        norms,
        noNorms,
        referencesApart,
        arrangements,
        statements,
        events);
  }

  /** The force phrases and conditions a {@code <tm:vocabulary>} declares, in order. */
  private static Vocabulary vocabulary(Element element) {
    List<ForcePhrase> forces = new ArrayList<>();
    List<Condition> conditions = new ArrayList<>();
    Reading.expectTmChildren(element);
    for (Element term : element.children()) {
      switch (term.name()) {
        case FORCE ->
            forces.add(
                built(
                    term,
                    () ->
                        ForcePhrase.of(
                            required(term, "name"),
                            words(term),
                            Reading.token(term, NormKind.class, required(term, "kind")))));
        case CONDITION -> {
          Reading.expectTmChildren(term);
          List<String> phrases = new ArrayList<>();
          for (Element phrase : term.children()) {
            expectTm(phrase, PHRASE);
            phrases.add(words(phrase));
          }
          conditions.add(
              built(
                  term,
                  () -> Condition.of(required(term, "name"), required(term, "label"), phrases)));
        }
        default -> throw error(term, "unexpected " + term + " in <tm:vocabulary>");
      }
    }
    return built(element, () -> Vocabulary.of(forces, conditions));
  }

  private static Norm norm(Element element, Vocabulary vocabulary) {
    expectTm(element, NORM);
    NormId id = built(element, () -> NormId.parse(required(element, "id")));
    ForcePhrase force =
        term(
            element,
            "force",
            vocabulary.findForcePhrase(required(element, "force")),
            vocabulary.forcePhrases());
    Norm.Builder norm = Norm.builder().id(id).force(force).action(required(element, "action"));
    element
        .attribute("mirror")
        .ifPresent(mirror -> norm.mirror(built(element, () -> NormId.parse(mirror))));
    List<String> fragments = new ArrayList<>();
    List<ActorId> bearers = new ArrayList<>();
    List<ActorId> counterparties = new ArrayList<>();
    List<ActorId> forums = new ArrayList<>();
    List<ActorId> channels = new ArrayList<>();
    List<ActorId> inviters = new ArrayList<>();
    List<Condition> conditions = new ArrayList<>();
    List<Condition> alternatives = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    List<String> purposes = new ArrayList<>();
    for (Element part : element.children()) {
      if (!TM.equals(part.namespace())) {
        throw error(part, "expected an element of the tm namespace in <tm:norm>, found " + part);
      }
      String name = part.name();
      if (name.equals(FRAGMENT)) {
        fragments.add(words(part));
      } else if (name.equals(BEARER)) {
        bearers.add(actorId(part, required(part, "actor")));
      } else if (name.equals(token(NormRole.COUNTERPARTY))) {
        counterparties.add(actorId(part, required(part, "actor")));
      } else if (name.equals(token(NormRole.FORUM))) {
        forums.add(actorId(part, required(part, "actor")));
      } else if (name.equals(token(NormRole.CHANNEL))) {
        channels.add(actorId(part, required(part, "actor")));
      } else if (name.equals(token(NormRole.INVITER))) {
        inviters.add(actorId(part, required(part, "actor")));
      } else if (name.equals(CONDITION)) {
        Condition condition =
            term(
                part,
                "name",
                vocabulary.findCondition(required(part, "name")),
                vocabulary.conditions());
        conditions.add(condition);
        if (bool(part, part.attribute("alternative").orElse("false"))) {
          alternatives.add(condition);
        }
      } else if (name.equals(OBJECT)) {
        objects.add(words(part));
      } else if (name.equals(PURPOSE)) {
        purposes.add(words(part));
      } else {
        throw error(part, "unexpected " + part + " in <tm:norm>");
      }
    }
    return built(
        element,
        () ->
            norm.words(fragments)
                .bearers(bearers)
                .counterparties(counterparties)
                .forums(forums)
                .channels(channels)
                .inviters(inviters)
                .conditions(conditions)
                .alternativeConditions(alternatives)
                .objects(objects)
                .purposes(purposes)
                .build());
  }

  /**
   * The term {@code found} by the value of {@code attribute}, or an error listing the known ones.
   */
  private static <T> T term(
      Element at, String attribute, Optional<T> found, List<? extends T> known) {
    return found.orElseThrow(
        () ->
            error(
                at,
                "unknown "
                    + attribute
                    + " "
                    + Texts.quote(at.attribute(attribute).orElse(""))
                    + ": the dossier's vocabulary has "
                    + Reading.someOf(known.stream().map(Object::toString).toList())));
  }

  private static NonNormativeProvision noNorm(Element element) {
    expectTm(element, NO_NORM);
    ProvisionId provision = provisionId(element, required(element, "provision"));
    String reason = required(element, "reason");
    String words = words(element);
    return built(
        element,
        () ->
            words.isEmpty()
                ? NonNormativeProvision.of(provision, reason)
                : NonNormativeProvision.ofWords(provision, words, reason));
  }

  private static CrossReference referenceApart(Element element) {
    expectTm(element, REFERENCE);
    ProvisionId source = provisionId(element, required(element, "source"));
    String words = words(element);
    Optional<String> provision = element.attribute("provision");
    Optional<String> instrument = element.attribute("instrument");
    check(
        element,
        provision.isPresent() != instrument.isPresent(),
        "a reference has a provision or an instrument as target, not both");
    if (provision.isPresent()) {
      ProvisionId target = provisionId(element, provision.get());
      return built(element, () -> CrossReference.toProvision(source, target, words));
    }
    InstrumentId target = instrumentId(element, instrument.orElseThrow());
    return built(element, () -> CrossReference.toInstrument(source, target, words));
  }

  private static AnticipatedArrangement arrangement(Element element) {
    expectTm(element, ARRANGEMENT);
    ProvisionId provision = provisionId(element, required(element, "provision"));
    ArrangementKind kind = Reading.token(element, ArrangementKind.class, required(element, "kind"));
    List<ActorId> concludedBy = actorIds(element, element.attribute("concludedBy").orElse(""));
    List<InstrumentId> instruments =
        instrumentIds(element, element.attribute("instruments").orElse(""));
    return built(
        element,
        () ->
            AnticipatedArrangement.builder()
                .provision(provision)
                .kind(kind)
                .words(words(element))
                .concludedBy(concludedBy)
                .instruments(instruments)
                .build());
  }

  private static ReportedStatement statement(Element element) {
    expectTm(element, STATEMENT);
    InstrumentId about = instrumentId(element, required(element, "about"));
    ReportedStatement.Builder statement =
        ReportedStatement.builder()
            .about(about)
            .topic(required(element, "topic"))
            .provenance(required(element, "provenance"))
            .words(words(onlyTm(element, WORDS)));
    element
        .attribute("quotedFrom")
        .ifPresent(id -> statement.quotedFrom(instrumentId(element, id)));
    element.attribute("cites").ifPresent(id -> statement.cites(instrumentId(element, id)));
    element
        .attribute("citedArticle")
        .ifPresent(number -> statement.citedArticle(number(element, number)));
    List<ProvisionId> compared = new ArrayList<>();
    for (String id :
        Splitter.on(' ').omitEmptyStrings().split(element.attribute("comparedWith").orElse(""))) {
      compared.add(provisionId(element, id));
    }
    statement.comparedWith(compared);
    optional(element, TM, QUOTED).ifPresent(quoted -> statement.quoted(words(quoted)));
    for (Element child : element.children()) {
      if (!Reading.is(child, TM, WORDS) && !Reading.is(child, TM, QUOTED)) {
        throw error(child, "expected <tm:words> and <tm:quoted> in <tm:statement>, found " + child);
      }
    }
    return built(element, statement::build);
  }

  private static TimelineEvent event(Element element) {
    expectTm(element, EVENT);
    List<InstrumentId> instruments =
        instrumentIds(element, element.attribute("instruments").orElse(""));
    return built(
        element,
        () ->
            TimelineEvent.builder()
                .date(date(element, required(element, "date")))
                .description(words(element))
                .provenance(required(element, "provenance"))
                .instruments(instruments)
                .build());
  }

  // ---- writing ----

  /** Writes the {@code <tm:dossier>} of {@code dossier}, with the references not placed inline. */
  static void write(XmlOut out, Agreement dossier, List<CrossReference> referencesApart) {
    out.open(TM_PREFIX, DOSSIER, TM)
        .attribute("agreement", dossier.instrument().value())
        .attribute("version", "1.0");
    CatalogueCodec.write(out, dossier.instruments());
    ProcedureCodec.write(out, dossier.procedure(), true);
    dossier
        .amendmentRule()
        .ifPresent(
            rule -> {
              out.open(TM_PREFIX, AMENDMENT_RULE, TM);
              ProcedureCodec.write(out, rule);
              out.close();
            });
    AmendmentCodec.write(out, dossier.amendments());
    if (!dossier.predecessors().isEmpty()) {
      out.open(TM_PREFIX, PREDECESSORS, TM);
      dossier.predecessors().forEach(predecessor -> ProcedureCodec.write(out, predecessor, false));
      out.close();
    }
    vocabulary(out, dossier.vocabulary());
    norms(out, dossier.norms());
    noNorms(out, dossier.nonNormativeProvisions());
    referencesApart(out, referencesApart);
    arrangements(out, dossier.anticipatedArrangements());
    statements(out, dossier.reportedStatements());
    events(out, dossier.otherEvents());
    out.close();
  }

  private static void text(XmlOut out, String name, String text) {
    out.openMixed(TM_PREFIX, name, TM).text(text).close();
  }

  private static String joined(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(" "));
  }

  private static void vocabulary(XmlOut out, Vocabulary vocabulary) {
    out.open(TM_PREFIX, VOCABULARY, TM);
    for (ForcePhrase force : vocabulary.forcePhrases()) {
      out.openMixed(TM_PREFIX, FORCE, TM)
          .attribute("name", force.name())
          .attribute("kind", token(force.kind()))
          .text(force.words())
          .close();
    }
    for (Condition condition : vocabulary.conditions()) {
      out.open(TM_PREFIX, CONDITION, TM)
          .attribute("name", condition.name())
          .attribute("label", condition.label());
      condition.phrases().forEach(phrase -> text(out, PHRASE, phrase));
      out.close();
    }
    out.close();
  }

  private static void norms(XmlOut out, List<Norm> norms) {
    if (norms.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, NORMS, TM);
    for (Norm norm : norms) {
      out.open(TM_PREFIX, NORM, TM)
          .attribute("id", norm.id().toString())
          .attribute("force", norm.force().name())
          .attribute("action", norm.action());
      norm.mirror().ifPresent(mirror -> out.attribute("mirror", mirror.toString()));
      norm.fragments().forEach(fragment -> text(out, FRAGMENT, fragment));
      actors(out, BEARER, norm.bearers());
      for (NormRole role : NormRole.values()) {
        actors(out, token(role), norm.actors(role));
      }
      for (Condition condition : norm.conditions()) {
        out.open(TM_PREFIX, CONDITION, TM).attribute("name", condition.name());
        if (norm.alternativeConditions().contains(condition)) {
          out.attribute("alternative", "true");
        }
        out.close();
      }
      norm.objects().forEach(object -> text(out, OBJECT, object));
      norm.purposes().forEach(purpose -> text(out, PURPOSE, purpose));
      out.close();
    }
    out.close();
  }

  private static void actors(XmlOut out, String name, Collection<ActorId> actors) {
    for (ActorId actor : actors) {
      out.open(TM_PREFIX, name, TM).attribute("actor", actor.value()).close();
    }
  }

  private static void noNorms(XmlOut out, List<NonNormativeProvision> provisions) {
    if (provisions.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, NO_NORMS, TM);
    for (NonNormativeProvision none : provisions) {
      if (none.words().isPresent()) {
        out.openMixed(TM_PREFIX, NO_NORM, TM)
            .attribute("provision", none.provision().toString())
            .attribute("reason", none.reason())
            .text(none.words().get())
            .close();
      } else {
        out.open(TM_PREFIX, NO_NORM, TM)
            .attribute("provision", none.provision().toString())
            .attribute("reason", none.reason())
            .close();
      }
    }
    out.close();
  }

  private static void referencesApart(XmlOut out, List<CrossReference> references) {
    if (references.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, REFERENCES, TM);
    for (CrossReference reference : references) {
      out.openMixed(TM_PREFIX, REFERENCE, TM).attribute("source", reference.source().toString());
      reference
          .targetProvision()
          .ifPresent(target -> out.attribute("provision", target.toString()));
      reference.targetInstrument().ifPresent(target -> out.attribute("instrument", target.value()));
      out.text(reference.words()).close();
    }
    out.close();
  }

  private static void arrangements(XmlOut out, List<AnticipatedArrangement> arrangements) {
    if (arrangements.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, ARRANGEMENTS, TM);
    for (AnticipatedArrangement arrangement : arrangements) {
      out.openMixed(TM_PREFIX, ARRANGEMENT, TM)
          .attribute("provision", arrangement.provision().toString())
          .attribute("kind", token(arrangement.kind()));
      if (!arrangement.concludedBy().isEmpty()) {
        out.attribute("concludedBy", joined(arrangement.concludedBy()));
      }
      if (!arrangement.instruments().isEmpty()) {
        out.attribute("instruments", joined(arrangement.instruments()));
      }
      out.text(arrangement.words()).close();
    }
    out.close();
  }

  private static void statements(XmlOut out, List<ReportedStatement> statements) {
    if (statements.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, STATEMENTS, TM);
    for (ReportedStatement statement : statements) {
      out.open(TM_PREFIX, STATEMENT, TM)
          .attribute("about", statement.about().value())
          .attribute("topic", statement.topic());
      statement.quotedFrom().ifPresent(source -> out.attribute("quotedFrom", source.value()));
      statement.cites().ifPresent(cited -> out.attribute("cites", cited.value()));
      statement
          .citedArticle()
          .ifPresent(article -> out.attribute("citedArticle", String.valueOf(article)));
      if (!statement.comparedWith().isEmpty()) {
        out.attribute("comparedWith", joined(statement.comparedWith()));
      }
      out.attribute("provenance", statement.provenance());
      text(out, WORDS, statement.words());
      statement.quoted().ifPresent(quoted -> text(out, QUOTED, quoted));
      out.close();
    }
    out.close();
  }

  private static void events(XmlOut out, List<TimelineEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, EVENTS, TM);
    for (TimelineEvent event : events) {
      out.openMixed(TM_PREFIX, EVENT, TM).attribute("date", event.date().toString());
      if (!event.instruments().isEmpty()) {
        out.attribute("instruments", joined(event.instruments()));
      }
      out.attribute("provenance", event.provenance()).text(event.description()).close();
    }
    out.close();
  }
}
