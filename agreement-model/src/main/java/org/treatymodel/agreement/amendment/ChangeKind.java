package org.treatymodel.agreement.amendment;

/** What a {@link TextChange} does to the text. */
public enum ChangeKind {
  /** Replaces an article with a new wording, under the same number. */
  REPLACE_ARTICLE,
  /** Adds an article under a number the text does not use yet. */
  ADD_ARTICLE,
  /** Removes an article; the numbers of the others do not change. */
  REMOVE_ARTICLE,
  /** Replaces a paragraph of an article with a new wording, under the same number. */
  REPLACE_PARAGRAPH,
  /** Adds a numbered paragraph to an article. */
  ADD_PARAGRAPH,
  /** Removes a paragraph; the numbers of the others do not change. */
  REMOVE_PARAGRAPH
}
