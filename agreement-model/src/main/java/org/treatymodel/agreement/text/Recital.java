package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * One recital of the preamble, such as "Recalling also the Cooperation Agreement between the United
 * Nations and the International Organization for Migration of 25 June 1996," with its opening
 * phrase. The instruments it cites are its cross-references ({@code
 * Agreement.instrumentsCitedBy(ProvisionId.recital(n))}), recorded once with the words that cite
 * them. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Recital {
  Recital() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Recital}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableRecital.Builder delegate = new ImmutableRecital.Builder();

    Builder() {}

    /** Sets {@link Recital#openingPhrase()}. */
    public Builder openingPhrase(String openingPhrase) {
      delegate.openingPhrase(openingPhrase);
      return this;
    }

    /** Sets {@link Recital#text()}. */
    public Builder text(String text) {
      delegate.text(text);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Recital instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Recital}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Recital build() {
      return delegate.build();
    }
  }

  /** The words the recital opens with, such as "Recalling further"; the text begins with them. */
  public abstract String openingPhrase();

  /** The whole recital, opening phrase and closing comma included. */
  public abstract String text();

  /** The verb of the opening phrase. */
  public RecitalVerb verb() {
    return RecitalVerb.of(openingPhrase());
  }

  @Value.Check
  void check() {
    Texts.checkText("opening phrase", openingPhrase());
    Texts.checkText("recital text", text());
    if (!text().startsWith(openingPhrase() + " ")) {
      throw new IllegalArgumentException(
          "recital text must begin with its opening phrase "
              + Texts.quote(openingPhrase())
              + ": "
              + Texts.quote(text()));
    }
    verb();
  }
}
