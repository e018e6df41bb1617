package org.treatymodel.agreement.internal;

import static com.google.common.base.Preconditions.checkArgument;

/** Argument checks shared by the value types: one wording for every "blank" message. */
public final class Texts {
  private Texts() {}

  /**
   * Checks that {@code value} has content and no surrounding white space.
   *
   * @throws IllegalArgumentException naming {@code field} and the value
   */
  public static String checkText(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank: \"%s\"", field, value);
    checkArgument(
        value.strip().equals(value),
        "%s must not start or end with white space: \"%s\"",
        field,
        value);
    return value;
  }

  /**
   * Checks that {@code value} is at least {@code min}.
   *
   * @throws IllegalArgumentException naming {@code field} and the value
   */
  public static int checkAtLeast(String field, int value, int min) {
    checkArgument(value >= min, "%s must be at least %s: %s", field, min, value);
    return value;
  }
}
