package org.treatymodel.agreement.location;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Comparator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A place in an agreement's dossier that something can be said about: a provision, a norm, an event
 * of a procedure, an instrument or an actor. The validation module reports each diagnostic at one;
 * {@code org.treatymodel.agreement.english.Sentences} says it for people.
 *
 * <p>Locations order as a reader meets them: the text first, in document order, a provision before
 * the norms it states; then the procedure events in date order (those of unknown date last); then
 * instruments and actors, by identifier.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Location extends Comparable<Location>
    permits Location.AtProvision,
        Location.AtNorm,
        Location.AtEvent,
        Location.AtInstrument,
        Location.AtActor {

  /** The location of provision {@code id}. */
  static Location of(ProvisionId id) {
    return new AtProvision(id);
  }

  /** The location of norm {@code id}. */
  static Location of(NormId id) {
    return new AtNorm(id);
  }

  /** The location of instrument {@code id}. */
  static Location of(InstrumentId id) {
    return new AtInstrument(id);
  }

  /** The location of actor {@code id}. */
  static Location of(ActorId id) {
    return new AtActor(id);
  }

  /** The location of {@code event} of the procedure of {@code instrument}. */
  static Location of(InstrumentId instrument, ProcedureEvent event) {
    return new AtEvent(instrument, event);
  }

  /** Orders locations as a reader meets them, as the class comment says. */
  Comparator<Location> READING_ORDER =
      Comparator.comparingInt(Location::rank)
          .thenComparing(
              Location::provisionOrNull, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Location::normOrdinal)
          .thenComparing(Location::dateOrNull, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Location::rest);

  /** Orders locations as the class comment says, by {@link #READING_ORDER}. */
  @Override
  default int compareTo(Location other) {
    return READING_ORDER.compare(this, checkNotNull(other, "other"));
  }

  private static int rank(Location location) {
    if (location instanceof AtProvision || location instanceof AtNorm) {
      return 0;
    }
    if (location instanceof AtEvent) {
      return 1;
    }
    return location instanceof AtInstrument ? 2 : 3;
  }

  private static @Nullable ProvisionId provisionOrNull(Location location) {
    if (location instanceof AtProvision at) {
      return at.provision();
    }
    return location instanceof AtNorm at ? at.norm().provision() : null;
  }

  /** 0 for a provision, so that it comes before the norms it states. */
  private static int normOrdinal(Location location) {
    return location instanceof AtNorm at ? at.norm().ordinal() : 0;
  }

  private static @Nullable LocalDate dateOrNull(Location location) {
    return location instanceof AtEvent at ? at.event().when().orElse(null) : null;
  }

  private static String rest(Location location) {
    return location instanceof AtEvent at
        ? at.event().key() + " " + at.instrument()
        : location.toString();
  }

  /**
   * A provision of the text.
   *
   * @param provision its identifier
   */
  record AtProvision(ProvisionId provision) implements Location {
    /** Checks that the provision is given. */
    public AtProvision {
      checkNotNull(provision, "provision");
    }

    /** The eId, as {@code art_5__para_1}. */
    @Override
    public String toString() {
      return provision.toString();
    }
  }

  /**
   * A norm.
   *
   * @param norm its identifier
   */
  record AtNorm(NormId norm) implements Location {
    /** Checks that the norm is given. */
    public AtNorm {
      checkNotNull(norm, "norm");
    }

    /** The norm id, as {@code art_5__para_1#2}. */
    @Override
    public String toString() {
      return norm.toString();
    }
  }

  /**
   * An event of the procedure of an instrument.
   *
   * @param instrument the instrument whose procedure records the event
   * @param event the event
   */
  record AtEvent(InstrumentId instrument, ProcedureEvent event) implements Location {
    /** Checks that both are given. */
    public AtEvent {
      checkNotNull(instrument, "instrument");
      checkNotNull(event, "event");
    }

    /** The event in brief: {@code approval by iom.council on 2016-06-30 (agreement/...)}. */
    @Override
    public String toString() {
      return event.key() + " (" + instrument + ")";
    }
  }

  /**
   * An instrument: the agreement itself, one of its history, a predecessor, an amendment.
   *
   * @param instrument its identifier
   */
  record AtInstrument(InstrumentId instrument) implements Location {
    /** Checks that the instrument is given. */
    public AtInstrument {
      checkNotNull(instrument, "instrument");
    }

    /** The instrument's identifier. */
    @Override
    public String toString() {
      return instrument.toString();
    }
  }

  /**
   * An actor.
   *
   * @param actor its identifier
   */
  record AtActor(ActorId actor) implements Location {
    /** Checks that the actor is given. */
    public AtActor {
      checkNotNull(actor, "actor");
    }

    /** The actor's identifier. */
    @Override
    public String toString() {
      return actor.toString();
    }
  }
}
