package org.treatymodel.agreement.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A provision pointing at another provision or at an instrument, with the words that point: Article
 * 10 refers to Article 14 in "supplementary arrangements concluded pursuant to Article 14 of this
 * Agreement". The {@link #target()} is a provision or an instrument, never both, never neither.
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class CrossReference {
  CrossReference() {}

  /**
   * A reference from provision {@code from} to provision {@code target}, made by {@code words}.
   *
   * @throws IllegalArgumentException if a provision refers to itself or the words are not one line
   *     of text
   */
  public static CrossReference toProvision(ProvisionId from, ProvisionId target, String words) {
    return ImmutableCrossReference.of(from, new ReferenceTarget.ToProvision(target), words);
  }

  /**
   * A reference from provision {@code from} to instrument {@code target}, made by {@code words}.
   *
   * @throws IllegalArgumentException if the words are not one line of text
   */
  public static CrossReference toInstrument(ProvisionId from, InstrumentId target, String words) {
    return ImmutableCrossReference.of(from, new ReferenceTarget.ToInstrument(target), words);
  }

  /**
   * The order in which cross-references stand in {@code text}: by the provision that refers, then
   * where their words stand in it, then (for the same words) by target; total over distinct
   * references, including those whose provision or words {@code text} lacks (last in their
   * provision).
   */
  public static Comparator<CrossReference> documentOrder(AgreementText text) {
    checkNotNull(text, "text");
    return Comparator.comparing(CrossReference::source)
        .thenComparingInt(
            reference ->
                text.findProvision(reference.source())
                    .map(provision -> provision.text().indexOf(reference.words()))
                    .filter(at -> at >= 0)
                    .orElse(Integer.MAX_VALUE))
        .thenComparing(CrossReference::words)
        .thenComparing(reference -> reference.target().toString());
  }

  /** The provision that refers. */
  @Value.Parameter
  public abstract ProvisionId source();

  /** What it refers to: a provision or an instrument. */
  @Value.Parameter
  public abstract ReferenceTarget target();

  /** The words of the referring provision that make the reference. */
  @Value.Parameter
  public abstract String words();

  /** The provision referred to, if the target is a provision. */
  public Optional<ProvisionId> targetProvision() {
    return target() instanceof ReferenceTarget.ToProvision to
        ? Optional.of(to.provision())
        : Optional.empty();
  }

  /** The instrument referred to, if the target is an instrument. */
  public Optional<InstrumentId> targetInstrument() {
    return target() instanceof ReferenceTarget.ToInstrument to
        ? Optional.of(to.instrument())
        : Optional.empty();
  }

  @Value.Check
  void check() {
    Texts.checkText("reference words", words());
    checkArgument(
        !targetProvision().equals(Optional.of(source())), "%s cannot refer to itself", source());
  }
}
