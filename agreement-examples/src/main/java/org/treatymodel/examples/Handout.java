package org.treatymodel.examples;

import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.validation.Diagnostic;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.Severity;

/**
 * Text laid out as a handout: headings, paragraphs wrapped at {@value #WIDTH} columns, aligned
 * tables. Plain text only, no terminal escape codes, so that it reads the same in a terminal, a
 * file or a pipe.
 */
final class Handout {
  static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();

  /** A title underlined with {@code '='} (a section with {@code '-'}). */
  Handout heading(String title, char underline) {
    line(title);
    line(String.valueOf(underline).repeat(Math.min(title.length(), WIDTH)));
    return this;
  }

  Handout line(String text) {
    out.append(text.stripTrailing()).append('\n');
    return this;
  }

  Handout blank() {
    out.append('\n');
    return this;
  }

  /** {@code text} after {@code prefix}, wrapped under its first word. */
  Handout wrapped(String prefix, String text) {
    return wrapped(prefix, text, WIDTH);
  }

  private Handout wrapped(String prefix, String text, int width) {
    StringBuilder current = new StringBuilder(prefix);
    String indent = " ".repeat(prefix.length());
    for (String word : Splitter.on(' ').omitEmptyStrings().split(text)) {
      if (current.length() > prefix.length() && current.length() + 1 + word.length() > width) {
        line(current.toString());
        current = new StringBuilder(indent);
      } else if (current.length() > prefix.length()) {
        current.append(' ');
      }
      current.append(word);
    }
    return line(current.toString());
  }

  /**
   * A table: a header row, a rule, then the rows, each column as wide as its widest cell, the last
   * column wrapped if the line would be too wide. Cells that look like numbers are aligned right.
   */
  Handout table(String indent, List<String> header, List<List<String>> rows) {
    int columns = header.size();
    int[] widths = new int[columns];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    row(indent, header, widths, columns);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < columns - 1; i++) {
      rule.append("-".repeat(widths[i])).append("  ");
    }
    rule.append("-".repeat(Math.max(header.get(columns - 1).length(), 4)));
    line(indent + rule);
    for (List<String> row : rows) {
      row(indent, row, widths, columns);
    }
    return this;
  }

  private void row(String indent, List<String> row, int[] widths, int columns) {
    StringBuilder start = new StringBuilder(indent);
    for (int i = 0; i < columns - 1; i++) {
      String cell = row.get(i);
      start
          .append(
              cell.matches("\\d+")
                  ? Strings.padStart(cell, widths[i], ' ')
                  : Strings.padEnd(cell, widths[i], ' '))
          .append("  ");
    }
    // A table may run a little wider than the text before it wraps its last column.
    wrapped(start.toString(), row.get(columns - 1), WIDTH + 20);
  }

  /**
   * A validation report for people: how many errors, warnings and notes, then each diagnostic with
   * its severity, rule, place and message, wrapped.
   */
  Handout report(String indent, Report report) {
    line(
        indent
            + Prose.count(report.count(Severity.ERROR), "error")
            + ", "
            + Prose.count(report.count(Severity.WARNING), "warning")
            + ", "
            + report.count(Severity.INFO)
            + " info"
            + " on "
            + Dates.forPeople(report.today())
            + (report.isClean() ? ": clean." : ":"));
    for (Diagnostic diagnostic : report.diagnostics()) {
      wrapped(
          indent + "- ",
          diagnostic.severity().label()
              + " "
              + diagnostic.code()
              + ", "
              + diagnostic.where()
              + ": "
              + diagnostic.message());
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
