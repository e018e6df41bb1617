package org.treatymodel.agreement.arrangement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
@Value.Immutable
public abstract class AnticipatedArrangement {
  AnticipatedArrangement() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnticipatedArrangement}. */
  public static final class Builder extends ImmutableAnticipatedArrangement.Builder {
    Builder() {}

    /**
     * Sets who concludes the arrangement: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code concludedBy} if an element is null
     */
    public Builder concludedBy(ActorId... concludedBy) {
      return concludedBy(Elements.set("concludedBy", concludedBy));
    }

    /**
     * Sets who concludes the arrangement: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code concludedBy} if it or an element is null
     */
    public Builder concludedBy(Iterable<? extends ActorId> concludedBy) {
      return concludedBy(Elements.set("concludedBy", concludedBy));
    }

    /**
     * Sets the instruments known to be such arrangements, each once.
     *
     * @throws NullPointerException naming {@code instruments} if an element is null
     */
    public Builder instruments(InstrumentId... instruments) {
      return instruments(Elements.list("instruments", instruments));
    }

    /**
     * Sets the instruments known to be such arrangements, each once.
     *
     * @throws NullPointerException naming {@code instruments} if it or an element is null
     */
    public Builder instruments(Iterable<? extends InstrumentId> instruments) {
      return instruments(Elements.list("instruments", instruments));
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
