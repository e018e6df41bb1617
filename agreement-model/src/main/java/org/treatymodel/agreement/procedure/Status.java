package org.treatymodel.agreement.procedure;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * What the events of a procedure mean on one date: the {@link Stage}, who has approved, since when
 * the instrument is in force, since when and by what it is superseded, and the irregularities found
 * by then. Always computed by {@link Procedure#statusIgnoringSupersessionOn} or {@link
 * Succession#statusOn}, never stored. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Status {
  Status() {}

  /** The instrument whose status this is. */
  public abstract InstrumentId instrument();

  /** The date the status is for. */
  public abstract LocalDate date();

  /** How far the instrument has come. */
  public abstract Stage stage();

  /** The required organs that have approved by {@link #date()}. */
  public abstract ImmutableSet<ActorId> approvedBy();

  /** The date of signature, if signed by {@link #date()}. */
  @Value.Default
  public Optional<LocalDate> signedOn() {
    return Optional.empty();
  }

  /** The date of entry into force, if in force (or superseded) by {@link #date()}. */
  @Value.Default
  public Optional<LocalDate> inForceSince() {
    return Optional.empty();
  }

  /** The date of supersession, if superseded by {@link #date()}. */
  @Value.Default
  public Optional<LocalDate> supersededSince() {
    return Optional.empty();
  }

  /** The instrument that superseded it, if superseded by {@link #date()}. */
  @Value.Default
  public Optional<InstrumentId> supersededBy() {
    return Optional.empty();
  }

  /** The irregularities found on or before {@link #date()}, oldest first. */
  public abstract ImmutableList<Irregularity> irregularities();

  /** Whether the instrument is in force and not superseded on {@link #date()}. */
  public boolean isInForce() {
    return stage() == Stage.IN_FORCE;
  }
}
