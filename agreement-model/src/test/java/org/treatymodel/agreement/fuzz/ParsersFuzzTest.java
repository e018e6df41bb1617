package org.treatymodel.agreement.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.function.Function;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.RecitalVerb;

/**
 * Every parser of the model, fed whatever Jazzer makes up: it either accepts the text, and then
 * writes it back exactly (only the canonical form is accepted), or rejects it with an {@link
 * IllegalArgumentException} whose message is short. Any other exception, a stack overflow or a long
 * message fails the test.
 *
 * <p>In {@code mvn -B verify} the inputs under {@code ParsersFuzzTestInputs/} run as regression
 * tests; {@code mvn -B -Pfuzz test -pl agreement-model -am} fuzzes each parser for a set time.
 */
class ParsersFuzzTest {
  /** The longest message a rejection may have: a value is quoted cut short, whatever its size. */
  private static final int LONGEST_MESSAGE = 400;

  @FuzzTest(maxDuration = "60s")
  void provisionId(@NotNull @WithUtf8Length(max = 4096) String input) {
    roundTrip(input, ProvisionId::parse, ProvisionId::toString);
  }

  @FuzzTest(maxDuration = "60s")
  void normId(@NotNull @WithUtf8Length(max = 4096) String input) {
    roundTrip(input, NormId::parse, NormId::toString);
  }

  @FuzzTest(maxDuration = "60s")
  void actorId(@NotNull @WithUtf8Length(max = 16384) String input) {
    roundTrip(input, ActorId::parse, ActorId::toString);
  }

  @FuzzTest(maxDuration = "60s")
  void instrumentId(@NotNull @WithUtf8Length(max = 4096) String input) {
    roundTrip(input, InstrumentId::parse, InstrumentId::toString);
    rejectsOnlyWithIllegalArgument(() -> InstrumentId.ofSymbol(input));
  }

  /** The checks on text of the value types, and the parsers of codes and opening phrases. */
  @FuzzTest(maxDuration = "60s")
  void text(@NotNull @WithUtf8Length(max = 4096) String input) {
    rejectsOnlyWithIllegalArgument(
        () -> assertEquals(input, Point.of('a', input).text(), "a point keeps its text"));
    rejectsOnlyWithIllegalArgument(() -> Language.ofCode(input));
    rejectsOnlyWithIllegalArgument(() -> RecitalVerb.of(input));
  }

  private static <T> void roundTrip(
      String input, Function<String, T> parse, Function<T, String> write) {
    T value;
    try {
      value = parse.apply(input);
    } catch (IllegalArgumentException rejected) {
      checkMessage(rejected);
      return;
    }
    assertEquals(input, write.apply(value), "only the canonical form is accepted");
    assertEquals(value, parse.apply(write.apply(value)), "parse(toString(x)) equals x");
  }

  private static void rejectsOnlyWithIllegalArgument(Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException rejected) {
      checkMessage(rejected);
    }
  }

  private static void checkMessage(IllegalArgumentException rejected) {
    String message = String.valueOf(rejected.getMessage());
    assertTrue(message.length() <= LONGEST_MESSAGE, "a long message: " + message.length());
    assertTrue(message.lines().count() == 1, "a message of several lines");
  }
}
