package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;

/**
 * The approval of an instrument by an organ of a party: "The present Agreement shall be approved by
 * the General Assembly of the United Nations and by the Council of the International Organization
 * for Migration" (Article 16(1)); "Any such amendment shall be approved by ..." (Article 15).
 * Instances are immutable.
 */
@Value.Immutable
public abstract non-sealed class Approval implements ProcedureEvent {
  Approval() {}

  /** A builder; {@code build()} rejects a missing organ or date. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Approval}. */
  public static final class Builder extends ImmutableApproval.Builder {
    Builder() {}

    /** Sets the instrument that records the approval. */
    public Builder record(InstrumentId record) {
      return record(Optional.of(checkNotNull(record, "record")));
    }

    /** Sets the circumstances of the approval, such as the session at which it was given. */
    public Builder details(String details) {
      return details(Optional.of(Texts.checkText("approval details", details)));
    }

    /** Sets where the approval is reported. */
    public Builder provenance(String provenance) {
      return provenance(Optional.of(Texts.checkText("approval provenance", provenance)));
    }
  }

  /** The approval by {@code organ} on {@code date}, recorded in {@code record} (a resolution). */
  public static Approval of(ActorId organ, LocalDate date, InstrumentId record) {
    return builder().organ(organ).date(date).record(record).build();
  }

  /**
   * The approval by {@code organ} on {@code date}, where the instrument recording it is not known.
   */
  public static Approval of(ActorId organ, LocalDate date) {
    return builder().organ(organ).date(date).build();
  }

  /** The approving organ (or the Organization itself, where it approves as a whole). */
  public abstract ActorId organ();

  /** The date of approval. */
  public abstract LocalDate date();

  /** The instrument that records the approval, such as IOM Council resolution No. 1317. */
  @Value.Default
  public Optional<InstrumentId> record() {
    return Optional.empty();
  }

  /**
   * The circumstances of the approval, in a phrase: "unanimously, directly in plenary without
   * reference to a Main Committee, at the 112th plenary meeting of its seventieth session".
   */
  @Value.Default
  public Optional<String> details() {
    return Optional.empty();
  }

  @Value.Default
  @Override
  public Optional<String> provenance() {
    return Optional.empty();
  }

  @Override
  public Optional<LocalDate> when() {
    return Optional.of(date());
  }

  @Value.Check
  void check() {
    details().ifPresent(words -> Texts.checkText("approval details", words));
    provenance().ifPresent(words -> Texts.checkText("approval provenance", words));
  }
}
