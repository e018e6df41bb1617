package org.treatymodel.agreement.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the textual identifiers of the model ({@code ActorId}, {@code InstrumentId}, {@code
 * ProvisionId}, {@code NormId}) have in common: a null check, a documented maximum length checked
 * before anything else, a grammar checked by a plain scan of the characters (no regular expression,
 * so no input can exhaust the stack), and one wording for every rejection.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Identifiers {
  private Identifiers() {}

  /**
   * Checks {@code text} against its grammar and returns it as a string.
   *
   * @param field what the text is, as messages name it: "actor id"
   * @param maxLength the longest text accepted
   * @param wellFormed the grammar, tested only on text of at most {@code maxLength} characters
   * @param form the grammar in words, with an example, for the message
   * @throws NullPointerException naming {@code field} if {@code text} is null
   * @throws IllegalArgumentException naming {@code field}, the form and the text otherwise
   */
  public static String check(
      String field,
      @Nullable CharSequence text,
      int maxLength,
      Predicate<String> wellFormed,
      String form) {
    if (text == null) {
      throw new NullPointerException(field + " must not be null");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters: " + Texts.quote(text));
    }
    String value = text.toString();
    if (!wellFormed.test(value)) {
      throw new IllegalArgumentException(field + " must be " + form + ": " + Texts.quote(value));
    }
    return value;
  }

  /**
   * The number {@code text[from, to)} writes in canonical decimal form (digits, no sign, no leading
   * zero, at least 1, at most {@link Integer#MAX_VALUE}), or -1 if it writes none.
   */
  public static int canonicalNumber(String text, int from, int to) {
    if (from >= to || to - from > 10 || text.charAt(from) == '0') {
      return -1;
    }
    long number = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number > Integer.MAX_VALUE ? -1 : (int) number;
  }

  /** Whether {@code c} is an ASCII lower-case letter. */
  public static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether {@code c} is an ASCII digit. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code text[from, to)} is lower-case words joined by {@code -}: each word an ASCII
   * letter followed by letters and digits, as in {@code director-general} or {@code g77}.
   */
  public static boolean isWords(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    boolean wordStart = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (wordStart) {
        if (!isLowerLetter(c)) {
          return false;
        }
        wordStart = false;
      } else if (c == '-') {
        wordStart = true;
      } else if (!isLowerLetter(c) && !isDigit(c)) {
        return false;
      }
    }
    return !wordStart;
  }

  /**
   * Whether {@code text[from, to)} is an actor identifier: {@link #isWords words} joined by {@code
   * .}, as in {@code iom.director-general}.
   */
  public static boolean isSegmentedWords(String text, int from, int to) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        if (!isWords(text, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }
}
