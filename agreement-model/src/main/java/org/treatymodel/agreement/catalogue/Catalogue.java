package org.treatymodel.agreement.catalogue;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;

/**
 * The actors and instruments of a body of agreements, each looked up by its identifier, and
 * instruments also by their document symbol. An {@code Agreement} has one ({@code
 * Agreement.catalogue()}); {@code RelationshipAgreements.catalogue()} holds those of the UN–IAEA,
 * UN–ISA, UN–CTBTO Preparatory Commission and UN–ICC agreements. It names actors for people ({@link
 * #nameOf}). Building one rejects two actors or two instruments with one identifier. This class is
 * immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class Catalogue implements ActorNames {
  private final ImmutableList<Actor> actors;
  private final ImmutableList<Instrument> instruments;
  private final ImmutableMap<ActorId, Actor> actorIndex;
  private final ImmutableMap<InstrumentId, Instrument> instrumentIndex;

  private Catalogue(ImmutableList<Actor> actors, ImmutableList<Instrument> instruments) {
    this.actors = actors;
    this.instruments = instruments;
    this.actorIndex = index("actors", actors, Actor::id);
    this.instrumentIndex = index("instruments", instruments, Instrument::id);
  }

  /**
   * The catalogue of {@code actors} and {@code instruments}, kept in the order given.
   *
   * @throws NullPointerException naming the list if it or an element is null
   * @throws IllegalArgumentException naming the identifier given twice
   */
  public static Catalogue of(Iterable<Actor> actors, Iterable<Instrument> instruments) {
    return new Catalogue(
        Elements.list("actors", actors), Elements.list("instruments", instruments));
  }

  private static <K, V> ImmutableMap<K, V> index(
      String attribute, ImmutableList<V> values, Function<V, K> key) {
    Elements.checkDistinct(attribute, values, key);
    return values.stream().collect(ImmutableMap.toImmutableMap(key, value -> value));
  }

  /** Every actor, in the order given. */
  public ImmutableList<Actor> actors() {
    return actors;
  }

  /** Every instrument, in the order given. */
  public ImmutableList<Instrument> instruments() {
    return instruments;
  }

  /** The actor {@code id}, if catalogued. */
  public Optional<Actor> findActor(ActorId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(actorIndex.get(id));
  }

  /**
   * The actor {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if it is not catalogued
   */
  public Actor actor(ActorId id) {
    return findActor(id).orElseThrow(() -> new IllegalArgumentException("no actor " + id));
  }

  /** The instrument {@code id}, if catalogued. */
  public Optional<Instrument> findInstrument(InstrumentId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(instrumentIndex.get(id));
  }

  /**
   * The instrument {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if it is not catalogued
   */
  public Instrument instrument(InstrumentId id) {
    return findInstrument(id)
        .orElseThrow(() -> new IllegalArgumentException("no instrument " + id));
  }

  /**
   * The instrument whose document symbol is {@code symbol}, such as {@code A/RES/70/263}, if
   * catalogued.
   *
   * @throws IllegalArgumentException naming the text if it is not a document symbol
   */
  public Optional<Instrument> findInstrumentBySymbol(String symbol) {
    return findInstrument(InstrumentId.ofSymbol(symbol));
  }

  /**
   * The short name of {@code actor} for people ("the IOM Council"), or its identifier if it is not
   * catalogued.
   */
  @Override
  public String nameOf(ActorId actor) {
    checkNotNull(actor, "actor");
    Actor found = actorIndex.get(actor);
    return found == null ? actor.value() : found.shortName();
  }

  /**
   * How people refer to {@code instrument} ("General Assembly resolution 70/263"), or its
   * identifier if it is not catalogued.
   */
  public String titleOf(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    Instrument found = instrumentIndex.get(instrument);
    return found == null ? instrument.value() : found.shortTitle();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Catalogue that
        && that.actors.equals(actors)
        && that.instruments.equals(instruments);
  }

  @Override
  public int hashCode() {
    return 31 * actors.hashCode() + instruments.hashCode();
  }

  @Override
  public String toString() {
    return "Catalogue{" + actors.size() + " actors, " + instruments.size() + " instruments}";
  }
}
