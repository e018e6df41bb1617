package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Approval implements ProcedureEvent {
  Approval() {}

  /** A builder; {@code build()} rejects a missing organ or date. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Approval}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableApproval.Builder delegate = new ImmutableApproval.Builder();

    Builder() {}

    /** Sets the instrument that records the approval. */
    public Builder record(InstrumentId record) {
      delegate.record(Optional.of(checkNotNull(record, "record")));
      return this;
    }

    /** Sets the circumstances of the approval, such as the session at which it was given. */
    public Builder details(String details) {
      delegate.details(Optional.of(Texts.checkText("approval details", details)));
      return this;
    }

    /** Sets where the approval is reported. */
    public Builder provenance(String provenance) {
      delegate.provenance(Optional.of(Texts.checkText("approval provenance", provenance)));
      return this;
    }

    /** Sets {@link Approval#organ()}. */
    public Builder organ(ActorId organ) {
      delegate.organ(organ);
      return this;
    }

    /** Sets {@link Approval#date()}. */
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Approval instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Approval}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Approval build() {
      return delegate.build();
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
  public final Kind kind() {
    return Kind.APPROVAL;
  }

  @Override
  public ImmutableList<ActorId> actors() {
    return ImmutableList.of(organ());
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
