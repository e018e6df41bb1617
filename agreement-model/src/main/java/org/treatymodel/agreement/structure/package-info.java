/**
 * The structure of a text as a document gives it, for agreements whose text does not take the
 * layout of the 2016 Agreement (preamble, articles of paragraphs, final clauses): parts, chapters,
 * sections and titles above articles; paragraphs, subparagraphs and points nested to any depth with
 * any labels ("3bis", "(i)", "1.1"); passages of words with their footnotes kept apart; annexes;
 * and what the model does not represent, kept as found so that nothing is lost.
 *
 * <p>{@link org.treatymodel.agreement.structure.Structure} is the whole. Words are plain text with
 * the inline markup of the source (references, emphasis, terms) kept beside them as {@link
 * org.treatymodel.agreement.structure.Span}s, so that a search reads the words and a writer
 * restores the markup.
 */
@NullMarked
package org.treatymodel.agreement.structure;

import org.jspecify.annotations.NullMarked;
