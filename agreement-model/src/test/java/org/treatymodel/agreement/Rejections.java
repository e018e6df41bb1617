package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/**
 * The one assertion every builder test uses: bad input is rejected with a message that says why.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code executable} throws an {@link IllegalArgumentException} whose message
   * contains {@code part}.
   */
  public static void assertRejected(Executable executable, String part) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, executable);
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains(part), "message \"" + message + "\" lacks \"" + part + "\"");
  }
}
