package org.treatymodel.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Dates;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A place in an {@link Agreement}'s dossier that something can be said about: a provision, a norm,
 * an event of a procedure, an instrument or an actor. The validation module reports each diagnostic
 * at one.
 *
 * <p>Locations order as a reader meets them: the text first, in document order, a provision before
 * the norms it states; then the procedure events in date order (those of unknown date last); then
 * instruments and actors, by identifier.
 */
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

  /**
   * The location for people, naming actors and instruments through {@code dossier}: "Article 5(1)",
   * "the approval by the IOM Council of 30 June 2016 (the 2016 Agreement)".
   */
  String describe(Agreement dossier);

  /** Orders locations as the class comment says. */
  @Override
  default int compareTo(Location other) {
    return LocationOrder.COMPARATOR.compare(this, checkNotNull(other, "other"));
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

    @Override
    public String describe(Agreement dossier) {
      checkNotNull(dossier, "dossier");
      return dossier.text().findProvision(provision).isPresent()
          ? dossier.text().citation(provision)
          : provision.toString();
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

    @Override
    public String describe(Agreement dossier) {
      return "norm " + norm + " (" + new AtProvision(norm.provision()).describe(dossier) + ")";
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

    @Override
    public String describe(Agreement dossier) {
      checkNotNull(dossier, "dossier");
      String when = event.when().map(Dates::forPeople).map(date -> " of " + date).orElse("");
      String what;
      if (event instanceof Approval approval) {
        what = "the approval by " + dossier.nameOf(approval.organ()) + when;
      } else if (event instanceof Notification notification) {
        what =
            "the notification by "
                + dossier.nameOf(notification.sender())
                + " of the approval by "
                + dossier.nameOf(notification.reports())
                + (notification.date().isPresent() ? when : ", of unknown date");
      } else {
        what = "the signature" + when;
      }
      return what + " (" + dossier.catalogue().titleOf(instrument) + ")";
    }

    /** The event in brief: {@code approval by iom.council on 2016-06-30 (agreement/...)}. */
    @Override
    public String toString() {
      return LocationOrder.eventKey(event) + " (" + instrument + ")";
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

    @Override
    public String describe(Agreement dossier) {
      return checkNotNull(dossier, "dossier").catalogue().titleOf(instrument);
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

    @Override
    public String describe(Agreement dossier) {
      return checkNotNull(dossier, "dossier").nameOf(actor);
    }

    /** The actor's identifier. */
    @Override
    public String toString() {
      return actor.toString();
    }
  }
}
