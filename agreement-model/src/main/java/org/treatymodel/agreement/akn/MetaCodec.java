package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.OWN;
import static org.treatymodel.agreement.akn.Names.SOURCE;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Names.iri;
import static org.treatymodel.agreement.akn.Names.token;
import static org.treatymodel.agreement.akn.Reading.actorId;
import static org.treatymodel.agreement.akn.Reading.children;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.required;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * The metadata of an act in Akoma Ntoso's own elements: the actors, read and written as the
 * organizations and roles of {@code <references>}; and, written for tools that read Akoma Ntoso but
 * derived from the dossier and not read back (so that no fact is read from two places), the FRBR
 * identification, the lifecycle, the temporal data and the references to other documents.
 */
final class MetaCodec {
  private MetaCodec() {}

  // The vocabulary of the metadata, shared by reading and writing.
  static final String META = "meta";
  static final String REFERENCES = "references";
  static final String TLC_ORGANIZATION = "TLCOrganization";
  static final String TLC_ROLE = "TLCRole";
  static final String KIND = "kind";
  static final String SHOW_AS = "showAs";
  static final String SHORT_FORM = "shortForm";

  // ---- actors ----

  /** The actors of the references of {@code meta}, but the entries the document adds itself. */
  static ImmutableList<Actor> actors(Element meta) {
    ImmutableList.Builder<Actor> actors = ImmutableList.builder();
    for (Element references : children(meta, AKN, REFERENCES)) {
      for (Element entry : references.children()) {
        boolean organization = is(entry, AKN, TLC_ORGANIZATION);
        boolean role = is(entry, AKN, TLC_ROLE);
        String eId = entry.attribute("eId").orElse("");
        if ((!organization && !role) || eId.startsWith(OWN)) {
          continue;
        }
        ActorId id = actorId(entry, eId);
        ActorKind kind =
            entry
                .attribute("{" + TM + "}" + KIND)
                .map(token -> Reading.token(entry, ActorKind.class, token))
                .orElse(
                    role
                        ? ActorKind.OFFICE
                        : id.isOrganization() ? ActorKind.ORGANIZATION : ActorKind.ORGAN);
        actors.add(
            CatalogueCodec.actor(
                entry, id, kind, required(entry, SHOW_AS), entry.attribute(SHORT_FORM)));
      }
    }
    return actors.build();
  }

  private static void actors(XmlOut out, List<Actor> actors) {
    for (Actor actor : actors) {
      boolean role = actor.kind() == ActorKind.OFFICE || actor.kind() == ActorKind.STAFF;
      out.open("", role ? TLC_ROLE : TLC_ORGANIZATION, AKN)
          .attribute("eId", actor.id().value())
          .attribute(
              "href", (role ? "/akn/ontology/roles/" : "/akn/ontology/organizations/") + actor.id())
          .attribute(SHOW_AS, actor.name())
          .attribute(SHORT_FORM, actor.shortName());
      out.attribute(TM_PREFIX, TM, KIND, token(actor.kind()));
      out.close();
    }
  }

  // ---- what is derived ----

  /**
   * Writes the identification, lifecycle and workflow of {@code dossier}, its temporal data and its
   * references, in the order the standard gives them in {@code <meta>}; {@code proprietary} writes
   * the {@code <proprietary>} block's contents last.
   */
  static void write(XmlOut out, Agreement dossier, Runnable proprietary) {
    out.open("", META, AKN);
    identification(out, dossier);
    lifecycle(out, dossier);
    ProcedureCodec.workflow(out, dossier.procedure());
    temporalData(out, dossier);
    references(out, dossier);
    out.open("", "proprietary", AKN).attribute("source", SOURCE);
    proprietary.run();
    out.close();
    out.close();
  }

  /**
   * The date the FRBR Work bears: the instrument's, else its entry into force, else its first
   * event.
   */
  private static LocalDate workDate(Agreement dossier) {
    return dossier
        .findInstrument(dossier.instrument())
        .flatMap(Instrument::date)
        .or(dossier::entryIntoForce)
        .or(() -> dossier.procedure().firstEventDate())
        .orElse(LocalDate.of(1, 1, 1));
  }

  /** The manifestation's format: Akoma Ntoso XML, as its media type names it. */
  static final String FORMAT = "application/akn+xml";

