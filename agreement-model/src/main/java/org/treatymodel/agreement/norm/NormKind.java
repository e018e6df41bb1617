package org.treatymodel.agreement.norm;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The kind of a {@link Norm}, recognised by the words that state it. Each kind lists its cue words;
 * the words of every norm of that kind contain one of them.
 */
public enum NormKind {
  /** A duty: "shall" (Article 7(1): "shall arrange for the exchange of information"). */
  OBLIGATION("shall"),
  /** A right to act: "shall be entitled" (Article 5(1), 5(2), 11). */
  ENTITLEMENT("shall be entitled"),
  /** A permission or discretion: "may" (Articles 4, 6, 14). */
  PERMISSION("may"),
  /** An undertaking given by a party: "agrees to", "undertakes" (Articles 2(5), 3(2), 10). */
  UNDERTAKING("agree", "undertakes"),
  /** A recognition of a fact, role or need: "recognizes" (Article 2). */
  RECOGNITION("recognize"),
  /** A commitment stated in the future tense: "will" (Article 2(6)). */
  COMMITMENT("will"),
  /**
   * A safeguard: "Nothing in this Agreement shall be so construed", "without prejudice" (Articles
   * 2(1), 13(1)).
   */
  SAFEGUARD("Nothing in this Agreement shall be so construed", "without prejudice");

  private final ImmutableList<String> cues;

  NormKind(String... cues) {
    this.cues = ImmutableList.copyOf(cues);
  }

  /** The kind in words, for people: "obligation", "entitlement". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words that state a norm of this kind; a norm's words contain at least one. */
  public ImmutableList<String> cues() {
    return cues;
  }
}
