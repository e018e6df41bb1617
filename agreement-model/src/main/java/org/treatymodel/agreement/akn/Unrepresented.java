package org.treatymodel.agreement.akn;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An element of an imported document that the model does not represent, and what became of it: kept
 * as found (a table, a quoted structure, another tool's metadata), so that a write restores it. An
 * {@link AkomaNtosoImport} lists one for each.
 *
 * @param line the line where its start tag ends, from 1, as the XML parser counts
 * @param column the column where its start tag ends, from 1
 * @param element the element, as {@code <table>}
 * @param what what became of it: "kept as found: the model does not represent it"
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Unrepresented(int line, int column, String element, String what) {
  /** Checks the parts. */
  public Unrepresented {
    checkNotNull(element, "element");
    checkNotNull(what, "what");
  }

  /** "line 12, column 5: {@code <table>} kept as found: ...". */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + element + " " + what;
  }
}
