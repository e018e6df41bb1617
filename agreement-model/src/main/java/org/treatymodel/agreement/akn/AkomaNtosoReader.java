package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.OWN;
import static org.treatymodel.agreement.akn.Names.TM;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
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
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * Reads a dossier from an Akoma Ntoso document that {@link AkomaNtosoWriter} describes, through the
 * public builders, so that every check of the model runs. Facts are read where the writer puts
 * them; what the writer derives (FRBR identification but the language, lifecycle, temporal data,
 * the references to other documents) is not read back. Whatever is wrong is an {@link
 * AkomaNtosoException} naming the line and column.
 */
final class AkomaNtosoReader {
  private final List<CrossReference> references = new ArrayList<>();

  private AkomaNtosoReader() {}

  static Agreement read(Element root) {
    return new AkomaNtosoReader().agreement(root);
  }

  /** Reads a standalone {@code tm:catalogue}. */
  static CatalogueDocument catalogue(Element root) {
    AkomaNtosoReader reader = new AkomaNtosoReader();
    reader.expect(root, TM, "catalogue");
    ImmutableList.Builder<Actor> actors = new ImmutableList.Builder();
    ImmutableList.Builder<Instrument> instruments = new ImmutableList.Builder();
    ImmutableList.Builder<Procedure> procedures = new ImmutableList.Builder();
    for (Element part : root.children()) {
      if (isTm(part, "actor")) {
        ActorId id = reader.actorId(part, reader.required(part, "id"));
        ActorKind kind = reader.token(part, ActorKind.class, reader.required(part, "kind"));
        String name = reader.required(part, "name");
        actors.add(reader.actor(part, id, kind, name, part.attribute("shortName")));
      } else if (isTm(part, "instruments")) {
        part.children().forEach(child -> instruments.add(reader.instrument(child)));
      } else if (isTm(part, "procedure")) {
        procedures.add(reader.procedure(part, List.of()));
      } else {
        throw error(
            part,
            "expected <tm:actor>, <tm:instruments> or <tm:procedure> in <tm:catalogue>, found "
                + part);
      }
    }
    return new CatalogueDocument(actors.build(), instruments.build(), procedures.build());
  }

  // ---- the document ----

  private Agreement agreement(Element root) {
    expect(root, AKN, "akomaNtoso");
    List<Element> documents = root.children();
    if (documents.size() != 1 || !isAkn(documents.get(0), "act")) {
      throw error(root, "expected one <act> in <akomaNtoso>");
    }
    Element act = documents.get(0);
    Element meta = only(act, AKN, "meta");
    Element proprietary = dossierOf(meta);
    AgreementText text = text(act, meta);
    ImmutableList<Actor> actors = actors(meta);
    InstrumentId instrument = instrumentId(proprietary, required(proprietary, "agreement"));
    Dossier dossier = new Dossier(proprietary, meta, text);
    List<CrossReference> all = new ArrayList<>(references);
    all.addAll(dossier.referencesApart);
    Agreement.Builder agreement =
        Agreement.builder()
            .instrument(instrument)
            .text(text)
            .actors(actors)
            .instruments(dossier.instruments)
            .norms(dossier.norms)
            .nonNormativeProvisions(dossier.noNorms)
            .crossReferences(all)
            .anticipatedArrangements(dossier.arrangements)
            .procedure(dossier.procedure)
            .amendments(dossier.amendments)
            .predecessors(dossier.predecessors)
            .otherEvents(dossier.events)
            .reportedStatements(dossier.statements);
    dossier.amendmentRule.ifPresent(agreement::amendmentRule);
    return built(proprietary, () -> agreement.build());
  }

  private Element dossierOf(Element meta) {
    for (Element proprietary : children(meta, AKN, "proprietary")) {
      for (Element child : proprietary.children()) {
        if (isTm(child, "dossier")) {
          return child;
        }
      }
    }
    throw error(meta, "expected <tm:dossier> in a <proprietary> of <meta>");
  }

  // ---- the text ----

