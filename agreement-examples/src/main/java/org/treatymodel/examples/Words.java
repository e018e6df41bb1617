package org.treatymodel.examples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How the walkthroughs write dates and lists for people: "19 September 2016", "a, b and c". */
final class Words {
  private Words() {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** {@code date} as "19 September 2016". */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The items joined as a sentence lists them: "a", "a and b", "a, b and c". */
  static String and(Collection<String> items) {
    List<String> list = List.copyOf(items);
    if (list.size() <= 1) {
      return String.join("", list);
    }
    return String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1);
  }

  /** {@code count} and the noun, plural unless one: "1 norm", "3 norms". */
  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** {@code words} with a capital first letter: "the IOM Council" as "The IOM Council". */
  static String capitalized(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A command-line argument as a message shows it: control characters as "?", at most 40 long. */
  static String shown(String argument) {
    String printable = argument.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
  }
}
