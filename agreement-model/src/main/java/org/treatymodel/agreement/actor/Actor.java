package org.treatymodel.agreement.actor;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * Anything a norm of the Agreement can bind or benefit: an Organization, an organ, an office, a
 * coordination body, or the staff of IOM. Its {@link #name()} is written as the Agreement writes
 * it, for example "the Council of the International Organization for Migration" (Article 5(1)).
 *
 * <p>Build one with {@link #builder()}; {@code UnIomAgreement.agreement().actors()} lists those the
 * Agreement names. Instances are immutable.
 */
@Value.Immutable
public abstract class Actor {
  Actor() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }

  /** The identifier, unique among the actors of a model. */
  public abstract ActorId id();

  /** Organization, organ, office, coordination body or staff. */
  public abstract ActorKind kind();

  /**
   * The name as the Agreement (or, for actors the Agreement does not name, the sources) writes it:
   * "the Council of the International Organization for Migration".
   */
  public abstract String name();

  /**
   * A short name for people, as messages and the tour use it: "the IOM Council". By default the
   * {@link #name()}.
   */
  @Value.Default
  public String shortName() {
    return name();
  }

  /** The actor this one belongs to, read from the identifier; empty for an Organization. */
  public Optional<ActorId> parent() {
    return id().parent();
  }

  @Value.Check
  void check() {
    Texts.checkText("actor name", name());
    Texts.checkText("actor short name", shortName());
    checkArgument(
        (kind() == ActorKind.ORGANIZATION) == id().isOrganization(),
        "an Organization, and only an Organization, has an id of one segment: id %s, kind %s",
        id(),
        kind());
  }
}
