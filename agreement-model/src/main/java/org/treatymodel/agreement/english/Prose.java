package org.treatymodel.agreement.english;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The small pieces of English every sentence uses: lists as sentences write them ("a", "a and b",
 * "a, b and c"), a noun with its article or its count, a capital at the head of a sentence.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Prose {
  private Prose() {}

  /** {@code items} joined with commas and a final "and". */
  public static String and(List<String> items) {
    return join(items, "and");
  }

  /** {@code items} joined with commas and a final "or". */
  public static String or(List<String> items) {
    return join(items, "or");
  }

  private static String join(List<String> items, String conjunction) {
    checkNotNull(items, "items");
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  /** {@code noun} with its indefinite article: "an article", "a paragraph", "an obligation". */
  public static String a(String noun) {
    checkNotNull(noun, "noun");
    return (!noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0
            ? "an "
            : "a ")
        + noun;
  }

  /** {@code count} and {@code noun}, plural unless one: "1 norm", "3 norms". */
  public static String count(int count, String noun) {
    checkNotNull(noun, "noun");
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * {@code words} at the head of a sentence: "the IOM Council" as "The IOM Council"; an identifier
   * (of an actor or instrument without a name, such as {@code iom.council}) is left as it is.
   */
  public static String capitalised(String words) {
    checkNotNull(words, "words");
    boolean identifier =
        words.indexOf(' ') < 0 && (words.indexOf('.') >= 0 || words.indexOf('/') >= 0);
    return words.isEmpty() || identifier
        ? words
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
