package org.treatymodel.agreement.text;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * One recital of the preamble, such as "Recalling also the Cooperation Agreement between the United
 * Nations and the International Organization for Migration of 25 June 1996," with its opening
 * phrase and the instruments it cites. Instances are immutable.
 */
@Value.Immutable
public abstract class Recital {
  Recital() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recital}. */
  public static final class Builder extends ImmutableRecital.Builder {
    Builder() {}

    /**
     * Sets the instruments the recital cites, in order, each once.
     *
     * @throws NullPointerException naming {@code cites} if an element is null
     */
    public Builder cites(InstrumentId... cites) {
      return cites(Elements.list("cites", cites));
    }

    /**
     * Sets the instruments the recital cites, in order, each once.
     *
     * @throws NullPointerException naming {@code cites} if it or an element is null
     */
    public Builder cites(Iterable<? extends InstrumentId> cites) {
      return cites(Elements.list("cites", cites));
    }
  }

  /** The words the recital opens with, such as "Recalling further"; the text begins with them. */
  public abstract String openingPhrase();

  /** The whole recital, opening phrase and closing comma included. */
  public abstract String text();

  /** The instruments the recital cites, in the order it cites them, each once. */
  @Value.Default
  public ImmutableList<InstrumentId> cites() {
    return ImmutableList.of();
  }

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
    Elements.checkDistinct("recital cites", cites());
  }
}
