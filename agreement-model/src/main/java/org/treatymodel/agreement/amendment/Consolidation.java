package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.AgreementText;

/**
 * The original text of an agreement and its amendments, from which the text as of any date is
 * computed: the original with every amendment in force on that date applied, in the order they
 * entered into force (amendments in force on the same day, in the order given). The original stays
 * available.
 *
 * <p>Building one applies every amendment that enters into force, so an amendment that does not fit
 * the text it amends (a replaced article that is absent) is rejected at {@code build()}. Instances
 * are immutable.
 */
@Value.Immutable
public abstract class Consolidation {
  Consolidation() {}

  /** A builder; {@code build()} rejects amendments that do not fit the text. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consolidation}. */
  public static final class Builder extends ImmutableConsolidation.Builder {
    Builder() {}
  }

  /** The text as it entered into force. */
  public abstract AgreementText original();

  /** The date the original entered into force. */
  public abstract LocalDate originalDate();

  /** The language code of the text, such as {@code eng}. */
  public abstract String language();

  /** The amendments, in force or not. */
  public abstract ImmutableList<Amendment> amendments();

  /** The original version: {@code eng@2016-09-19} for the 2016 Agreement. */
  public TextVersion originalVersion() {
    return ImmutableTextVersion.builder()
        .text(original())
        .date(originalDate())
        .language(language())
        .build();
  }

  /**
   * The text in force on {@code date}: the original with the amendments in force on that date.
   * Before the original's entry into force this is the original version. This instance is immutable
   * and unaffected by this method call.
   */
  public TextVersion versionOn(LocalDate date) {
    checkNotNull(date, "date");
    TextVersion version = originalVersion();
    for (Amendment amendment : inForceOrder()) {
      LocalDate inForce = amendment.entryIntoForce().orElseThrow();
      if (inForce.isAfter(date)) {
        break;
      }
      version =
          ImmutableTextVersion.builder()
              .text(amendment.applyTo(version.text()))
              .date(inForce.isAfter(version.date()) ? inForce : version.date())
              .language(language())
              .amendments(
                  ImmutableList.<InstrumentId>builder()
                      .addAll(version.amendments())
                      .add(amendment.instrument())
                      .build())
              .build();
    }
    return version;
  }

  /** Every version: the original, then one for each amendment as it entered into force. */
  public ImmutableList<TextVersion> versions() {
    ImmutableList.Builder<TextVersion> versions =
        ImmutableList.<TextVersion>builder().add(originalVersion());
    for (Amendment amendment : inForceOrder()) {
      versions.add(versionOn(amendment.entryIntoForce().orElseThrow()));
    }
    return versions.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<Amendment> inForceOrder() {
    return amendments().stream()
        .filter(amendment -> amendment.entryIntoForce().isPresent())
        .sorted(Comparator.comparing(amendment -> amendment.entryIntoForce().orElseThrow()))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Texts.checkText("language", language());
    for (Amendment amendment : inForceOrder()) {
      LocalDate inForce = amendment.entryIntoForce().orElseThrow();
      checkArgument(
          !inForce.isBefore(originalDate()),
          "amendment %s enters into force on %s, before the original (%s)",
          amendment.instrument(),
          inForce,
          originalDate());
    }
    versionOn(LocalDate.MAX);
  }
}
