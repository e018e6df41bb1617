package org.treatymodel.agreement.akn;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What is wrong with an Akoma Ntoso document that {@link AkomaNtoso} cannot read, and where: the
 * line and column (from 1; 0 when the place is unknown, as for a document longer than the limit)
 * and what was expected there. The only exception a reader throws for what the document holds,
 * whatever it holds; nothing half-read escapes it. (A stream or file that cannot be read is an
 * {@link java.io.IOException}; a limit below 1 an {@link IllegalArgumentException}.)
 */
@API(status = STABLE, since = "0.1.0")
public final class AkomaNtosoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  AkomaNtosoException(int line, int column, String problem) {
    super(where(line, column) + problem);
    this.line = line;
    this.column = column;
  }

  AkomaNtosoException(int line, int column, String problem, Throwable cause) {
    super(where(line, column) + problem, cause);
    this.line = line;
    this.column = column;
  }

  private static String where(int line, int column) {
    return line > 0 ? "line " + line + ", column " + column + ": " : "";
  }

  /** The line of the problem, from 1; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1; 0 if unknown. */
  public int column() {
    return column;
  }
}
