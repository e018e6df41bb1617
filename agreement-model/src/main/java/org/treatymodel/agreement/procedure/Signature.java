package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * The signature of an instrument: its date, place and signatories. "The Agreement shall thereafter
 * enter into force upon signature" (Article 16(1)). A signature has at least one signatory; the
 * place is empty where the sources do not give it. Instances are immutable.
 */
@Value.Immutable
public abstract non-sealed class Signature implements ProcedureEvent {
  Signature() {}

  /** A builder; {@code build()} rejects a signature without a signatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signature}. */
  public static final class Builder extends ImmutableSignature.Builder {
    Builder() {}
  }

  /** The date of signature. */
  public abstract LocalDate date();

  /** Where it was signed, if known. */
  public abstract Optional<String> place();

  /** Who signed, for which party. */
  public abstract ImmutableList<Signatory> signatories();

  @Override
  public Optional<LocalDate> when() {
    return Optional.of(date());
  }

  @Value.Check
  void check() {
    place().ifPresent(place -> Texts.checkText("place of signature", place));
    checkArgument(
        !signatories().isEmpty(),
        "a signature must have at least one signatory: signed on %s",
        date());
  }
}