  private static void identification(XmlOut out, Agreement dossier) {
    String work = iri(dossier.instrument());
    String expression = work + "/" + dossier.text().language().code() + "@";
    String date = workDate(dossier).toString();
    out.open("", "identification", AKN).attribute("source", SOURCE);
    out.open("", "FRBRWork", AKN);
    frbr(out, work + "/!main", work, date, "work", dossier.parties());
    leaf(out, "FRBRcountry", "value", "un");
    // The naming convention's subtype: the kind of instrument, as the work IRI has it.
    dossier
        .instrument()
        .designatedKind()
        .ifPresent(kind -> leaf(out, "FRBRsubtype", "value", kind.code()));
    out.close();
    out.open("", "FRBRExpression", AKN);
    frbr(out, expression + "/!main", expression, date, "expression", dossier.parties());
    leaf(out, "FRBRlanguage", "language", dossier.text().language().code());
    out.close();
    out.open("", "FRBRManifestation", AKN);
    leaf(out, "FRBRthis", "value", expression + "/!main.xml");
    leaf(out, "FRBRuri", "value", expression + ".xml");
    out.open("", "FRBRdate", AKN)
        .attribute("date", date)
        .attribute("name", "manifestation")
        .close();
    leaf(out, "FRBRauthor", "href", SOURCE);
    leaf(out, "FRBRformat", "value", FORMAT);
    out.close();
    out.close();
  }

  /** The FRBR elements a work and an expression share: this, uri, date and the authors. */
  private static void frbr(
      XmlOut out, String self, String uri, String date, String level, Set<ActorId> authors) {
    leaf(out, "FRBRthis", "value", self);
    leaf(out, "FRBRuri", "value", uri);
    out.open("", "FRBRdate", AKN).attribute("date", date).attribute("name", level).close();
    for (ActorId author : authors) {
      leaf(out, "FRBRauthor", "href", "#" + author);
    }
  }

  private static void leaf(XmlOut out, String name, String attribute, String value) {
    out.open("", name, AKN).attribute(attribute, value).close();
  }

  /** The original's entry into force and each amendment's, as versions of the text. */
  private static void lifecycle(XmlOut out, Agreement dossier) {
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

  /** The period the agreement has been in force, from its entry into force. */
  private static void temporalData(XmlOut out, Agreement dossier) {
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

  private static void references(XmlOut out, Agreement dossier) {
    out.open("", REFERENCES, AKN).attribute("source", SOURCE);
    String expression = iri(dossier.instrument()) + "/" + dossier.text().language().code() + "@";
    reference(out, "original", OWN + "original", expression, dossier.instrument(), dossier);
    dossier
        .procedure()
        .supersedes()
        .ifPresent(
            superseded ->
                reference(
                    out, "activeRef", OWN + "supersedes", iri(superseded), superseded, dossier));
    for (int i = 0; i < dossier.amendments().size(); i++) {
      InstrumentId amendment = dossier.amendments().get(i).instrument();
      reference(out, "passiveRef", amendmentEId(i), iri(amendment), amendment, dossier);
    }
    actors(out, dossier.actors());
    List<SignatureLine> lines =
        dossier.text().findFinalClauses().map(FinalClauses::signatures).orElse(ImmutableList.of());
    for (int i = 0; i < lines.size(); i++) {
      out.open("", "TLCPerson", AKN)
          .attribute("eId", OWN + "person_" + (i + 1))
          .attribute("href", "/akn/ontology/persons/" + (i + 1))
          .attribute(SHOW_AS, lines.get(i).signatory())
          .close();
    }
    own(
        out,
        TLC_ORGANIZATION,
        "treatymodel",
        "/akn/ontology/organizations/treatymodel",
        "treatymodel");
    own(out, "TLCEvent", "approval", "/akn/ontology/events/approval", "approval");
    own(
        out,
        "TLCEvent",
        "notification",
        "/akn/ontology/events/notification",
        "written notification");
    own(out, "TLCEvent", "signature", "/akn/ontology/events/signature", "signature");
    own(out, "TLCConcept", "inForce", "/akn/ontology/concepts/inForce", "in force");
    out.close();
  }

  private static void reference(
      XmlOut out,
      String element,
      String eId,
      String href,
      InstrumentId instrument,
      Agreement dossier) {
    out.open("", element, AKN)
        .attribute("eId", eId)
        .attribute("href", href)
        .attribute(SHOW_AS, dossier.catalogue().titleOf(instrument))
        .close();
  }

  private static void own(XmlOut out, String element, String name, String href, String showAs) {
    out.open("", element, AKN)
        .attribute("eId", OWN + name)
        .attribute("href", href)
        .attribute(SHOW_AS, showAs)
        .close();
  }
}
