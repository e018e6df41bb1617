package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * The signature of an instrument: its date, place and signatories. "The Agreement shall thereafter
 * enter into force upon signature" (Article 16(1)). A signature has at least one signatory, none
 * twice; the place is empty where the sources do not give it. Whether it binds every party, and so
 * is a signature of the agreement, is for the {@link Procedure} to say. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Signature implements ProcedureEvent {
  Signature() {}

  /** A builder; {@code build()} rejects a signature without a signatory, or with one twice. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Signature}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableSignature.Builder delegate = new ImmutableSignature.Builder();

    Builder() {}

    /** Sets where it was signed. */
    public Builder place(String place) {
      delegate.place(Optional.of(Texts.checkText("place of signature", place)));
      return this;
    }

    /** Sets who signed, for which party. */
    public Builder signatories(Signatory... signatories) {
      delegate.signatories(Elements.list("signatories", signatories));
      return this;
    }

    /** Sets who signed, for which party. */
    public Builder signatories(Iterable<? extends Signatory> signatories) {
      delegate.signatories(Elements.list("signatories", signatories));
      return this;
    }

    /** Sets the occasion of the signature. */
    public Builder details(String details) {
      delegate.details(Optional.of(Texts.checkText("signature details", details)));
      return this;
    }

    /** Sets where the signature is reported. */
    public Builder provenance(String provenance) {
      delegate.provenance(Optional.of(Texts.checkText("signature provenance", provenance)));
      return this;
    }

    /** Sets {@link Signature#date()}. */
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Signature instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Signature}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Signature build() {
      return delegate.build();
    }
  }

  /** The date of signature. */
  public abstract LocalDate date();

  /** Where it was signed, if known. */
  @Value.Default
  public Optional<String> place() {
    return Optional.empty();
  }

  /** Who signed, for which party. */
  @Value.Default
  public ImmutableList<Signatory> signatories() {
    return ImmutableList.of();
  }

  /**
   * The occasion, in a phrase: "at the high-level plenary meeting on addressing large movements of
   * refugees and migrants".
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

  /** The parties someone signed for. */
  public ImmutableList<ActorId> partiesSigning() {
    return signatories().stream()
        .map(Signatory::party)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public final Kind kind() {
    return Kind.SIGNATURE;
  }

  @Override
  public ImmutableList<ActorId> actors() {
    return partiesSigning();
  }

  @Override
  public Optional<LocalDate> when() {
    return Optional.of(date());
  }

  @Value.Check
  void check() {
    checkNotNull(date(), "date");
    place().ifPresent(place -> Texts.checkText("place of signature", place));
    details().ifPresent(words -> Texts.checkText("signature details", words));
    provenance().ifPresent(words -> Texts.checkText("signature provenance", words));
    checkArgument(
        !signatories().isEmpty(),
        "a signature must have at least one signatory: signed on %s",
        date());
    Elements.checkDistinct("signatories", signatories());
  }
}
