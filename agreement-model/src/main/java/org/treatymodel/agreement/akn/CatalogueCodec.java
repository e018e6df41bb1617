package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Names.token;
import static org.treatymodel.agreement.akn.Reading.actorId;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.date;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expect;
import static org.treatymodel.agreement.akn.Reading.expectTm;
import static org.treatymodel.agreement.akn.Reading.instrumentId;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.required;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.procedure.Procedure;

/**
 * Actors and instruments, read and written side by side: the {@code <tm:instruments>} of a dossier,
 * and a standalone {@code <tm:catalogue>} of the actors, instruments and procedures of agreements
 * whose text the library does not hold.
 */
final class CatalogueCodec {
  private CatalogueCodec() {}

  // The vocabulary of catalogues, shared by reading and writing.
  static final String CATALOGUE = "catalogue";
  static final String ACTOR = "actor";
  static final String INSTRUMENTS = "instruments";
  static final String INSTRUMENT = "instrument";
  static final String RELATION = "relation";

  // ---- a standalone catalogue ----

  /** Reads a standalone {@code tm:catalogue}. */
  static CatalogueDocument read(Element root) {
    expect(root, TM, CATALOGUE);
    ImmutableList.Builder<Actor> actors = ImmutableList.builder();
    ImmutableList.Builder<Instrument> instruments = ImmutableList.builder();
    ImmutableList.Builder<Procedure> procedures = ImmutableList.builder();
    for (Element part : root.children()) {
      if (is(part, TM, ACTOR)) {
        ActorId id = actorId(part, required(part, "id"));
        ActorKind kind = Reading.token(part, ActorKind.class, required(part, "kind"));
        actors.add(actor(part, id, kind, required(part, "name"), part.attribute("shortName")));
      } else if (is(part, TM, INSTRUMENTS)) {
        instruments.addAll(instruments(part));
      } else if (is(part, TM, ProcedureCodec.PROCEDURE)) {
        procedures.add(ProcedureCodec.read(part, List.of()));
      } else {
        throw error(
            part,
            "expected <tm:actor>, <tm:instruments> or <tm:procedure> in <tm:catalogue>, found "
                + part);
      }
    }
    return new CatalogueDocument(actors.build(), instruments.build(), procedures.build());
  }

  /**
   * Writes {@code catalogue} as a standalone {@code tm:catalogue}, with actors as {@code tm:actor}
   * since there are no Akoma Ntoso references to hold them.
   */
  static String write(CatalogueDocument catalogue) {
    XmlOut out = new XmlOut();
    out.open(TM_PREFIX, CATALOGUE, TM).namespace(TM_PREFIX, TM).attribute("version", "1.0");
    for (Actor actor : catalogue.actors()) {
      out.open(TM_PREFIX, ACTOR, TM)
          .attribute("id", actor.id().value())
          .attribute("kind", token(actor.kind()))
          .attribute("name", actor.name());
      if (!actor.shortName().equals(actor.name())) {
        out.attribute("shortName", actor.shortName());
      }
      out.close();
    }
    write(out, catalogue.instruments());
    catalogue.procedures().forEach(procedure -> ProcedureCodec.write(out, procedure, false));
    out.close();
    return out.finish();
  }

  /** The actor an entry of the references or a {@code tm:actor} describes. */
  static Actor actor(
      Element at, ActorId id, ActorKind kind, String name, Optional<String> shortName) {
    return built(
        at,
        () -> {
          Actor.Builder actor = Actor.builder().id(id).kind(kind).name(name);
          shortName.ifPresent(actor::shortName);
          return actor.build();
        });
  }

  // ---- instruments ----

  /** The instruments of a {@code <tm:instruments>}. */
  static List<Instrument> instruments(Element container) {
    List<Instrument> instruments = new ArrayList<>();
    container.children().forEach(child -> instruments.add(instrument(child)));
    return instruments;
  }

  private static Instrument instrument(Element element) {
    expectTm(element, INSTRUMENT);
    InstrumentId id = instrumentId(element, required(element, "id"));
    String kindCode = required(element, "kind");
    InstrumentKind kind =
        InstrumentKind.ofCode(kindCode)
            .orElseThrow(() -> error(element, "unknown instrument kind " + Texts.quote(kindCode)));
    List<InstrumentRelation> relations = new ArrayList<>();
    for (Element relation : element.children()) {
      expectTm(relation, RELATION);
      RelationKind relationKind =
          Reading.token(relation, RelationKind.class, required(relation, "kind"));
      InstrumentId target = instrumentId(relation, required(relation, "target"));
      relations.add(built(relation, () -> InstrumentRelation.of(relationKind, target)));
    }
    String title = required(element, "title");
    String provenance = required(element, "provenance");
    return built(
        element,
        () -> {
          Instrument.Builder instrument =
              Instrument.builder()
                  .id(id)
                  .kind(kind)
                  .title(title)
                  .provenance(provenance)
                  .relations(relations);
          element.attribute("shortTitle").ifPresent(instrument::shortTitle);
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

  /** Writes {@code instruments} as a {@code <tm:instruments>}, if there are any. */
  static void write(XmlOut out, List<Instrument> instruments) {
    if (instruments.isEmpty()) {
      return;
    }
    out.open(TM_PREFIX, INSTRUMENTS, TM);
    for (Instrument instrument : instruments) {
      out.open(TM_PREFIX, INSTRUMENT, TM)
          .attribute("id", instrument.id().value())
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
        out.open(TM_PREFIX, RELATION, TM)
            .attribute("kind", token(relation.kind()))
            .attribute("target", relation.target().value())
            .close();
      }
      out.close();
    }
    out.close();
  }
}
