package org.treatymodel.agreement.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Finds phrases as whole words: "may" stands in "the Director General may attend" but not in "the
 * mayor" or "dismay"; "recognize" stands in "they recognize" but not in "recognized by States". A
 * phrase stands as whole words where the character before it and the character after it, if any,
 * are neither letters nor digits. Matching is exact: case and spacing count.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Phrases {
  private Phrases() {}

  /**
   * Where {@code phrase} first stands as whole words in {@code text} at or after {@code from}, or
   * -1.
   */
  public static int indexOf(String text, String phrase, int from) {
    if (phrase.isEmpty()) {
      return -1;
    }
    int at = text.indexOf(phrase, Math.max(0, from));
    while (at >= 0) {
      int end = at + phrase.length();
      boolean startsAWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsAWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsAWord && endsAWord) {
        return at;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return -1;
  }

  /** Whether {@code phrase} stands as whole words in {@code text}. */
  public static boolean standsIn(String text, String phrase) {
    return indexOf(text, phrase, 0) >= 0;
  }
}
