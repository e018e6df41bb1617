package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;

/**
 * The original text of an agreement and its amendments, from which the text as of any date is
 * computed: the original with every amendment in force on that date applied, in the order they
 * entered into force (amendments in force on the same day, in the order given). The original stays
 * available.
 *
 * <p>Building one applies every amendment that enters into force, so an amendment that does not fit
 * the text it amends (a replaced article that is absent) is rejected at {@code build()}, as are two
 * amendments with one identifier and a language the text is not authentic in. Instances are
 * immutable.
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

    /** Sets the date the original entered into force. */
    public Builder originalDate(LocalDate originalDate) {
      return originalDate(Optional.of(checkNotNull(originalDate, "originalDate")));
    }

    /**
     * Sets the amendments, in force or not.
     *
     * @throws NullPointerException naming {@code amendments} if an element is null
     */
    public Builder amendments(Amendment... amendments) {
      return amendments(Elements.list("amendments", amendments));
    }

    /**
     * Sets the amendments, in force or not.
     *
     * @throws NullPointerException naming {@code amendments} if it or an element is null
     */
    public Builder amendments(Iterable<? extends Amendment> amendments) {
      return amendments(Elements.list("amendments", amendments));
    }
  }

  /** The text as it entered into force. */
  public abstract AgreementText original();

  /** The date the original entered into force; empty if it has not. */
  @Value.Default
  public Optional<LocalDate> originalDate() {
    return Optional.empty();
  }

  /** The language of the text, one of those its final clauses name. */
  public abstract Language language();

  /** The amendments, in force or not. */
  @Value.Default
  public ImmutableList<Amendment> amendments() {
    return ImmutableList.of();
  }

  /** The original version: {@code eng@2016-09-19} for the 2016 Agreement. */
  public TextVersion originalVersion() {
    return ImmutableTextVersion.builder()
        .text(original())
        .date(originalDate())
        .language(language())
        .amendments(ImmutableList.of())
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
              .date(Optional.of(inForce))
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

  /** Every version: the original, then one for each day on which amendments entered into force. */
  public ImmutableList<TextVersion> versions() {
    ImmutableList.Builder<TextVersion> versions =
        ImmutableList.<TextVersion>builder().add(originalVersion());
    inForceOrder().stream()
        .map(amendment -> amendment.entryIntoForce().orElseThrow())
        .distinct()
        .forEach(date -> versions.add(versionOn(date)));
    return versions.build();
  }

  private ImmutableList<Amendment> inForceOrder() {
    return amendments().stream()
        .filter(amendment -> amendment.entryIntoForce().isPresent())
        .sorted(Comparator.comparing(amendment -> amendment.entryIntoForce().orElseThrow()))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkArgument(
        original().finalClauses().languages().contains(language()),
        "the consolidation is in %s, a language the text is not authentic in: its final clauses"
            + " name %s",
        language().englishName(),
        original().finalClauses().languages().stream().map(Language::englishName).toList());
    Elements.checkDistinct("amendments", amendments(), Amendment::instrument);
    for (Amendment amendment : inForceOrder()) {
      LocalDate inForce = amendment.entryIntoForce().orElseThrow();
      checkArgument(
          originalDate().isPresent(),
          "amendment %s enters into force on %s, but the original is not in force",
          amendment.instrument(),
          inForce);
      checkArgument(
          !inForce.isBefore(originalDate().get()),
          "amendment %s enters into force on %s, before the original (%s)",
          amendment.instrument(),
          inForce,
          originalDate().get());
    }
    versionOn(LocalDate.MAX);
  }
}
