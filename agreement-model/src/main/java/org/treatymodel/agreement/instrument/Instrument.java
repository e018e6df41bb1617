package org.treatymodel.agreement.instrument;

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
 * A dated document with legal effect or record value in the history of the relationship between the
 * United Nations and the International Organization for Migration: an agreement, a constituent
 * instrument, a resolution, a memorandum of understanding, a letter or a note.
 *
 * <p>A date the sources do not give is empty, never guessed: the Charter of the United Nations is
 * cited in the preamble without a date. Every instrument says where it is reported ({@link
 * #provenance()}). Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Instrument {
  Instrument() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Instrument}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableInstrument.Builder delegate = new ImmutableInstrument.Builder();

    Builder() {}

    /** Sets the date the instrument bears. */
    public Builder date(LocalDate date) {
      delegate.date(Optional.of(checkNotNull(date, "date")));
      return this;
    }

    /** Sets the actor that adopted, signed or wrote the instrument. */
    public Builder issuedBy(ActorId issuedBy) {
      delegate.issuedBy(Optional.of(checkNotNull(issuedBy, "issuedBy")));
      return this;
    }

    /** Sets the actor a letter or note is addressed to. */
    public Builder addressedTo(ActorId addressedTo) {
      delegate.addressedTo(Optional.of(checkNotNull(addressedTo, "addressedTo")));
      return this;
    }

    /** Sets the Organization a constituent instrument constitutes. */
    public Builder constitutes(ActorId constitutes) {
      delegate.constitutes(Optional.of(checkNotNull(constitutes, "constitutes")));
      return this;
    }

    /** Sets the relations to other instruments, in the order the instrument states them. */
    public Builder relations(InstrumentRelation... relations) {
      delegate.relations(Elements.list("relations", relations));
      return this;
    }

    /** Sets the relations to other instruments, in the order the instrument states them. */
    public Builder relations(Iterable<? extends InstrumentRelation> relations) {
      delegate.relations(Elements.list("relations", relations));
      return this;
    }

    /** Sets {@link Instrument#id()}. */
    public Builder id(InstrumentId id) {
      delegate.id(id);
      return this;
    }

    /** Sets {@link Instrument#kind()}. */
    public Builder kind(InstrumentKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets {@link Instrument#title()}. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets {@link Instrument#shortTitle()}. */
    public Builder shortTitle(String shortTitle) {
      delegate.shortTitle(shortTitle);
      return this;
    }

    /** Sets {@link Instrument#provenance()}. */
    public Builder provenance(String provenance) {
      delegate.provenance(provenance);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Instrument instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Instrument}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Instrument build() {
      return delegate.build();
    }
  }

  /** Its document symbol, or the designation that identifies it (see {@link InstrumentId}). */
  public abstract InstrumentId id();

  /** Its document symbol, such as {@code A/RES/70/263}, if it has one. */
  public Optional<String> symbol() {
    return id().symbol();
  }

  /** Agreement, resolution, letter, and so on. */
  public abstract InstrumentKind kind();

  /** Its title, or for a letter a description in the words of the sources. */
  public abstract String title();

  /**
   * How people refer to it in a sentence: "General Assembly resolution 70/263", "IOM Council
   * resolution No. 1309", "the Cooperation Agreement of 25 June 1996". By default its symbol, or
   * its title where it has none.
   */
  @Value.Default
  public String shortTitle() {
    return id().symbol().orElse(title());
  }

  /**
   * The date it bears (adoption, signature, the letter's date); empty where the sources do not give
   * it.
   */
  @Value.Default
  public Optional<LocalDate> date() {
    return Optional.empty();
  }

  /** The actor that adopted, signed or wrote it, where there is one. */
  @Value.Default
  public Optional<ActorId> issuedBy() {
    return Optional.empty();
  }

  /** The actor a letter or note is addressed to, where the sources name one. */
  @Value.Default
  public Optional<ActorId> addressedTo() {
    return Optional.empty();
  }

  /** For a constituent instrument, the Organization it constitutes. */
  @Value.Default
  public Optional<ActorId> constitutes() {
    return Optional.empty();
  }

  /** How this instrument bears on others, in the order the instrument states them, each once. */
  @Value.Default
  public ImmutableList<InstrumentRelation> relations() {
    return ImmutableList.of();
  }

  /** Where the instrument and its date are reported: a source document or FACTS.md. */
  public abstract String provenance();

  /** The instruments this one relates to by {@code kind}, in order. */
  public ImmutableList<InstrumentId> related(RelationKind kind) {
    checkNotNull(kind, "kind");
    return relations().stream()
        .filter(relation -> relation.kind() == kind)
        .map(InstrumentRelation::target)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Texts.checkText("instrument title", title());
    Texts.checkText("instrument short title", shortTitle());
    Texts.checkText("instrument provenance", provenance());
    checkArgument(
        constitutes().isEmpty() || kind() == InstrumentKind.CONSTITUENT_INSTRUMENT,
        "only a constituent instrument constitutes an Organization: %s is a %s",
        id(),
        kind().label());
    checkArgument(
        kind() != InstrumentKind.CONSTITUENT_INSTRUMENT
            || constitutes().map(ActorId::isOrganization).orElse(false),
        "a constituent instrument must name the Organization it constitutes: %s",
        id());
    id().designatedKind()
        .ifPresent(
            designated ->
                checkArgument(
                    designated == kind(),
                    "the designation %s names a %s, but the instrument is a %s",
                    id(),
                    designated.label(),
                    kind().label()));
    checkArgument(
        addressedTo().isEmpty() || !addressedTo().equals(issuedBy()),
        "%s is addressed to its own issuer %s",
        id(),
        addressedTo().map(ActorId::toString).orElse(""));
    Elements.checkDistinct("relations", relations());
    for (InstrumentRelation relation : relations()) {
      checkArgument(
          !relation.target().equals(id()),
          "an instrument cannot relate to itself: %s %s %s",
          id(),
          relation.kind(),
          relation.target());
    }
  }
}
