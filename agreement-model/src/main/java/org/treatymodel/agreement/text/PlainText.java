package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Texts;

/**
 * One line of text as every value of the model takes it (a heading, a name, a reason, a rule's
 * description), and a value as every message quotes it. Code built on the model, such as the
 * validation rules, checks and quotes through this class so that its messages read like the
 * model's.
 *
 * <p>"Blank" and "line break" mean what Unicode says: white space is a character with the {@code
 * White_Space} property, zero-width characters (U+200B to U+200D, U+2060, U+FEFF) count as blank
 * too, and a line break is a line feed, carriage return, vertical tab, form feed, next line or line
 * or paragraph separator.
 */
@API(status = STABLE, since = "0.1.0")
public final class PlainText {
  private PlainText() {}

  /**
   * Returns {@code value} if it is one line of text: not blank, no surrounding white space or
   * invisible character, no line break, no control character, no unpaired surrogate, no
   * noncharacter.
   *
   * @throws NullPointerException naming {@code field} if {@code value} is null
   * @throws IllegalArgumentException naming {@code field} and quoting the value otherwise
   */
  public static String check(String field, String value) {
    checkNotNull(field, "field");
    return Texts.checkText(field, value);
  }

  /** Whether {@code value} is empty or holds only white space and invisible characters. */
  public static boolean isBlank(CharSequence value) {
    checkNotNull(value, "value");
    return Texts.isBlank(value);
  }

  /**
   * {@code value} as a message quotes it: in double quotes, with line breaks, tabs, control and
   * invisible characters, quotes and backslashes escaped, cut at about 80 characters with the full
   * length stated, so that a megabyte of input makes a short message; {@code null} as {@code null}.
   */
  public static String quote(@Nullable CharSequence value) {
    return Texts.quote(value);
  }
}
