package org.treatymodel.agreement.instrument;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
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
@Value.Immutable
public abstract class Instrument {
  Instrument() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instrument}. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  /** The symbol or number that identifies it. */
  public abstract InstrumentId id();

  /** Agreement, resolution, letter, and so on. */
  public abstract InstrumentKind kind();

  /** Its title, or for a letter a description in the words of the sources. */
  public abstract String title();

  /**
   * The date it bears (adoption, signature, the letter's date); empty where the sources do not give
   * it.
   */
  public abstract Optional<LocalDate> date();

  /** The actor that adopted, signed or wrote it, where there is one. */
  public abstract Optional<ActorId> issuedBy();

  /** The actor a letter or note is addressed to, where the sources name one. */
  public abstract Optional<ActorId> addressedTo();

  /** For a constituent instrument, the Organization it constitutes. */
  public abstract Optional<ActorId> constitutes();

  /** How this instrument bears on others, in the order the instrument states them. */
  public abstract ImmutableList<InstrumentRelation> relations();

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
    Texts.checkText("title", title());
    Texts.checkText("provenance", provenance());
    checkArgument(
        constitutes().isEmpty() || kind() == InstrumentKind.CONSTITUENT_INSTRUMENT,
        "only a constituent instrument constitutes an Organization: %s is a %s",
        id(),
        kind());
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
