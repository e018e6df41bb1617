package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;

/**
 * The original text of an agreement and its amendments, from which the text as of any date is
 * computed: the original with every amendment in force on that date applied, in the order they took
 * effect (amendments of the same day, in the order given). The original stays available.
 *
 * <p>Interpretation choice: <b>an amendment approved before the agreement is in force.</b> Article
 * 15 puts an amendment in force "on the date of the later of the said approvals"; an amendment
 * cannot have effect before the agreement it amends, so one approved earlier takes effect on the
 * agreement's entry into force, and none takes effect while the agreement is not in force. The
 * validation module reports such an amendment.
 *
 * <p>Building one applies every amendment that enters into force, so an amendment that does not fit
 * the text it amends (a replaced article that is absent) is rejected at {@code build()}, as are two
 * amendments with one identifier and a language the text is not authentic in. Instances are
 * immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Consolidation {
  Consolidation() {}

  /** A builder; {@code build()} rejects amendments that do not fit the text. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Consolidation}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableConsolidation.Builder delegate = new ImmutableConsolidation.Builder();

    Builder() {}

    /**
     * Sets {@link Consolidation#originalDate()}, or leaves it unknown where {@code originalDate} is
     * empty.
     */
    public Builder originalDate(Optional<LocalDate> originalDate) {
      delegate.originalDate(checkNotNull(originalDate, "originalDate"));
      return this;
    }

    /** Sets the date the original entered into force. */
    public Builder originalDate(LocalDate originalDate) {
      delegate.originalDate(Optional.of(checkNotNull(originalDate, "originalDate")));
      return this;
    }

    /** Sets the amendments, in force or not. */
    public Builder amendments(Amendment... amendments) {
      delegate.amendments(Elements.list("amendments", amendments));
      return this;
    }

    /** Sets the amendments, in force or not. */
    public Builder amendments(Iterable<? extends Amendment> amendments) {
      delegate.amendments(Elements.list("amendments", amendments));
      return this;
    }

    /** Sets {@link Consolidation#original()}. */
    public Builder original(AgreementText original) {
      delegate.original(original);
      return this;
    }

    /** Sets {@link Consolidation#language()}. */
    public Builder language(Language language) {
      delegate.language(language);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Consolidation instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Consolidation}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Consolidation build() {
      return delegate.build();
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
    return new ImmutableTextVersion.Builder()
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
      LocalDate inForce = effectiveDate(amendment).orElseThrow();
      if (inForce.isAfter(date)) {
        break;
      }
      version = applied(version, amendment, inForce);
    }
    return version;
  }

  /**
   * Every version: the original, then one for each day on which amendments took effect, each made
   * from the one before.
   */
  public ImmutableList<TextVersion> versions() {
    ImmutableList.Builder<TextVersion> versions =
        ImmutableList.<TextVersion>builder().add(originalVersion());
    TextVersion version = originalVersion();
    List<Amendment> inForce = inForceOrder();
    for (int i = 0; i < inForce.size(); i++) {
      LocalDate date = effectiveDate(inForce.get(i)).orElseThrow();
      version = applied(version, inForce.get(i), date);
      boolean lastOfTheDay =
          i + 1 == inForce.size() || !effectiveDate(inForce.get(i + 1)).orElseThrow().equals(date);
      if (lastOfTheDay) {
        versions.add(version);
      }
    }
    return versions.build();
  }

  private TextVersion applied(TextVersion version, Amendment amendment, LocalDate inForce) {
    return new ImmutableTextVersion.Builder()
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

  /**
   * The date from which {@code amendment} changes the text: its entry into force, or the original's
   * if that is later; empty while either is not in force.
   */
  public Optional<LocalDate> effectiveDate(Amendment amendment) {
    checkNotNull(amendment, "amendment");
    if (originalDate().isEmpty() || amendment.entryIntoForce().isEmpty()) {
      return Optional.empty();
    }
    LocalDate inForce = amendment.entryIntoForce().get();
    return Optional.of(inForce.isBefore(originalDate().get()) ? originalDate().get() : inForce);
  }

  private ImmutableList<Amendment> inForceOrder() {
    return amendments().stream()
        .filter(amendment -> effectiveDate(amendment).isPresent())
        .sorted(Comparator.comparing(amendment -> effectiveDate(amendment).orElseThrow()))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    original()
        .findFinalClauses()
        .ifPresent(
            clauses ->
                checkArgument(
                    clauses.languages().contains(language()),
                    "the consolidation is in %s, a language the text is not authentic in: its final"
                        + " clauses name %s",
                    language().englishName(),
                    clauses.languages().stream().map(Language::englishName).toList()));
    Elements.checkDistinct("amendments", amendments(), Amendment::instrument);
    versionOn(LocalDate.MAX);
  }
}
