package org.treatymodel.agreement.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A provision pointing at another provision or at an instrument, with the words that point: Article
 * 10 refers to Article 14 in "supplementary arrangements concluded pursuant to Article 14 of this
 * Agreement". Exactly one of {@link #targetProvision()} and {@link #targetInstrument()} is present.
 * Instances are immutable.
 */
@Value.Immutable
public abstract class CrossReference {
  CrossReference() {}

  /** A reference from provision {@code from} to provision {@code target}, made by {@code words}. */
  public static CrossReference toProvision(ProvisionId from, ProvisionId target, String words) {
    return ImmutableCrossReference.builder()
        .source(from)
        .targetProvision(target)
        .words(words)
        .build();
  }

  /**
   * A reference from provision {@code from} to instrument {@code target}, made by {@code words}.
   */
  public static CrossReference toInstrument(ProvisionId from, InstrumentId target, String words) {
    return ImmutableCrossReference.builder()
        .source(from)
        .targetInstrument(target)
        .words(words)
        .build();
  }

  /** The provision that refers. */
  public abstract ProvisionId source();

  /** The provision referred to, if the target is a provision. */
  public abstract Optional<ProvisionId> targetProvision();

  /** The instrument referred to, if the target is an instrument. */
  public abstract Optional<InstrumentId> targetInstrument();

  /** The words of the referring provision that make the reference. */
  public abstract String words();

  /** The target as text: a provision id or an instrument id. */
  public String target() {
    return targetProvision()
        .map(ProvisionId::toString)
        .orElseGet(() -> targetInstrument().orElseThrow().toString());
  }

  @Value.Check
  void check() {
    Texts.checkText("reference words", words());
    checkArgument(
        targetProvision().isPresent() != targetInstrument().isPresent(),
        "a cross-reference from %s must have exactly one target, provision or instrument",
        source());
    checkArgument(
        !targetProvision().equals(Optional.of(source())), "%s cannot refer to itself", source());
  }
}
