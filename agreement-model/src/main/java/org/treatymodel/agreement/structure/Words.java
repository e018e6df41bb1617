package org.treatymodel.agreement.structure;

/**
 * Whitespace as XML writes it: runs of spaces, tabs and line breaks are one space. Other spaces (a
 * no-break space) are characters of the text.
 */
final class Words {
  private Words() {}

  /** Whether {@code c} is whitespace in XML's sense (and a form feed or vertical tab). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
  }

  /** {@code text} with each run of whitespace one space, none at either end. */
  static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The words of {@code blocks}, one space between blocks, whitespace collapsed. */
  static String of(java.util.List<? extends Block> blocks) {
    return collapse(String.join(" ", blocks.stream().map(Block::words).toList()));
  }
}