  private AgreementText text(Element act, Element meta) {
    AgreementText.Builder text = AgreementText.builder();
    Element preface = only(act, AKN, "preface");
    Element title = descendant(preface, AKN, "docTitle");
    text.title(words(title));
    Element preamble = only(act, AKN, "preamble");
    List<Recital> recitals = new ArrayList<>();
    for (Element part : preamble.children()) {
      if (isAkn(part, "formula")) {
        String name = required(part, "name");
        ProvisionId id = eId(part);
        String words = unit(id, onlyP(part));
        if (name.equals("parties")) {
          text.partiesFormula(words);
        } else if (name.equals("enactingFormula")) {
          text.enactingFormula(words);
        } else {
          throw error(
              part,
              "expected a formula named \"parties\" or \"enactingFormula\", found "
                  + Texts.quote(name));
        }
      } else if (isAkn(part, "recitals")) {
        for (Element recital : part.children()) {
          expect(recital, AKN, "recital");
          ProvisionId id = eId(recital);
          check(
              recital,
              id.equals(ProvisionId.recital(recitals.size() + 1)),
              "expected eId " + ProvisionId.recital(recitals.size() + 1) + ", found " + id);
          Element p = onlyP(recital);
          String words = unit(id, p);
          Optional<Element> opening =
              descendants(p, AKN, "inline").stream()
                  .filter(inline -> "openingPhrase".equals(inline.attribute("name").orElse("")))
                  .findFirst();
          String phrase =
              opening
                  .map(this::words)
                  .orElseThrow(
                      () -> error(p, "expected <inline name=\"openingPhrase\"> in a recital"));
          recitals.add(
              built(recital, () -> Recital.builder().openingPhrase(phrase).text(words).build()));
        }
      } else {
        throw error(part, "expected <formula> or <recitals> in <preamble>, found " + part);
      }
    }
    text.recitals(recitals);
    List<Article> articles = new ArrayList<>();
    for (Element article : only(act, AKN, "body").children()) {
      expect(article, AKN, "article");
      articles.add(article(article));
    }
    text.articles(articles);
    text.finalClauses(finalClauses(only(act, AKN, "conclusions")));
    Element expression = descendant(only(meta, AKN, "identification"), AKN, "FRBRExpression");
    Optional<Element> language = optional(expression, AKN, "FRBRlanguage");
    if (language.isPresent()) {
      String code = required(language.get(), "language");
      text.language(
          Language.findByCode(code)
              .orElseThrow(
                  () -> error(language.get(), "unknown language code " + Texts.quote(code))));
    }
    return built(act, () -> text.build());
  }

