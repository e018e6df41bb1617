package org.treatymodel.agreement.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the value types, with one wording for every message: the field is
 * named, and the offending value is quoted, escaped and cut to a readable length ({@link #quote}).
 *
 * <p>"Blank" and "line break" mean what Unicode says. A white-space character is one with the
 * Unicode {@code White_Space} property (the ASCII spaces and controls tab to carriage return, the
 * next-line control U+0085, the no-break spaces U+00A0, U+2007 and U+202F, the line and paragraph
 * separators U+2028 and U+2029, and every other space separator); zero-width characters (U+200B to
 * U+200D, U+2060, U+FEFF) are invisible and count as blank too. A line break is a line feed,
 * carriage return, vertical tab, form feed, next line (U+0085), or line or paragraph separator.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Texts {
  /** The longest value a message quotes; longer ones are cut and their length stated. */
  public static final int QUOTE_LIMIT = 80;

  private Texts() {}

  /**
   * Checks that {@code value} is one line of text: not blank, no surrounding white space or
   * invisible character, no line break, no tab or other control character, no unpaired surrogate,
   * no noncharacter.
   *
   * @throws NullPointerException naming {@code field} if {@code value} is null
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String checkText(String field, String value) {
    checkNotNull(value, "%s", field);
    if (isBlank(value)) {
      throw new IllegalArgumentException(field + " must not be blank: " + quote(value));
    }
    int first = value.codePointAt(0);
    int last = value.codePointBefore(value.length());
    if (isSpaceOrInvisible(first) || isSpaceOrInvisible(last)) {
      throw new IllegalArgumentException(
          field + " must not start or end with white space: " + quote(value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isLineBreak(c)) {
        throw new IllegalArgumentException(
            field + " must be one line, without a line break: " + quote(value));
      }
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            field + " must not contain a control character: " + quote(value));
      }
      if (isNoncharacter(value.codePointAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain a noncharacter such as U+FFFF: " + quote(value));
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))) {
        throw new IllegalArgumentException(
            field + " must not contain an unpaired surrogate: " + quote(value));
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        throw new IllegalArgumentException(
            field + " must not contain an unpaired surrogate: " + quote(value));
      }
    }
    return value;
  }

  /**
   * Whether {@code value} has no visible character: it is empty, or every code point is white space
   * or invisible (see the class comment).
   */
  public static boolean isBlank(CharSequence value) {
    for (int i = 0; i < value.length(); ) {
      int codePoint = Character.codePointAt(value, i);
      if (!isSpaceOrInvisible(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * Whether {@code codePoint} is a Unicode noncharacter (U+FDD0 to U+FDEF, and the last two code
   * points of every plane, such as U+FFFE and U+FFFF), which no text interchanges; XML 1.0 cannot
   * carry U+FFFE and U+FFFF at all.
   */
  public static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /** Whether {@code codePoint} has the Unicode White_Space property or is a zero-width one. */
  public static boolean isSpaceOrInvisible(int codePoint) {
    switch (codePoint) {
      case 0x0009,
          0x000A,
          0x000B,
          0x000C,
          0x000D,
          0x0020,
          0x0085,
          0x00A0,
          0x1680,
          0x2028,
          0x2029,
          0x202F,
          0x205F,
          0x3000,
          0x200B,
          0x200C,
          0x200D,
          0x2060,
          0xFEFF -> {
        return true;
      }
      default -> {
        return codePoint >= 0x2000 && codePoint <= 0x200A;
      }
    }
  }

  /** Whether {@code c} ends a line: LF, CR, VT, FF, NEL (U+0085), U+2028 or U+2029. */
  public static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x000B
        || c == 0x000C
        || c == 0x0085
        || c == 0x2028
        || c == 0x2029;
  }

  /**
   * {@code value} as a message quotes it: in double quotes, with line breaks, tabs, control and
   * invisible characters, quotes and backslashes escaped, and cut once the quotation reaches about
   * {@value #QUOTE_LIMIT} characters, with the full length stated, so that a megabyte of input
   * makes a short message.
   */
  public static String quote(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(QUOTE_LIMIT + 32).append('"');
    int shown = 0;
    for (; shown < value.length() && out.length() <= QUOTE_LIMIT; shown++) {
      int i = shown;
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c)
              || (isSpaceOrInvisible(c) && c != ' ')
              || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    if (value.length() > shown) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
