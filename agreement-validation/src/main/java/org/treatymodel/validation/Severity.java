package org.treatymodel.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** How serious a {@link Diagnostic} is. */
@API(status = STABLE, since = "0.1.0")
public enum Severity {
  /**
   * The dossier contradicts itself or the Agreement: a reference that does not resolve, a quotation
   * that is not in the text, a signature before the approvals Article 16(1) requires.
   */
  ERROR,
  /**
   * The dossier is consistent but incomplete or unusual: a paragraph nobody has analysed, a
   * notification that is not recorded.
   */
  WARNING,
  /**
   * Worth knowing, nothing to correct: a fact the sources do not give, such as the dates of the
   * written notifications of 2016.
   */
  INFO;

  /** The severity in words, for people: "error", "warning", "info". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
