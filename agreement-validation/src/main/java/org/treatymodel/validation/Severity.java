package org.treatymodel.validation;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The model is inconsistent: a reference does not resolve, a quotation is not in the text. */
  ERROR,
  /** The model is consistent but incomplete or unusual: a paragraph nobody has analysed. */
  WARNING
}
