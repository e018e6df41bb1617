package org.treatymodel.agreement.text;

import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * One recital of the preamble, such as "Recalling also the Cooperation Agreement between the United
 * Nations and the International Organization for Migration of 25 June 1996," with its opening
 * phrase. The instruments it cites are its cross-references ({@code
 * Agreement.instrumentsCitedBy(ProvisionId.recital(n))}), recorded once with the words that cite
 * them. Instances are immutable.
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
