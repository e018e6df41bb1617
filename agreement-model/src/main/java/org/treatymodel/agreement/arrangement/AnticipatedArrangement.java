package org.treatymodel.agreement.arrangement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * An arrangement a provision calls for, such as "supplementary arrangements concluded pursuant to
 * Article 14 of this Agreement" (Article 10): the provision, the kind, the words that call for it,
 * who concludes it, and the instruments known to conclude it (none, for the 2016 Agreement).
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AnticipatedArrangement {
  AnticipatedArrangement() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AnticipatedArrangement}. Every setter rejects null, naming the attribute, and
   * a collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableAnticipatedArrangement.Builder delegate =
        new ImmutableAnticipatedArrangement.Builder();

    Builder() {}

    /** Sets who concludes the arrangement: a set, so an actor given twice is given once. */
    public Builder concludedBy(ActorId... concludedBy) {
      delegate.concludedBy(Elements.set("concludedBy", concludedBy));
      return this;
    }

    /** Sets who concludes the arrangement: a set, so an actor given twice is given once. */
    public Builder concludedBy(Iterable<? extends ActorId> concludedBy) {
      delegate.concludedBy(Elements.set("concludedBy", concludedBy));
      return this;
    }

    /** Sets the instruments known to be such arrangements, each once. */
    public Builder instruments(InstrumentId... instruments) {
      delegate.instruments(Elements.list("instruments", instruments));
      return this;
    }

    /** Sets the instruments known to be such arrangements, each once. */
    public Builder instruments(Iterable<? extends InstrumentId> instruments) {
      delegate.instruments(Elements.list("instruments", instruments));
      return this;
    }

    /** Sets {@link AnticipatedArrangement#provision()}. */
    public Builder provision(ProvisionId provision) {
      delegate.provision(provision);
      return this;
    }

    /** Sets {@link AnticipatedArrangement#kind()}. */
    public Builder kind(ArrangementKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets {@link AnticipatedArrangement#words()}. */
    public Builder words(String words) {
      delegate.words(words);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(AnticipatedArrangement instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link AnticipatedArrangement}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public AnticipatedArrangement build() {
      return delegate.build();
    }
  }

  /** The provision that calls for the arrangement. */
  public abstract ProvisionId provision();

  /** Supplementary, separate, administrative or working arrangement. */
  public abstract ArrangementKind kind();

  /** The words of the provision that call for it. */
  public abstract String words();

  /** Who concludes it. */
  @Value.Default
  public ImmutableSet<ActorId> concludedBy() {
    return ImmutableSet.of();
  }

  /** The instruments known to be such arrangements, each once; empty where none is known. */
  @Value.Default
  public ImmutableList<InstrumentId> instruments() {
    return ImmutableList.of();
  }

  /** Whether an arrangement of this kind is known to have been concluded. */
  public boolean isConcluded() {
    return !instruments().isEmpty();
  }

  @Value.Check
  void check() {
    Texts.checkText("arrangement words", words());
    Elements.checkDistinct("arrangement instruments", instruments());
    checkArgument(
        !concludedBy().isEmpty(),
        "the arrangement called for by %s must name who concludes it",
        provision());
  }
}
