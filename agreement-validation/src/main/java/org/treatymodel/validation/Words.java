package org.treatymodel.validation;

/** Small pieces of English for messages. */
final class Words {
  private Words() {}

  /** {@code noun} with its indefinite article: "an article", "a paragraph", "an obligation". */
  static String a(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }
}
