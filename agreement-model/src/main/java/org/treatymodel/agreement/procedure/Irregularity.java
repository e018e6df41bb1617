package org.treatymodel.agreement.procedure;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * Something in a procedure's events that departs from the order its rule expects, found on {@link
 * #date()} (for a notification of unknown date: the date of the approval it reports).
 * Irregularities are reported; whether they change the date of entry into force is for the rule to
 * say, in its Javadoc. Instances are immutable.
 */
@Value.Immutable
public abstract class Irregularity {
  Irregularity() {}

  /** An irregularity of {@code kind}, found on {@code date}, explained by {@code message}. */
  public static Irregularity of(IrregularityKind kind, LocalDate date, String message) {
    return ImmutableIrregularity.of(kind, date, message);
  }

  /** What is irregular. */
  @Value.Parameter
  public abstract IrregularityKind kind();

  /** From when it is irregular. */
  @Value.Parameter
  public abstract LocalDate date();

  /** What happened and what the rule expected. */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  void check() {
    Texts.checkText("irregularity message", message());
  }
}
