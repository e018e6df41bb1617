package org.treatymodel.examples;

/** How a walkthrough shows back a command-line argument it cannot use. */
final class Arguments {
  private Arguments() {}

  /** {@code argument} as a message shows it: control characters as "?", at most 40 long. */
  static String shown(String argument) {
    String printable = argument.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
  }
}
