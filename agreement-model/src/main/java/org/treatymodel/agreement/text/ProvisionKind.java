package org.treatymodel.agreement.text;

/** What unit of the text a {@link Provision} is. */
public enum ProvisionKind {
  /** The preamble as a whole ({@code preamble}). */
  PREAMBLE,
  /**
   * A formula of the preamble: the parties, or "Have agreed as follows:" ({@code
   * preamble__formula_1}).
   */
  FORMULA,
  /** A recital ({@code preamble__recital_4}). */
  RECITAL,
  /** An article ({@code art_5}). */
  ARTICLE,
  /** A paragraph of an article ({@code art_5__para_1}). */
  PARAGRAPH,
  /** The words that introduce a list of points ({@code art_3__para_2__list_1__intro}). */
  INTRO,
  /** A lettered point ({@code art_3__para_2__list_1__point_a}). */
  POINT,
  /** The words after a list of points ({@code art_3__para_2__list_1__wrapup}). */
  WRAP_UP,
  /** The final clauses as a whole ({@code conclusions}). */
  CONCLUSIONS,
  /** The testimonium or the signing clause ({@code conclusions__formula_1}). */
  CLAUSE,
  /** A column of the signature block ({@code conclusions__signature_1}). */
  SIGNATURE
}
