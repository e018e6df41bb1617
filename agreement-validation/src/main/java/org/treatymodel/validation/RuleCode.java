package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.treatymodel.agreement.text.PlainText;

/**
 * The stable code of a {@link Rule}: capital letters and digits naming the family, a hyphen, and
 * three or four digits, as {@code PROC-001} or {@code ACME2-0042}. Diagnostics, suppressions,
 * severity overrides and the catalogue are keyed by it; a code never changes meaning once
 * published. Codes compare by their text. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class RuleCode implements Comparable<RuleCode> {
  /** The longest code accepted. */
  public static final int MAX_LENGTH = 24;

  private final String value;

  private RuleCode(String value) {
    this.value = value;
  }

  /**
   * The code {@code value}, as {@code PROC-001}.
   *
   * @throws IllegalArgumentException quoting the value if it is not of that form
   */
  public static RuleCode of(String value) {
    checkNotNull(value, "code");
    checkArgument(
        isCode(value),
        "code must be capital letters and digits, a hyphen and three or four digits, as PROC-001: %s",
        PlainText.quote(value));
    return new RuleCode(value);
  }

  private static boolean isCode(String code) {
    int hyphen = code.lastIndexOf('-');
    if (code.length() > MAX_LENGTH || hyphen < 1) {
      return false;
    }
    int digits = code.length() - hyphen - 1;
    if (digits < 3 || digits > 4 || !isCapitalLetter(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < hyphen; i++) {
      if (!isCapitalLetter(code.charAt(i)) && !isDigit(code.charAt(i))) {
        return false;
      }
    }
    for (int i = hyphen + 1; i < code.length(); i++) {
      if (!isDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The code as written, such as {@code PROC-001}. */
  public String value() {
    return value;
  }

  /** The family, the part before the hyphen: {@code PROC} of {@code PROC-001}. */
  public String family() {
    return value.substring(0, value.lastIndexOf('-'));
  }

  /** Orders codes by their text, as the catalogue lists them. */
  @Override
  public int compareTo(RuleCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleCode that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code as written, such as {@code PROC-001}: what {@link #of} accepts. */
  @Override
  public String toString() {
    return value;
  }
}
