package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
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
  }

  /** The words the recital opens with, such as "Recalling further"; the text begins with them. */
  public abstract String openingPhrase();

  /** The whole recital, opening phrase and closing comma included. */
  public abstract String text();

  /** The instruments the recital cites, in the order it cites them. */
  public abstract ImmutableList<InstrumentId> cites();

  /** The verb of the opening phrase. */
  public RecitalVerb verb() {
    return RecitalVerb.of(openingPhrase());
  }

  @Value.Check
  void check() {
    Texts.checkText("opening phrase", openingPhrase());
    Texts.checkText("recital text", text());
    checkArgument(
        text().startsWith(openingPhrase() + " "),
        "recital text must begin with its opening phrase \"%s\": \"%s\"",
        openingPhrase(),
        text());
    verb();
  }
}