  private Article article(Element element) {
    ProvisionId id = eId(element);
    check(
        element, id.kind() == ProvisionKind.ARTICLE, "expected the eId of an article, found " + id);
    int number = id.articleNumber().orElseThrow();
    String heading = words(only(element, AKN, "heading"));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element child : element.children()) {
      if (isAkn(child, "num") || isAkn(child, "heading")) {
        continue;
      }
      expect(child, AKN, "paragraph");
      paragraphs.add(paragraph(child, id));
    }
    return built(
        element,
        () -> Article.builder().number(number).heading(heading).paragraphs(paragraphs).build());
  }

  private Paragraph paragraph(Element element, ProvisionId article) {
    ProvisionId id = eId(element);
    check(
        element,
        id.kind() == ProvisionKind.PARAGRAPH && id.parent().equals(Optional.of(article)),
        "expected the eId of a paragraph of " + article + ", found " + id);
    Paragraph.Builder paragraph = Paragraph.builder();
    if (optional(element, AKN, "num").isPresent()) {
      paragraph.number(id.components().get(id.components().size() - 1).number());
    }
    Optional<Element> list = optional(element, AKN, "list");
    if (list.isEmpty()) {
      paragraph.text(unit(id, onlyP(only(element, AKN, "content"))));
    } else {
      ProvisionId listId = id.list(1);
      check(list.get(), eId(list.get()).equals(listId), "expected eId " + listId);
      List<Point> points = new ArrayList<>();
      boolean intro = false;
      for (Element part : list.get().children()) {
        if (isAkn(part, "intro")) {
          check(part, eId(part).equals(listId.intro()), "expected eId " + listId.intro());
          paragraph.text(unit(listId.intro(), onlyP(part)));
          intro = true;
        } else if (isAkn(part, "point")) {
          ProvisionId pointId = eId(part);
          check(
              part,
              pointId.kind() == ProvisionKind.POINT && pointId.parent().equals(Optional.of(listId)),
              "expected the eId of a point of " + listId + ", found " + pointId);
          char label =
              (char) ('a' + pointId.components().get(pointId.components().size() - 1).number() - 1);
          String words = unit(pointId, onlyP(only(part, AKN, "content")));
          points.add(built(part, () -> Point.of(label, words)));
        } else if (isAkn(part, "wrapUp")) {
          check(part, eId(part).equals(listId.wrapUp()), "expected eId " + listId.wrapUp());
          paragraph.wrapUp(unit(listId.wrapUp(), onlyP(part)));
        } else {
          throw error(part, "expected <intro>, <point> or <wrapUp> in <list>, found " + part);
        }
      }
      check(
          list.get(), intro, "expected an <intro> in <list>: the words that introduce the points");
      paragraph.points(points);
    }
    return built(element, () -> paragraph.build());
  }

  private FinalClauses finalClauses(Element conclusions) {
    FinalClauses.Builder clauses = FinalClauses.builder();
    String languages =
        conclusions
            .attribute("{" + TM + "}languages")
            .orElseThrow(
                () ->
                    error(
                        conclusions,
                        "expected attribute tm:languages on <conclusions>: the languages of the originals"));
    List<Language> parsed = new ArrayList<>();
    for (String code : Splitter.on(' ').omitEmptyStrings().split(languages)) {
      parsed.add(
          Language.findByCode(code)
              .orElseThrow(() -> error(conclusions, "unknown language code " + Texts.quote(code))));
    }
    clauses.languages(parsed);
    List<SignatureLine> lines = new ArrayList<>();
    for (Element part : conclusions.children()) {
      if (isAkn(part, "formula")) {
        String name = required(part, "name");
        String words = unit(eId(part), onlyP(part));
        if (name.equals("testimonium")) {
          clauses.testimonium(words);
        } else if (name.equals("signingClause")) {
          clauses.signingClause(words);
        } else {
          throw error(
              part,
              "expected a formula named \"testimonium\" or \"signingClause\", found "
                  + Texts.quote(name));
        }
      } else if (isAkn(part, "blockContainer")) {
        lines.add(signatureLine(part));
      } else {
        throw error(part, "expected <formula> or <blockContainer> in <conclusions>, found " + part);
      }
    }
    clauses.signatures(lines);
    return built(conclusions, () -> clauses.build());
  }

  private SignatureLine signatureLine(Element container) {
    Element signature = descendant(container, AKN, "signature");
    List<Element> roles = children(signature, AKN, "role");
    Element person = only(signature, AKN, "person");
    check(
        signature,
        roles.size() == 2,
        "expected two <role> in <signature>: the party, then the office");
    return built(
        signature,
        () ->
            SignatureLine.builder()
                .party(actorId(roles.get(0), reference(roles.get(0), "refersTo")))
                .caption(words(roles.get(0)))
                .signatory(words(person))
                .title(words(roles.get(1)))
                .office(actorId(roles.get(1), reference(roles.get(1), "refersTo")))
                .build());
  }

  /**
   * The words of provision {@code id} held by {@code p}, with its cross-references, which are
   * recorded for the provision.
   */
  private String unit(ProvisionId id, Element p) {
    for (Element ref : descendants(p, AKN, "ref")) {
      String href = required(ref, "href");
      String words = words(ref);
      if (href.startsWith("#")) {
        ProvisionId target = provisionId(ref, href.substring(1));
        references.add(built(ref, () -> CrossReference.toProvision(id, target, words)));
      } else {
        InstrumentId target =
            Names.instrumentOf(href)
                .orElseThrow(
                    () ->
                        error(
                            ref,
                            "expected href \"#\" and an eId, or an instrument's IRI such as /akn/un/doc/A/RES/70/263, found "
                                + Texts.quote(href)));
        references.add(built(ref, () -> CrossReference.toInstrument(id, target, words)));
      }
    }
    return words(p);
  }

  // ---- actors ----

  private ImmutableList<Actor> actors(Element meta) {
    ImmutableList.Builder<Actor> actors = new ImmutableList.Builder();
    for (Element references : children(meta, AKN, "references")) {
      for (Element entry : references.children()) {
        boolean organization = isAkn(entry, "TLCOrganization");
        boolean role = isAkn(entry, "TLCRole");
        String eId = entry.attribute("eId").orElse("");
        if ((!organization && !role) || eId.startsWith(OWN)) {
          continue;
        }
        ActorId id = actorId(entry, eId);
        ActorKind kind =
            entry
                .attribute("{" + TM + "}kind")
                .map(token -> token(entry, ActorKind.class, token))
                .orElse(
                    role
                        ? ActorKind.OFFICE
                        : id.isOrganization() ? ActorKind.ORGANIZATION : ActorKind.ORGAN);
        String name = required(entry, "showAs");
        Optional<String> shortName = entry.attribute("shortForm");
        actors.add(actor(entry, id, kind, name, shortName));
      }
    }
    return actors.build();
  }

  /** The actor an entry or {@code tm:actor} describes. */
  private Actor actor(
      Element at, ActorId id, ActorKind kind, String name, Optional<String> shortName) {
    return built(
        at,
        () -> {
          Actor.Builder actor = Actor.builder().id(id).kind(kind).name(name);
          shortName.ifPresent(shortForm -> actor.shortName(shortForm));
          return actor.build();
        });
  }

  // ---- what is in tm:dossier ----

  /** The contents of {@code tm:dossier}, read once. */
  private final class Dossier {
    final List<Instrument> instruments = new ArrayList<>();
    final Procedure procedure;
    final Optional<EntryIntoForceRule> amendmentRule;
    final List<Amendment> amendments = new ArrayList<>();
    final List<Procedure> predecessors = new ArrayList<>();
    final List<Norm> norms = new ArrayList<>();
    final List<NonNormativeProvision> noNorms = new ArrayList<>();
    final List<CrossReference> referencesApart = new ArrayList<>();
    final List<AnticipatedArrangement> arrangements = new ArrayList<>();
    final List<ReportedStatement> statements = new ArrayList<>();
    final List<TimelineEvent> events = new ArrayList<>();

    Dossier(Element dossier, Element meta, AgreementText text) {
      Procedure own = null;
      EntryIntoForceRule rule = null;
      for (Element part : dossier.children()) {
        if (!TM.equals(part.namespace())) {
          throw error(
              part, "expected an element of the tm namespace in <tm:dossier>, found " + part);
        }
        switch (part.name()) {
          case "instruments" ->
              part.children().forEach(child -> instruments.add(instrument(child)));
          case "procedure" -> {
            check(part, own == null, "expected one <tm:procedure> for the agreement");
            own = procedure(part, steps(meta));
          }
          case "amendmentRule" -> {
            check(part, rule == null, "expected one <tm:amendmentRule>");
            rule = rule(part);
          }
          case "amendments" -> part.children().forEach(child -> amendments.add(amendment(child)));
          case "predecessors" ->
              part.children()
                  .forEach(
                      child ->
                          predecessors.add(procedure(expectTm(child, "procedure"), List.of())));
          case "norms" ->
              part.children().forEach(child -> norms.add(checked(norm(child), child, text)));
          case "noNorms" ->
              part.children().forEach(child -> noNorms.add(checked(noNorm(child), child, text)));
          case "references" ->
              part.children()
                  .forEach(
                      child -> {
                        CrossReference reference = referenceApart(child);
                        knownProvision(text, child, reference.source());
                        referencesApart.add(reference);
                      });
          case "arrangements" ->
              part.children()
                  .forEach(
                      child -> {
                        AnticipatedArrangement arrangement = arrangement(child);
                        knownProvision(text, child, arrangement.provision());
                        arrangements.add(arrangement);
                      });
          case "statements" ->
              part.children()
                  .forEach(
                      child -> {
                        ReportedStatement statement = statement(child);
                        statement.comparedWith().forEach(id -> knownProvision(text, child, id));
                        statements.add(statement);
                      });
          case "events" -> part.children().forEach(child -> events.add(event(child)));
          default -> throw error(part, "unexpected " + part + " in <tm:dossier>");
        }
      }
      if (own == null) {
        throw error(
            dossier, "expected a <tm:procedure> in <tm:dossier>: the agreement's parties and rule");
      }
      procedure = own;
      amendmentRule = Optional.ofNullable(rule);
    }

    /** {@code norm}, whose provision is in the text and whose words stand in it, in order. */
    private Norm checked(Norm norm, Element at, AgreementText text) {
      knownProvision(text, at, norm.provision());
      norm.firstFragmentNotIn(text.readingText(norm.provision()))
          .ifPresent(
              i -> {
                throw error(
                    at,
                    "the words of norm "
                        + norm.id()
                        + " are not in its provision, in order: "
                        + Texts.quote(norm.fragments().get(i)));
              });
      return norm;
    }

    /** {@code none}, whose provision is in the text, with the words it records. */
    private NonNormativeProvision checked(
        NonNormativeProvision none, Element at, AgreementText text) {
      knownProvision(text, at, none.provision());
      if (none.words().isPresent()
          && !text.provision(none.provision()).text().contains(none.words().get())) {
        throw error(
            at,
            "the words recorded as stating no norm are not in "
                + none.provision()
                + ": "
                + Texts.quote(none.words().get()));
      }
      return none;
    }

    private void knownProvision(AgreementText text, Element at, ProvisionId provision) {
      if (text.findProvision(provision).isEmpty()) {
        throw error(at, "unknown eId " + provision + ": the text has no such provision");
      }
    }
  }

  private Element expectTm(Element element, String name) {
    if (!isTm(element, name)) {
      throw error(element, "expected <tm:" + name + ">, found " + element);
    }
    return element;
  }

  private Instrument instrument(Element element) {
    expectTm(element, "instrument");
    InstrumentId id = instrumentId(element, required(element, "id"));
    String kindCode = required(element, "kind");
    InstrumentKind kind =
        InstrumentKind.ofCode(kindCode)
            .orElseThrow(() -> error(element, "unknown instrument kind " + Texts.quote(kindCode)));
    List<InstrumentRelation> relations = new ArrayList<>();
    for (Element relation : element.children()) {
      expectTm(relation, "relation");
      RelationKind relationKind = token(relation, RelationKind.class, required(relation, "kind"));
      InstrumentId target = instrumentId(relation, required(relation, "target"));
      relations.add(built(relation, () -> InstrumentRelation.of(relationKind, target)));
    }
    return built(
        element,
        () -> {
          Instrument.Builder instrument =
              Instrument.builder()
                  .id(id)
                  .kind(kind)
                  .title(required(element, "title"))
                  .provenance(required(element, "provenance"))
                  .relations(relations);
          element.attribute("shortTitle").ifPresent(title -> instrument.shortTitle(title));
          element.attribute("date").ifPresent(date -> instrument.date(date(element, date)));
          element
              .attribute("issuedBy")
              .ifPresent(actor -> instrument.issuedBy(actorId(element, actor)));
          element
              .attribute("addressedTo")
              .ifPresent(actor -> instrument.addressedTo(actorId(element, actor)));
          element
              .attribute("constitutes")
              .ifPresent(actor -> instrument.constitutes(actorId(element, actor)));
          return instrument.build();
        });
  }

  /** A procedure, with {@code steps} (the workflow's events, for the agreement's own) added. */
  private Procedure procedure(Element element, List<ProcedureEvent> steps) {
    InstrumentId instrument = instrumentId(element, required(element, "instrument"));
    List<ActorId> parties = actorIds(element, required(element, "parties"));
    List<Element> children = element.children();
    check(
        element, !children.isEmpty(), "expected the entry-into-force rule first in <tm:procedure>");
    EntryIntoForceRule rule = ruleElement(children.get(0));
    List<ProcedureEvent> events = new ArrayList<>(steps);
    for (Element event : children.subList(1, children.size())) {
      events.add(event(event, true));
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

  private EntryIntoForceRule rule(Element container) {
    List<Element> children = container.children();
    check(container, children.size() == 1, "expected one rule in " + container);
    return ruleElement(children.get(0));
  }

  private EntryIntoForceRule ruleElement(Element element) {
    if (isTm(element, "approvalsThenSignature")) {
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
    } else if (isTm(element, "laterOfApprovals")) {
      ActorId[] approvers =
          actorIds(element, required(element, "approvers")).toArray(new ActorId[0]);
      boolean notifications = bool(element, required(element, "notifications"));
      return built(
          element,
          () ->
              notifications
                  ? LaterOfApprovals.of(approvers)
                  : LaterOfApprovals.withoutNotification(approvers));
    } else if (isTm(element, "signatureThenApproval")) {
      ActorId approver = actorId(element, required(element, "approver"));
      return built(element, () -> SignatureThenApproval.of(approver));
    }
    throw error(
        element,
        "expected a rule (<tm:approvalsThenSignature>, <tm:laterOfApprovals> or <tm:signatureThenApproval>), found "
            + element);
  }

  /** The agreement's dated events, from the workflow steps. */
  private List<ProcedureEvent> steps(Element meta) {
    List<ProcedureEvent> steps = new ArrayList<>();
    for (Element workflow : children(meta, AKN, "workflow")) {
      for (Element step : workflow.children()) {
        expect(step, AKN, "step");
        steps.add(step(step));
      }
    }
    return steps;
  }

  private ProcedureEvent step(Element step) {
    LocalDate date = date(step, required(step, "date"));
    ActorId by = actorId(step, reference(step, "by"));
    String kind = required(step, "refersTo");
    Optional<String> provenance = step.attribute("{" + TM + "}provenance");
    Optional<String> details = step.attribute("{" + TM + "}details");
    switch (kind) {
      case "#" + OWN + "approval" -> {
        Optional<InstrumentId> record =
            step.attribute("{" + TM + "}record").map(id -> instrumentId(step, id));
        return built(
            step,
            () -> {
              Approval.Builder approval = Approval.builder().organ(by).date(date);
              record.ifPresent(approval::record);
              details.ifPresent(approval::details);
              provenance.ifPresent(approval::provenance);
              return approval.build();
            });
      }
      case "#" + OWN + "notification" -> {
        ActorId recipient =
            actorId(
                step,
                step.attribute("{" + TM + "}recipient")
                    .orElseThrow(
                        () -> error(step, "expected tm:recipient on the step of a notification")));
        ActorId reports =
            actorId(
                step,
                step.attribute("{" + TM + "}reports")
                    .orElseThrow(
                        () -> error(step, "expected tm:reports on the step of a notification")));
        return built(
            step,
            () -> {
              Notification.Builder notification =
                  Notification.builder()
                      .sender(by)
                      .recipient(recipient)
                      .reports(reports)
                      .date(date);
              provenance.ifPresent(notification::provenance);
              return notification.build();
            });
      }
      case "#" + OWN + "signature" -> {
        List<Signatory> signatories = signatories(step);
        Optional<String> place = step.attribute("{" + TM + "}place");
        return built(
            step,
            () -> {
              Signature.Builder signature = Signature.builder().date(date).signatories(signatories);
              place.ifPresent(signature::place);
              details.ifPresent(signature::details);
              provenance.ifPresent(signature::provenance);
              return signature.build();
            });
      }
      default ->
          throw error(
              step,
              "expected refersTo=\"#tm_approval\", \"#tm_notification\" or \"#tm_signature\" on a step, found "
                  + Texts.quote(kind));
    }
  }

  private List<Signatory> signatories(Element parent) {
    List<Signatory> signatories = new ArrayList<>();
    for (Element element : parent.children()) {
      expectTm(element, "signatory");
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

  private ProcedureEvent event(Element element, boolean inProcedure) {
    if (isTm(element, "approval")) {
      ActorId organ = actorId(element, required(element, "organ"));
      LocalDate date = date(element, required(element, "date"));
      Optional<InstrumentId> record =
          element.attribute("record").map(id -> instrumentId(element, id));
      return built(
          element,
          () -> {
            Approval.Builder approval = Approval.builder().organ(organ).date(date);
            record.ifPresent(approval::record);
            element.attribute("details").ifPresent(approval::details);
            element.attribute("provenance").ifPresent(approval::provenance);
            return approval.build();
          });
    } else if (isTm(element, "notification")) {
      ActorId sender = actorId(element, required(element, "sender"));
      ActorId recipient = actorId(element, required(element, "recipient"));
      ActorId reports = actorId(element, required(element, "reports"));
      Optional<LocalDate> date = element.attribute("date").map(value -> date(element, value));
      return built(
          element,
          () -> {
            Notification.Builder notification =
                Notification.builder().sender(sender).recipient(recipient).reports(reports);
            date.ifPresent(notification::date);
            element.attribute("provenance").ifPresent(notification::provenance);
            return notification.build();
          });
    } else if (isTm(element, "signature")) {
      LocalDate date = date(element, required(element, "date"));
      List<Signatory> signatories = signatories(element);
      return built(
          element,
          () -> {
            Signature.Builder signature = Signature.builder().date(date).signatories(signatories);
            element.attribute("place").ifPresent(signature::place);
            element.attribute("details").ifPresent(signature::details);
            element.attribute("provenance").ifPresent(signature::provenance);
            return signature.build();
          });
    }
    throw error(
        element,
        "expected <tm:approval>, <tm:notification> or <tm:signature>"
            + (inProcedure ? " after the rule" : "")
            + ", found "
            + element);
  }

  private Amendment amendment(Element element) {
    expectTm(element, "amendment");
    InstrumentId instrument = instrumentId(element, required(element, "instrument"));
    Procedure procedure = procedure(onlyTm(element, "procedure"), List.of());
    List<TextChange> changes = new ArrayList<>();
    for (Element change : onlyTm(element, "changes").children()) {
      changes.add(change(change));
    }
    return built(
        element,
        () ->
            Amendment.builder()
                .instrument(instrument)
                .procedure(procedure)
                .changes(changes)
                .build());
  }

  private TextChange change(Element element) {
    if (!TM.equals(element.namespace())) {
      throw error(element, "expected a change of the tm namespace, found " + element);
    }
    return switch (element.name()) {
      case "replaceArticle" -> {
        Article article = tmArticle(onlyTm(element, "article"));
        yield built(element, () -> TextChange.replaceArticle(article));
      }
      case "addArticle" -> {
        Article article = tmArticle(onlyTm(element, "article"));
        yield built(element, () -> TextChange.addArticle(article));
      }
      case "removeArticle" -> {
        int article = number(element, required(element, "article"));
        yield built(element, () -> TextChange.removeArticle(article));
      }
      case "replaceParagraph" -> {
        int article = number(element, required(element, "article"));
        int number = number(element, required(element, "number"));
        Paragraph paragraph = tmParagraph(onlyTm(element, "paragraph"));
        yield built(element, () -> TextChange.replaceParagraph(article, number, paragraph));
      }
      case "addParagraph" -> {
        int article = number(element, required(element, "article"));
        Paragraph paragraph = tmParagraph(onlyTm(element, "paragraph"));
        yield built(element, () -> TextChange.addParagraph(article, paragraph));
      }
      case "removeParagraph" -> {
        int article = number(element, required(element, "article"));
        int number = number(element, required(element, "number"));
        yield built(element, () -> TextChange.removeParagraph(article, number));
      }
      default -> throw error(element, "unknown change " + element);
    };
  }

  private Article tmArticle(Element element) {
    int number = number(element, required(element, "number"));
    String heading = required(element, "heading");
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element paragraph : element.children()) {
      paragraphs.add(tmParagraph(expectTm(paragraph, "paragraph")));
    }
    return built(
        element,
        () -> Article.builder().number(number).heading(heading).paragraphs(paragraphs).build());
  }

  private Paragraph tmParagraph(Element element) {
    Paragraph.Builder paragraph = Paragraph.builder();
    element.attribute("number").ifPresent(number -> paragraph.number(number(element, number)));
    List<Point> points = new ArrayList<>();
    boolean text = false;
    for (Element part : element.children()) {
      if (isTm(part, "text")) {
        paragraph.text(words(part));
        text = true;
      } else if (isTm(part, "point")) {
        String label = required(part, "label");
        check(part, label.length() == 1, "a point's label is one letter: " + Texts.quote(label));
        String words = words(part);
        points.add(built(part, () -> Point.of(label.charAt(0), words)));
      } else if (isTm(part, "wrapUp")) {
        paragraph.wrapUp(words(part));
      } else {
        throw error(
            part, "expected <tm:text>, <tm:point> or <tm:wrapUp> in <tm:paragraph>, found " + part);
      }
    }
    check(element, text, "expected <tm:text> in <tm:paragraph>");
    paragraph.points(points);
    return built(element, () -> paragraph.build());
  }

  private Norm norm(Element element) {
    expectTm(element, "norm");
    NormId id = built(element, () -> NormId.parse(required(element, "id")));
    ForcePhrase force = token(element, ForcePhrase.class, required(element, "force"));
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
      switch (part.name()) {
        case "fragment" -> fragments.add(words(part));
        case "bearer" -> bearers.add(actorId(part, required(part, "actor")));
        case "counterparty" -> counterparties.add(actorId(part, required(part, "actor")));
        case "forum" -> forums.add(actorId(part, required(part, "actor")));
        case "channel" -> channels.add(actorId(part, required(part, "actor")));
        case "inviter" -> inviters.add(actorId(part, required(part, "actor")));
        case "condition" -> {
          Condition condition = token(part, Condition.class, required(part, "name"));
          conditions.add(condition);
          if (bool(part, part.attribute("alternative").orElse("false"))) {
            alternatives.add(condition);
          }
        }
        case "object" -> objects.add(words(part));
        case "purpose" -> purposes.add(words(part));
        default -> throw error(part, "unexpected " + part + " in <tm:norm>");
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

  private NonNormativeProvision noNorm(Element element) {
    expectTm(element, "noNorm");
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

  private CrossReference referenceApart(Element element) {
    expectTm(element, "reference");
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

  private AnticipatedArrangement arrangement(Element element) {
    expectTm(element, "arrangement");
    ProvisionId provision = provisionId(element, required(element, "provision"));
    ArrangementKind kind = token(element, ArrangementKind.class, required(element, "kind"));
    List<ActorId> concludedBy = actorIds(element, element.attribute("concludedBy").orElse(""));
    List<InstrumentId> instruments = new ArrayList<>();
    for (String id :
        Splitter.on(' ').omitEmptyStrings().split(element.attribute("instruments").orElse(""))) {
      instruments.add(instrumentId(element, id));
    }
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

  private ReportedStatement statement(Element element) {
    expectTm(element, "statement");
    InstrumentId about = instrumentId(element, required(element, "about"));
    ReportedStatement.Builder statement =
        ReportedStatement.builder()
            .about(about)
            .topic(required(element, "topic"))
            .provenance(required(element, "provenance"))
            .words(words(onlyTm(element, "words")));
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
    statement.comparedWith(compared.toArray(new ProvisionId[0]));
    optionalTm(element, "quoted").ifPresent(quoted -> statement.quoted(words(quoted)));
    for (Element child : element.children()) {
      if (!isTm(child, "words") && !isTm(child, "quoted")) {
        throw error(child, "expected <tm:words> and <tm:quoted> in <tm:statement>, found " + child);
      }
    }
    return built(element, () -> statement.build());
  }

  private TimelineEvent event(Element element) {
    expectTm(element, "event");
    LocalDate date = date(element, required(element, "date"));
    List<InstrumentId> instruments = new ArrayList<>();
    for (String id :
        Splitter.on(' ').omitEmptyStrings().split(element.attribute("instruments").orElse(""))) {
      instruments.add(instrumentId(element, id));
    }
    return built(
        element,
        () ->
            TimelineEvent.builder()
                .date(date)
                .description(words(element))
                .provenance(required(element, "provenance"))
                .instruments(instruments)
                .build());
  }

  // ---- small readers ----

  /** The text of {@code element}, a run of white space with a line break taken as one space. */
  private String words(Element element) {
    String text = element.text();
    boolean broken = false;
    for (int i = 0; i < text.length() && !broken; i++) {
      broken = Texts.isLineBreak(text.charAt(i)) || text.charAt(i) == '\t';
    }
    if (broken) {
      text = text.replaceAll("\\s*[\\n\\r\\t\\u000B\\f\\u0085\\u2028\\u2029]\\s*", " ");
    }
    return text.strip();
  }

  private Element onlyP(Element container) {
    return only(container, AKN, "p");
  }

  private Element only(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      throw error(
          parent,
          "expected one <"
              + prefixed(namespace, name)
              + "> in "
              + parent
              + ", found "
              + found.size());
    }
    return found.get(0);
  }

  private Element onlyTm(Element parent, String name) {
    return only(parent, TM, name);
  }

  private Optional<Element> optional(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() > 1) {
      throw error(
          found.get(1), "expected at most one <" + prefixed(namespace, name) + "> in " + parent);
    }
    return found.stream().findFirst();
  }

  private Optional<Element> optionalTm(Element parent, String name) {
    return optional(parent, TM, name);
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    return parent.children().stream()
        .filter(child -> child.namespace().equals(namespace) && child.name().equals(name))
        .toList();
  }

  private Element descendant(Element parent, String namespace, String name) {
    List<Element> found = descendants(parent, namespace, name);
    if (found.isEmpty()) {
      throw error(parent, "expected <" + prefixed(namespace, name) + "> in " + parent);
    }
    return found.get(0);
  }

  private static List<Element> descendants(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Element child : parent.children()) {
      if (child.namespace().equals(namespace) && child.name().equals(name)) {
        found.add(child);
      }
      found.addAll(descendants(child, namespace, name));
    }
    return found;
  }

  private static String prefixed(String namespace, String name) {
    return namespace.equals(TM) ? "tm:" + name : name;
  }

  private static boolean isAkn(Element element, String name) {
    return element.namespace().equals(AKN) && element.name().equals(name);
  }

  private static boolean isTm(Element element, String name) {
    return element.namespace().equals(TM) && element.name().equals(name);
  }

  private void expect(Element element, String namespace, String name) {
    if (!element.namespace().equals(namespace) || !element.name().equals(name)) {
      throw error(
          element,
          "expected <"
              + prefixed(namespace, name)
              + ">, found "
              + element
              + (element.namespace().isEmpty()
                  ? " (no namespace)"
                  : " of namespace " + Texts.quote(element.namespace())));
    }
  }

  private String required(Element element, String attribute) {
    return element
        .attribute(attribute)
        .orElseThrow(() -> error(element, "expected attribute " + attribute + " on " + element));
  }

  /** An attribute that refers to an entry: {@code "#"} and its eId. */
  private String reference(Element element, String attribute) {
    String value = required(element, attribute);
    if (!value.startsWith("#")) {
      throw error(
          element,
          "expected " + attribute + " to be \"#\" and an eId, found " + Texts.quote(value));
    }
    return value.substring(1);
  }

  private ProvisionId eId(Element element) {
    return provisionId(element, required(element, "eId"));
  }

  private ProvisionId provisionId(Element at, String value) {
    return built(at, () -> ProvisionId.parse(value));
  }

  private ActorId actorId(Element at, String value) {
    return built(at, () -> ActorId.parse(value));
  }

  private List<ActorId> actorIds(Element at, String values) {
    List<ActorId> ids = new ArrayList<>();
    for (String value : Splitter.on(' ').omitEmptyStrings().split(values)) {
      ids.add(actorId(at, value));
    }
    return ids;
  }

  private InstrumentId instrumentId(Element at, String value) {
    return built(at, () -> InstrumentId.parse(value));
  }

  private LocalDate date(Element at, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(at, "expected a date as 2016-09-19, found " + Texts.quote(value));
    }
  }

  private int number(Element at, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(at, "expected a number, found " + Texts.quote(value));
    }
  }

  private boolean bool(Element at, String value) {
    if (value.equals("true")) {
      return true;
    } else if (value.equals("false")) {
      return false;
    }
    throw error(at, "expected true or false, found " + Texts.quote(value));
  }

  private <E extends Enum<E>> E token(Element at, Class<E> type, String value) {
    return Names.fromToken(type, value)
        .orElseThrow(
            () -> {
              List<String> known =
                  Arrays.stream(type.getEnumConstants()).map(Names::token).toList();
              String expected =
                  known.size() <= 8
                      ? String.join(", ", known)
                      : String.join(", ", known.subList(0, 5))
                          + " and "
                          + (known.size() - 5)
                          + " more (see the schema)";
              return error(
                  at,
                  "unknown "
                      + type.getSimpleName()
                      + " "
                      + Texts.quote(value)
                      + "; expected one of "
                      + expected);
            });
  }

  private void check(Element at, boolean condition, String problem) {
    if (!condition) {
      throw error(at, problem);
    }
  }

  /** What {@code build} builds, its rejection turned into an error at {@code at}. */
  private <T> T built(Element at, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw error(at, String.valueOf(e.getMessage()), e);
    }
  }

  private static AkomaNtosoException error(Element at, String problem) {
    return new AkomaNtosoException(at.line(), at.column(), problem);
  }

  private static AkomaNtosoException error(Element at, String problem, Throwable cause) {
    if (cause instanceof AkomaNtosoException known) {
      return known;
    }
    return new AkomaNtosoException(at.line(), at.column(), problem, cause);
  }
}
