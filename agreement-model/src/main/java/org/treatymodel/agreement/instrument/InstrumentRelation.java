package org.treatymodel.agreement.instrument;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One relation from an instrument to another: "A/RES/70/263 recalls A/RES/47/4". The source of the
 * relation is the {@link Instrument} that holds it. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class InstrumentRelation {
  InstrumentRelation() {}

  /** The relation {@code kind} to {@code target}. */
  public static InstrumentRelation of(RelationKind kind, InstrumentId target) {
    return ImmutableInstrumentRelation.of(kind, target);
  }

  /** How the holding instrument bears on the target. */
  @Value.Parameter
  public abstract RelationKind kind();

  /** The instrument related to. */
  @Value.Parameter
  public abstract InstrumentId target();
}
