package org.treatymodel.agreement.norm;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The kind of a {@link Norm}, which follows from its {@link ForcePhrase}: "shall" makes an
 * obligation, "shall be entitled" an entitlement, "may" a permission, and so on.
 */
@API(status = STABLE, since = "0.1.0")
public enum NormKind {
  /** A duty: "shall" (Article 7(1): "shall arrange for the exchange of information"). */
  OBLIGATION,
  /** A right: "shall be entitled" (Article 5(1), 5(2), 11). */
  ENTITLEMENT,
  /** A permission or discretion: "may" (Articles 4, 6, 14). */
  PERMISSION,
  /** An undertaking given by a party: "agrees to", "undertakes to" (Articles 2(5), 3(2), 10). */
  UNDERTAKING,
  /** A recognition of a fact, role or need: "recognizes" (Article 2). */
  RECOGNITION,
  /** A commitment stated in the future tense: "will" (Article 2(6)). */
  COMMITMENT,
  /**
   * A safeguard: words that keep the Agreement from reaching a matter or leave it to other
   * instruments: "Nothing in this Agreement shall be so construed as to", "shall be without
   * prejudice to", "shall be subject to separate arrangements" (Articles 2(1), 12, 13(1)).
   */
  SAFEGUARD;

  /** The kind in words, for people: "obligation", "entitlement". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The phrases of the 2016 Agreement that make a norm of this kind; an agreement's own are given
   * by {@link Vocabulary#forcePhrasesOf(NormKind)} on its vocabulary.
   */
  public ImmutableList<ForcePhrase> forcePhrases() {
    return Vocabulary.of2016().forcePhrasesOf(this);
  }
}
