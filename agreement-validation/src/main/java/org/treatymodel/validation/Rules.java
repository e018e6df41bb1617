package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;

/**
 * The catalogue of rules, listed with their codes in this module's README. Validating the canonical
 * 2016 Agreement yields no diagnostic.
 */
public final class Rules {
  private Rules() {}

  /** REF-001: every bearer and counterparty of a norm is an actor of the agreement. */
  public static final Rule NORM_ACTORS_RESOLVE = new NormActorsResolve();

  /** REF-002: every norm stands in a provision of the text, in the words it quotes. */
  public static final Rule NORM_WORDS_IN_TEXT = new NormWordsInText();

  /** REF-003: every mirror norm exists and names the norm back. */
  public static final Rule MIRRORS_ARE_MUTUAL = new MirrorsAreMutual();

  /**
   * REF-004: every cross-reference leaves from a provision of the text and reaches a known target.
   */
  public static final Rule REFERENCES_RESOLVE = new ReferencesResolve();

  /** REF-005: every instrument an instrument relates to, or a recital cites, is known. */
  public static final Rule INSTRUMENTS_RESOLVE = new InstrumentsResolve();

  /** COV-001: every paragraph states a norm, or is recorded as stating none. */
  public static final Rule PARAGRAPHS_ANALYSED = new ParagraphsAnalysed();

  /** STRUCT-001: the articles are numbered 1, 2, 3... without gap, as signed. */
  public static final Rule ARTICLES_CONSECUTIVE = new ArticlesConsecutive();

  private static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          NORM_ACTORS_RESOLVE,
          NORM_WORDS_IN_TEXT,
          MIRRORS_ARE_MUTUAL,
          REFERENCES_RESOLVE,
          INSTRUMENTS_RESOLVE,
          PARAGRAPHS_ANALYSED,
          ARTICLES_CONSECUTIVE);

  /** Every rule, in the order of the catalogue. */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
