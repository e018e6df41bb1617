package org.treatymodel.agreement.procedure;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * The approval of an instrument by an organ of a party: "The present Agreement shall be approved by
 * the General Assembly of the United Nations and by the Council of the International Organization
 * for Migration" (Article 16(1)); "Any such amendment shall be approved by ..." (Article 15).
 * Instances are immutable.
 */
@Value.Immutable
public abstract non-sealed class Approval implements ProcedureEvent {
  Approval() {}

  /** The approval by {@code organ} on {@code date}, recorded in {@code record} (a resolution). */
  public static Approval of(ActorId organ, LocalDate date, InstrumentId record) {
    return ImmutableApproval.builder().organ(organ).date(date).record(record).build();
  }

  /**
   * The approval by {@code organ} on {@code date}, where the instrument recording it is not known.
   */
  public static Approval of(ActorId organ, LocalDate date) {
    return ImmutableApproval.builder().organ(organ).date(date).build();
  }

  /** The approving organ. */
  public abstract ActorId organ();

  /** The date of approval. */
  public abstract LocalDate date();

  /** The instrument that records the approval, such as IOM Council resolution No. 1317. */
  public abstract Optional<InstrumentId> record();

  @Override
  public Optional<LocalDate> when() {
    return Optional.of(date());
  }
}
