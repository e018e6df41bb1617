package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Phrases;

/**
 * The words that give a norm its force, each with the {@link NormKind} it makes: "shall be
 * entitled" an entitlement (Article 5(1)), "shall" an obligation, "may" a permission, "agrees to"
 * an undertaking (Article 3(2)), "recognizes" a recognition (Article 2(1)), "will" a commitment
 * (Article 2(6)), "Nothing in this Agreement shall be so construed as to" and "shall be subject to"
 * a safeguard (Articles 13(1), 12).
 *
 * <p>A norm's force phrase stands as whole words in its words, at the limb's governing verb: the
 * {@linkplain #governing first} of these phrases in the words, the longest where several begin at
 * the same word. So "shall" inside "Nothing in this Agreement shall be so construed" does not make
 * an obligation, "may" inside "as may be found appropriate" after a "shall" does not make a
 * permission, and neither "mayor" nor "recognized by States" states anything: they are not the
 * whole words.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ForcePhrase {
  /** "shall be entitled": an {@link NormKind#ENTITLEMENT} (Articles 5, 11). */
  SHALL_BE_ENTITLED("shall be entitled", NormKind.ENTITLEMENT),
  /** "shall be without prejudice to": a {@link NormKind#SAFEGUARD} (Article 2(1)). */
  SHALL_BE_WITHOUT_PREJUDICE_TO("shall be without prejudice to", NormKind.SAFEGUARD),
  /**
   * "Nothing in this Agreement shall be so construed as to": a {@link NormKind#SAFEGUARD} (Article
   * 13(1)).
   */
  NOTHING_SHALL_BE_SO_CONSTRUED(
      "Nothing in this Agreement shall be so construed as to", NormKind.SAFEGUARD),
  /**
   * "shall be subject to": a {@link NormKind#SAFEGUARD} that leaves a matter to other instruments
   * (Article 12: expenses "shall be subject to separate arrangements").
   */
  SHALL_BE_SUBJECT_TO("shall be subject to", NormKind.SAFEGUARD),
  /** "shall": an {@link NormKind#OBLIGATION}. */
  SHALL("shall", NormKind.OBLIGATION),
  /** "may": a {@link NormKind#PERMISSION} or discretion (Articles 3(3), 4, 5, 6, 14, 15). */
  MAY("may", NormKind.PERMISSION),
  /** "agrees to": an {@link NormKind#UNDERTAKING} of one party (Article 3(2)). */
  AGREES_TO("agrees to", NormKind.UNDERTAKING),
  /** "agree to": an {@link NormKind#UNDERTAKING} of both parties (Articles 3(1), 10). */
  AGREE_TO("agree to", NormKind.UNDERTAKING),
  /** "undertakes to": an {@link NormKind#UNDERTAKING} (Article 2(5)). */
  UNDERTAKES_TO("undertakes to", NormKind.UNDERTAKING),
  /** "recognizes": a {@link NormKind#RECOGNITION} by one party (Article 2). */
  RECOGNIZES("recognizes", NormKind.RECOGNITION),
  /** "recognize": a {@link NormKind#RECOGNITION} by both parties (Article 3(6), 3(7)). */
  RECOGNIZE("recognize", NormKind.RECOGNITION),
  /** "will": a {@link NormKind#COMMITMENT} (Article 2(6)). */
  WILL("will", NormKind.COMMITMENT);

  private final String words;
  private final NormKind kind;

  ForcePhrase(String words, NormKind kind) {
    this.words = words;
    this.kind = kind;
  }

  /** The phrase as the text writes it: "shall be entitled". */
  public String words() {
    return words;
  }

  /** The kind of norm the phrase makes. */
  public NormKind kind() {
    return kind;
  }

  /**
   * The governing force phrase of {@code words}: the first of the phrases that stands in them as
   * whole words, the longest where several begin at the same place; empty if none does.
   */
  public static Optional<Occurrence<ForcePhrase>> governing(String words) {
    checkNotNull(words, "words");
    Optional<Occurrence<ForcePhrase>> first = Optional.empty();
    for (ForcePhrase phrase : values()) {
      int at = Phrases.indexOf(words, phrase.words, 0);
      if (at < 0) {
        continue;
      }
      boolean earlier = first.isEmpty() || at < first.get().start();
      boolean longerAtTheSamePlace =
          first.isPresent()
              && at == first.get().start()
              && phrase.words.length() > first.get().phrase().length();
      if (earlier || longerAtTheSamePlace) {
        first = Optional.of(new Occurrence<>(phrase, phrase.words, at));
      }
    }
    return first;
  }
}
