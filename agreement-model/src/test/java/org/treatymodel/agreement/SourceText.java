package org.treatymodel.agreement;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Agreement's text as source 001 prints it, normalised as the sources' README (copied as {@code
 * sources/SOURCES.md} in the test resources) says:
 *
 * <ol>
 *   <li>only the annex counts, and its title loses the draft's "Draft ";
 *   <li>a line that begins in lower case continues the sentence a page break split (Articles 1 and
 *       6(2));
 *   <li>"Article 1 Purpose of the Agreement" is split into number and heading, like the other
 *       articles;
 *   <li>blank lines between an article's number and its heading (Articles 7 to 9) are dropped;
 *   <li>the two tab-separated columns of the signature block are printed one after the other.
 * </ol>
 *
 * The result uses the layout of {@code AgreementText.render()}: blocks separated by one blank line,
 * an article's number and heading on consecutive lines, a signature column's caption above the
 * name.
 */
final class SourceText {
  private static final Pattern ARTICLE = Pattern.compile("Article (\\d+)(?: (.+))?");

  private SourceText() {}

  static String read() throws IOException {
    try (InputStream in =
        SourceText.class.getResourceAsStream("/sources/001_3c2ab7b678d5be47.txt")) {
      checkState(in != null, "the verbatim copy of source 001 is missing from the test resources");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The normalised text of the Agreement in the annex of {@code source}. */
  static String normalise(String source) {
    int annex = source.indexOf("\nAnnex\n");
    checkState(annex >= 0, "source 001 has no annex");
    List<String> lines = new ArrayList<>();
    for (String line : Splitter.on('\n').split(source.substring(annex + "\nAnnex\n".length()))) {
      if (line.isBlank()) {
        continue;
      }
      if (!lines.isEmpty() && Character.isLowerCase(line.charAt(0))) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line); // page break
      } else {
        lines.add(line);
      }
    }
    List<String> blocks = new ArrayList<>();
    List<String[]> signatureRows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher article = ARTICLE.matcher(line);
      if (i == 0) {
        blocks.add(line.replaceFirst("^Draft ", ""));
      } else if (article.matches()) {
        String heading = article.group(2) != null ? article.group(2) : lines.get(++i);
        blocks.add("Article " + article.group(1) + "\n" + heading);
      } else if (line.contains("\t")) {
        signatureRows.add(Splitter.on('\t').splitToList(line).toArray(new String[0]));
      } else {
        blocks.add(line);
      }
    }
    // The signature block closes the text: rows of tab-separated columns, printed column by column.
    checkState(
        signatureRows.size() == 2,
        "expected two rows in the signature block: %s",
        signatureRows.size());
    for (int column = 0; column < signatureRows.get(0).length; column++) {
      blocks.add(signatureRows.get(0)[column] + "\n" + signatureRows.get(1)[column]);
    }
    return String.join("\n\n", blocks);
  }

  /**
   * Splits a rendered text into named sections: "preamble" (title to "Have agreed as follows:"),
   * "Article 1" to "Article N", and "final clauses".
   */
  static ImmutableMap<String, String> sections(String text) {
    Map<String, String> sections = new LinkedHashMap<>();
    String name = "preamble";
    StringBuilder current = new StringBuilder();
    for (String block : Splitter.on("\n\n").split(text)) {
      Matcher article = Pattern.compile("(Article \\d+)\n.*").matcher(block);
      String next = null;
      if (article.matches()) {
        next = article.group(1);
      } else if (block.startsWith("In witness thereof")) {
        next = "final clauses";
      }
      if (next != null) {
        sections.put(name, current.toString());
        name = next;
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append("\n\n");
      }
      current.append(block);
    }
    sections.put(name, current.toString());
    return ImmutableMap.copyOf(sections);
  }

  static ImmutableList<String> blocks(String text) {
    return ImmutableList.copyOf(Splitter.on("\n\n").split(text));
  }
}
