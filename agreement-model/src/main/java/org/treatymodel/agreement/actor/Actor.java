package org.treatymodel.agreement.actor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Actor {
  Actor() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Actor}. Every setter rejects null, naming the attribute, and a collection with
   * a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableActor.Builder delegate = new ImmutableActor.Builder();

    Builder() {}

    /** Sets {@link Actor#id()}. */
    public Builder id(ActorId id) {
      delegate.id(id);
      return this;
    }

    /** Sets {@link Actor#kind()}. */
    public Builder kind(ActorKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets {@link Actor#name()}. */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets {@link Actor#shortName()}. */
    public Builder shortName(String shortName) {
      delegate.shortName(shortName);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Actor instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Actor}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Actor build() {
      return delegate.build();
    }
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
