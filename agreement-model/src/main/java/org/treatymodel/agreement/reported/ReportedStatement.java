package org.treatymodel.agreement.reported;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * A statement a source makes about an instrument, in the source's own words: "Under the old
 * agreement, the two bodies were only required to invite the other to their meetings at which
 * “intergovernmental organizations have been invited to attend as observers.”" (source 004, of the
 * Cooperation Agreement of 25 June 1996). It is reported, never the instrument's text: the 1996
 * text is not in the sources.
 *
 * <p>A statement names the words it quotes, and from which instrument; the instrument and article
 * the source cites; and the provisions of the agreement it is compared with. Instances are
 * immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ReportedStatement {
  ReportedStatement() {}

  /** A builder; {@code build()} rejects a quotation that is not in the statement's words. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReportedStatement}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableReportedStatement.Builder delegate =
        new ImmutableReportedStatement.Builder();

    Builder() {}

    /** Sets the words the statement quotes. */
    public Builder quoted(String quoted) {
      delegate.quoted(Optional.of(Texts.checkText("quoted words", quoted)));
      return this;
    }

    /** Sets the instrument the quoted words are from. */
    public Builder quotedFrom(InstrumentId quotedFrom) {
      delegate.quotedFrom(Optional.of(checkNotNull(quotedFrom, "quotedFrom")));
      return this;
    }

    /** Sets the instrument the source cites for the statement. */
    public Builder cites(InstrumentId cites) {
      delegate.cites(Optional.of(checkNotNull(cites, "cites")));
      return this;
    }

    /** Sets the article of the instrument the statement is about that the source cites. */
    public Builder citedArticle(int citedArticle) {
      delegate.citedArticle(OptionalInt.of(citedArticle));
      return this;
    }

    /** Sets the provisions of the agreement the statement is compared with, each once. */
    public Builder comparedWith(ProvisionId... comparedWith) {
      delegate.comparedWith(Elements.list("comparedWith", comparedWith));
      return this;
    }

    /** Sets {@link ReportedStatement#about()}. */
    public Builder about(InstrumentId about) {
      delegate.about(about);
      return this;
    }

    /** Sets {@link ReportedStatement#topic()}. */
    public Builder topic(String topic) {
      delegate.topic(topic);
      return this;
    }

    /** Sets {@link ReportedStatement#words()}. */
    public Builder words(String words) {
      delegate.words(words);
      return this;
    }

    /** Sets {@link ReportedStatement#citedArticle()}. */
    public Builder citedArticle(OptionalInt citedArticle) {
      delegate.citedArticle(citedArticle);
      return this;
    }

    /** Sets {@link ReportedStatement#comparedWith()}. */
    public Builder comparedWith(Iterable<? extends ProvisionId> comparedWith) {
      delegate.comparedWith(Elements.list("comparedWith", comparedWith));
      return this;
    }

    /** Sets {@link ReportedStatement#provenance()}. */
    public Builder provenance(String provenance) {
      delegate.provenance(provenance);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(ReportedStatement instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link ReportedStatement}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public ReportedStatement build() {
      return delegate.build();
    }
  }

  /** The instrument the statement is about: the Cooperation Agreement of 25 June 1996. */
  public abstract InstrumentId about();

  /** What the statement bears on, in a few words: "participation in each other's meetings". */
  public abstract String topic();

  /** The statement, verbatim from its source. */
  public abstract String words();

  /** The words the statement quotes, verbatim within {@link #words()}, if it quotes any. */
  @Value.Default
  public Optional<String> quoted() {
    return Optional.empty();
  }

  /** The instrument the quoted words are from, if known. */
  @Value.Default
  public Optional<InstrumentId> quotedFrom() {
    return Optional.empty();
  }

  /** The instrument the source cites for the statement: E/1996/90 for the 1996 Agreement. */
  @Value.Default
  public Optional<InstrumentId> cites() {
    return Optional.empty();
  }

  /** The article of the instrument the statement is about that the source cites ("art. 2"). */
  @Value.Default
  public OptionalInt citedArticle() {
    return OptionalInt.empty();
  }

  /** The provisions of the agreement the statement is compared with, each once. */
  @Value.Default
  public ImmutableList<ProvisionId> comparedWith() {
    return ImmutableList.of();
  }

  /** Where the statement is reported: "source 004, \"Details of the Agreement\"". */
  public abstract String provenance();

  @Value.Check
  void check() {
    Texts.checkText("statement topic", topic());
    Texts.checkText("statement words", words());
    Texts.checkText("statement provenance", provenance());
    quoted()
        .ifPresent(
            quote ->
                checkArgument(
                    words().contains(quote),
                    "the quoted words %s must stand in the statement: %s",
                    Texts.quote(quote),
                    Texts.quote(words())));
    checkArgument(
        quotedFrom().isEmpty() || quoted().isPresent(),
        "a statement that quotes nothing has no instrument it quotes from: %s",
        Texts.quote(words()));
    if (citedArticle().isPresent()) {
      checkArgument(
          citedArticle().getAsInt() >= 1 && citedArticle().getAsInt() <= ProvisionId.MAX_NUMBER,
          "cited article must be from 1 to %s: %s",
          ProvisionId.MAX_NUMBER,
          citedArticle().getAsInt());
    }
    Elements.checkDistinct("comparedWith", comparedWith());
  }
}
