package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * The final clauses: the testimonium ("In witness thereof, the undersigned have signed the present
 * Agreement."), the clause of place, date and languages, and the signature block.
 *
 * <p>The text is that of the draft approved by both Organizations, so the place and date are the
 * draft's placeholders ("Signed this xxth day of xx 2016 at xxx"); the signing itself, on 19
 * September 2016 in New York, is a procedure event, not text. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class FinalClauses {
  FinalClauses() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FinalClauses}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableFinalClauses.Builder delegate = new ImmutableFinalClauses.Builder();

    Builder() {}

    /** Sets the languages of the authentic originals, each once. */
    public Builder languages(Language... languages) {
      delegate.languages(Elements.list("languages", languages));
      return this;
    }

    /** Sets the languages of the authentic originals, each once. */
    public Builder languages(Iterable<? extends Language> languages) {
      delegate.languages(Elements.list("languages", languages));
      return this;
    }

    /** Sets the columns of the signature block, in order. */
    public Builder signatures(SignatureLine... signatures) {
      delegate.signatures(Elements.list("signatures", signatures));
      return this;
    }

    /** Sets the columns of the signature block, in order. */
    public Builder signatures(Iterable<? extends SignatureLine> signatures) {
      delegate.signatures(Elements.list("signatures", signatures));
      return this;
    }

    /** Sets {@link FinalClauses#testimonium()}. */
    public Builder testimonium(String testimonium) {
      delegate.testimonium(testimonium);
      return this;
    }

    /** Sets {@link FinalClauses#signingClause()}. */
    public Builder signingClause(String signingClause) {
      delegate.signingClause(signingClause);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(FinalClauses instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link FinalClauses}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public FinalClauses build() {
      return delegate.build();
    }
  }

  /** "In witness thereof, the undersigned have signed the present Agreement." */
  public abstract String testimonium();

  /** The clause of place, date, originals and languages, as printed. */
  public abstract String signingClause();

  /**
   * The languages of the authentic originals, each once, each named as a word in the signing clause
   * ("in the English language").
   */
  @Value.Default
  public ImmutableList<Language> languages() {
    return ImmutableList.of();
  }

  /** The signature block, one column per party. */
  @Value.Default
  public ImmutableList<SignatureLine> signatures() {
    return ImmutableList.of();
  }

  /**
   * The final clauses as printed, parts separated by blank lines, one signature column after
   * another.
   */
  public String render() {
    StringBuilder out = new StringBuilder(testimonium()).append("\n\n").append(signingClause());
    for (SignatureLine line : signatures()) {
      out.append("\n\n").append(line.render());
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Texts.checkText("testimonium", testimonium());
    Texts.checkText("signing clause", signingClause());
    checkArgument(!languages().isEmpty(), "final clauses must name at least one language");
    Elements.checkDistinct("languages", languages());
    for (Language language : languages()) {
      if (!language.isNamedIn(signingClause())) {
        throw new IllegalArgumentException(
            "language "
                + language.englishName()
                + " must be named as a word in the signing clause: "
                + Texts.quote(signingClause()));
      }
    }
    checkArgument(!signatures().isEmpty(), "final clauses must have at least one signature line");
    Elements.checkDistinct("signatures", signatures());
  }
}
