package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Texts;

/**
 * The words that give a norm its force, each with the {@link NormKind} it makes: "shall be
 * entitled" an entitlement (Article 5(1)), "shall" an obligation, "may" a permission, "agrees to"
 * an undertaking (Article 3(2)), "recognizes" a recognition (Article 2(1)), "will" a commitment
 * (Article 2(6)), "Nothing in this Agreement shall be so construed as to" and "shall be subject to"
 * a safeguard (Articles 13(1), 12).
 *
 * <p>A norm's force phrase stands as whole words in its words, at the limb's governing verb: the
 * {@linkplain Vocabulary#governing first} of these phrases in the words, the longest where several
 * begin at the same word. So "shall" inside "Nothing in this Agreement shall be so construed" does
 * not make an obligation, "may" inside "as may be found appropriate" after a "shall" does not make
 * a permission, and neither "mayor" nor "recognized by States" states anything: they are not the
 * whole words.
 *
 * <p>A force phrase is a value: its {@linkplain #name() name} (a token such as {@code shall}, by
 * which a dossier refers to it), its {@linkplain #words() words} and the {@linkplain #kind() kind}
 * of norm it makes. An agreement carries the phrases its text uses in its {@link Vocabulary}, which
 * decides the {@linkplain Vocabulary#governing governing} phrase of a norm's words; the constants
 * below are those of the 2016 Agreement, and {@link Vocabulary#english()} holds the common ones
 * ("shall endeavour to", "shall consider", "must"). Two force phrases are equal when name, words
 * and kind are.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ForcePhrase {

  /** "shall be entitled": an {@link NormKind#ENTITLEMENT} (Articles 5, 11). */
  public static final ForcePhrase SHALL_BE_ENTITLED =
      of("shall-be-entitled", "shall be entitled", NormKind.ENTITLEMENT);

  /** "shall be without prejudice to": a {@link NormKind#SAFEGUARD} (Article 2(1)). */
  public static final ForcePhrase SHALL_BE_WITHOUT_PREJUDICE_TO =
      of("shall-be-without-prejudice-to", "shall be without prejudice to", NormKind.SAFEGUARD);

  /**
   * "Nothing in this Agreement shall be so construed as to": a {@link NormKind#SAFEGUARD} (Article
   * 13(1)).
   */
  public static final ForcePhrase NOTHING_SHALL_BE_SO_CONSTRUED =
      of(
          "nothing-shall-be-so-construed",
          "Nothing in this Agreement shall be so construed as to",
          NormKind.SAFEGUARD);

  /**
   * "shall be subject to": a {@link NormKind#SAFEGUARD} that leaves a matter to other instruments
   * (Article 12: expenses "shall be subject to separate arrangements").
   */
  public static final ForcePhrase SHALL_BE_SUBJECT_TO =
      of("shall-be-subject-to", "shall be subject to", NormKind.SAFEGUARD);

  /** "shall": an {@link NormKind#OBLIGATION}. */
  public static final ForcePhrase SHALL = of("shall", "shall", NormKind.OBLIGATION);

  /** "may": a {@link NormKind#PERMISSION} or discretion (Articles 3(3), 4, 5, 6, 14, 15). */
  public static final ForcePhrase MAY = of("may", "may", NormKind.PERMISSION);

  /** "agrees to": an {@link NormKind#UNDERTAKING} of one party (Article 3(2)). */
  public static final ForcePhrase AGREES_TO = of("agrees-to", "agrees to", NormKind.UNDERTAKING);

  /** "agree to": an {@link NormKind#UNDERTAKING} of both parties (Articles 3(1), 10). */
  public static final ForcePhrase AGREE_TO = of("agree-to", "agree to", NormKind.UNDERTAKING);

  /** "undertakes to": an {@link NormKind#UNDERTAKING} (Article 2(5)). */
  public static final ForcePhrase UNDERTAKES_TO =
      of("undertakes-to", "undertakes to", NormKind.UNDERTAKING);

  /** "recognizes": a {@link NormKind#RECOGNITION} by one party (Article 2). */
  public static final ForcePhrase RECOGNIZES = of("recognizes", "recognizes", NormKind.RECOGNITION);

  /** "recognize": a {@link NormKind#RECOGNITION} by both parties (Article 3(6), 3(7)). */
  public static final ForcePhrase RECOGNIZE = of("recognize", "recognize", NormKind.RECOGNITION);

  /** "will": a {@link NormKind#COMMITMENT} (Article 2(6)). */
  public static final ForcePhrase WILL = of("will", "will", NormKind.COMMITMENT);

  /**
   * The force phrases of the 2016 Agreement, the constants above, in their order; an agreement's
   * own are in its {@link Vocabulary}.
   */
  public static ForcePhrase[] values() {
    return Vocabulary.of2016().forcePhrases().toArray(new ForcePhrase[0]);
  }

  /**
   * The governing force phrase of {@code words} among those of the 2016 Agreement.
   *
   * @deprecated an agreement's phrases are in its vocabulary: use {@code
   *     agreement.vocabulary().governing(words)}, or {@link Vocabulary#english()}
   */
  @Deprecated
  public static java.util.Optional<Occurrence<ForcePhrase>> governing(String words) {
    return Vocabulary.of2016().governing(words);
  }

  private final String name;
  private final String words;
  private final NormKind kind;

  private ForcePhrase(String name, String words, NormKind kind) {
    this.name = name;
    this.words = words;
    this.kind = kind;
  }

  /**
   * The force phrase named {@code name} whose {@code words} make a norm of {@code kind}.
   *
   * @param name a token of lower-case letters and digits joined by single hyphens, such as {@code
   *     shall-endeavour-to}, at most {@value Vocabulary#MAX_NAME_LENGTH} characters
   * @param words the phrase as the text writes it, a line of text: "shall endeavour to"
   * @param kind the kind of norm the phrase makes
   * @throws IllegalArgumentException naming the field and the value if one is malformed
   */
  public static ForcePhrase of(String name, String words, NormKind kind) {
    checkNotNull(name, "name");
    checkNotNull(words, "words");
    checkNotNull(kind, "kind");
    Vocabulary.checkName("force phrase name", name);
    Texts.checkText("force phrase words", words);
    return new ForcePhrase(name, words, kind);
  }

  /** The phrase's name, by which a dossier refers to it: {@code shall-be-entitled}. */
  public String name() {
    return name;
  }

  /** The phrase as the text writes it: "shall be entitled". */
  public String words() {
    return words;
  }

  /** The kind of norm the phrase makes. */
  public NormKind kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ForcePhrase that
        && name.equals(that.name)
        && words.equals(that.words)
        && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, words, kind);
  }

  /** The name, as a dossier writes it: {@code shall-be-entitled}. */
  @Override
  public String toString() {
    return name;
  }
}
