package org.treatymodel.agreement.reported;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
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
@Value.Immutable
public abstract class ReportedStatement {
  ReportedStatement() {}

  /** A builder; {@code build()} rejects a quotation that is not in the statement's words. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedStatement}. */
  public static final class Builder extends ImmutableReportedStatement.Builder {
    Builder() {}

    /** Sets the words the statement quotes. */
    public Builder quoted(String quoted) {
      return quoted(Optional.of(Texts.checkText("quoted words", quoted)));
    }

    /** Sets the instrument the quoted words are from. */
    public Builder quotedFrom(InstrumentId quotedFrom) {
      return quotedFrom(Optional.of(checkNotNull(quotedFrom, "quotedFrom")));
    }

    /** Sets the instrument the source cites for the statement. */
    public Builder cites(InstrumentId cites) {
      return cites(Optional.of(checkNotNull(cites, "cites")));
    }

    /** Sets the article of the instrument the statement is about that the source cites. */
    public Builder citedArticle(int citedArticle) {
      return citedArticle(OptionalInt.of(citedArticle));
    }

    /**
     * Sets the provisions of the agreement the statement is compared with, each once.
     *
     * @throws NullPointerException naming {@code comparedWith} if an element is null
     */
    public Builder comparedWith(ProvisionId... comparedWith) {
      return comparedWith(Elements.list("comparedWith", comparedWith));
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
