package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.AgreementText;

/**
 * An amendment to the Agreement: "The present Agreement may be amended by agreement between the
 * United Nations and the International Organization for Migration. Any such amendment shall be
 * approved by the General Assembly of the United Nations and by the Council of the International
 * Organization for Migration." (Article 15). It carries the changes it makes and the procedure that
 * brings it into force (for the 2016 Agreement, {@link
 * org.treatymodel.agreement.procedure.LaterOfApprovals}). No amendment of the 2016 Agreement is
 * known. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Amendment {
  Amendment() {}

  /**
   * A builder; {@code build()} rejects an amendment with no change or the same change twice, and a
   * procedure for another instrument.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Amendment}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableAmendment.Builder delegate = new ImmutableAmendment.Builder();

    Builder() {}

    /** Sets the changes, in the order they are made. */
    public Builder changes(TextChange... changes) {
      delegate.changes(Elements.list("changes", changes));
      return this;
    }

    /** Sets the changes, in the order they are made. */
    public Builder changes(Iterable<? extends TextChange> changes) {
      delegate.changes(Elements.list("changes", changes));
      return this;
    }

    /** Sets {@link Amendment#instrument()}. */
    public Builder instrument(InstrumentId instrument) {
      delegate.instrument(instrument);
      return this;
    }

    /** Sets {@link Amendment#procedure()}. */
    public Builder procedure(Procedure procedure) {
      delegate.procedure(procedure);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Amendment instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Amendment}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Amendment build() {
      return delegate.build();
    }
  }

  /** The instrument the amendment is. */
  public abstract InstrumentId instrument();

  /** The changes it makes, in order. */
  @Value.Default
  public ImmutableList<TextChange> changes() {
    return ImmutableList.of();
  }

  /** The procedure that brings it into force. */
  public abstract Procedure procedure();

  /** The date it enters into force, if its procedure's events bring it into force. */
  public Optional<LocalDate> entryIntoForce() {
    return procedure().entryIntoForce();
  }

  /**
   * {@code text} with every change of this amendment made, in order. {@code text} is unaffected.
   *
   * @throws IllegalArgumentException naming the amendment and the provision if a change does not
   *     fit the text
   */
  public AgreementText applyTo(AgreementText text) {
    checkNotNull(text, "text");
    AgreementText amended = text;
    for (TextChange change : changes()) {
      try {
        amended = change.applyTo(amended);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("amendment " + instrument() + ": " + e.getMessage(), e);
      }
    }
    return amended;
  }

  @Value.Check
  void check() {
    checkArgument(!changes().isEmpty(), "amendment %s must make at least one change", instrument());
    Elements.checkDistinct("changes of amendment " + instrument(), changes());
    checkArgument(
        procedure().instrument().equals(instrument()),
        "amendment %s carries the procedure of %s",
        instrument(),
        procedure().instrument());
  }
}
