package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * One normative statement of a provision: who ({@link #bearers()}) owes, may, recognizes or is
 * entitled to what ({@link #action()}) towards whom ({@link #counterparties()}), under which {@link
 * #conditions()}, in which exact {@link #words()} of the Agreement.
 *
 * <p>Example, Article 7(2): an {@link NormKind#OBLIGATION} borne by IOM towards the United Nations,
 * to furnish special studies or information, {@link Condition#TO_THE_EXTENT_PRACTICABLE} and {@link
 * Condition#UPON_REQUEST}, whose {@linkplain #mirror() mirror} is the norm of Article 7(3).
 *
 * <p>The conditions are read from the words, never entered beside them, so they cannot disagree.
 * The words must contain a cue of the norm's {@link NormKind}. Instances are immutable.
 */
@Value.Immutable
public abstract class Norm {
  Norm() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Norm}. */
  public static final class Builder extends ImmutableNorm.Builder {
    Builder() {}

    /**
     * Sets the bearers: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code bearers} if an element is null
     */
    public Builder bearers(ActorId... bearers) {
      return bearers(Elements.set("bearers", bearers));
    }

    /**
     * Sets the bearers: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code bearers} if it or an element is null
     */
    public Builder bearers(Iterable<? extends ActorId> bearers) {
      return bearers(Elements.set("bearers", bearers));
    }

    /**
     * Sets the counterparties: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code counterparties} if an element is null
     */
    public Builder counterparties(ActorId... counterparties) {
      return counterparties(Elements.set("counterparties", counterparties));
    }

    /**
     * Sets the counterparties: a set, so an actor given twice is given once.
     *
     * @throws NullPointerException naming {@code counterparties} if it or an element is null
     */
    public Builder counterparties(Iterable<? extends ActorId> counterparties) {
      return counterparties(Elements.set("counterparties", counterparties));
    }

    /** Sets the norm that states the same for the other party. */
    public Builder mirror(NormId mirror) {
      return mirror(Optional.of(checkNotNull(mirror, "mirror")));
    }
  }

  /** The identifier: the provision and the norm's position in it. */
  public abstract NormId id();

  /** The provision that states the norm. */
  public ProvisionId provision() {
    return id().provision();
  }

  /** Obligation, entitlement, permission, undertaking, recognition, commitment or safeguard. */
  public abstract NormKind kind();

  /** Those the norm binds or empowers: the subject of "shall", "may", "recognizes". */
  @Value.Default
  public ImmutableSet<ActorId> bearers() {
    return ImmutableSet.of();
  }

  /**
   * Those the norm is owed to or benefits; may include the bearers for mutual norms ("each other").
   */
  @Value.Default
  public ImmutableSet<ActorId> counterparties() {
    return ImmutableSet.of();
  }

  /** What the bearer must, may or does do, in brief; the {@link #words()} are authoritative. */
  public abstract String action();

  /** The exact words of the Agreement that state the norm, as they stand in its provision. */
  public abstract String words();

  /** The norm that states the same for the other party, such as Article 7(3) for Article 7(2). */
  @Value.Default
  public Optional<NormId> mirror() {
    return Optional.empty();
  }

  /**
   * The conditions that qualify the norm, read from its words, in the order of {@link Condition}.
   */
  @Value.Derived
  public ImmutableSet<Condition> conditions() {
    return Arrays.stream(Condition.values())
        .filter(condition -> condition.isStatedIn(words()))
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    Texts.checkText("norm words", words());
    Texts.checkText("norm action", action());
    checkArgument(!bearers().isEmpty(), "norm %s must have at least one bearer", id());
    if (kind().cues().stream().noneMatch(words()::contains)) {
      throw new IllegalArgumentException(
          "the words of "
              + kind().label()
              + " "
              + id()
              + " must contain one of "
              + kind().cues()
              + ": "
              + Texts.quote(words()));
    }
    checkArgument(!mirror().equals(Optional.of(id())), "norm %s cannot be its own mirror", id());
  }
}
