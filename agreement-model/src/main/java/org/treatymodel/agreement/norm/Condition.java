package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Phrases;
import org.treatymodel.agreement.internal.Texts;

/**
 * A legal qualifier of a {@link Norm}, named for exactly what its words say: "within their
 * respective competencies" is not "within their respective mandates", and a bearer's own judgement
 * ("if it decides it to be appropriate", "in its judgement") is not the text's "as appropriate".
 * Each condition lists the phrases by which the Agreement states it; two distinct qualifiers are
 * never one condition.
 *
 * <p>A norm carries a condition exactly when one of its phrases stands, as whole words, in the
 * norm's words outside its force phrase; {@link Norm#conditionOccurrences()} says where. A norm's
 * conditions all apply unless its words join two by "or", as Article 13(2) joins the two ways of
 * protecting confidential material.
 *
 * <p>A condition is a value: its {@linkplain #name() name} (a token such as {@code upon-request},
 * by which a dossier refers to it), a {@linkplain #label() label} for people and the {@linkplain
 * #phrases() phrases} that state it. An agreement carries the conditions its text uses in its
 * {@link Vocabulary}; the constants below are those of the 2016 Agreement (Article numbers cite
 * it), kept here so that code about it can name them, and {@link Vocabulary#english()} holds the
 * common ones. Two conditions are equal when name, label and phrases are.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Condition {
  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = Vocabulary.MAX_NAME_LENGTH;

  /** "upon request", "upon its request" (Articles 3(5), 7(2), 7(3)). */
  public static final Condition UPON_REQUEST =
      of("upon-request", "upon request", "upon request", "upon its request");

  /** "to the extent practicable" (Article 7(2), 7(3)). */
  public static final Condition TO_THE_EXTENT_PRACTICABLE =
      of("to-the-extent-practicable", "to the extent practicable", "to the extent practicable");

  /** "whenever required" (Article 8). */
  public static final Condition WHENEVER_REQUIRED =
      of("whenever-required", "whenever required", "whenever required");

  /** "whenever necessary" (Article 10). */
  public static final Condition WHENEVER_NECESSARY =
      of("whenever-necessary", "whenever necessary", "whenever necessary");

  /** "as appropriate" (Article 5(1), 5(2)). */
  public static final Condition AS_APPROPRIATE =
      of("as-appropriate", "as appropriate", "as appropriate");

  /** "where appropriate" (Article 7(4)). */
  public static final Condition WHERE_APPROPRIATE =
      of("where-appropriate", "where appropriate", "where appropriate");

  /** "as may be found appropriate": of the arrangements made under Article 14. */
  public static final Condition AS_MAY_BE_FOUND_APPROPRIATE =
      of(
          "as-may-be-found-appropriate",
          "as may be found appropriate",
          "as may be found appropriate");

  /** "as may be necessary": of the action to facilitate consultation (Article 3(3), 3(4)). */
  public static final Condition AS_MAY_BE_NECESSARY =
      of("as-may-be-necessary", "as may be necessary", "as may be necessary");

  /**
   * "as may be appropriate": of the other organs of the United Nations to which the
   * Secretary-General brings an item IOM proposes (Article 6(2)).
   */
  public static final Condition AS_MAY_BE_APPROPRIATE =
      of("as-may-be-appropriate", "as may be appropriate", "as may be appropriate");

  /**
   * "as either organization may require": the measure of the information and assistance each gives
   * the other (Article 3(5)).
   */
  public static final Condition AS_EITHER_ORGANIZATION_MAY_REQUIRE =
      of(
          "as-either-organization-may-require",
          "as either organization may require",
          "as either organization may require");

  /** "if it decides it to be appropriate": the bearer's own judgement (Article 4). */
  public static final Condition IF_IT_DECIDES_IT_TO_BE_APPROPRIATE =
      of(
          "if-it-decides-it-to-be-appropriate",
          "if it decides it to be appropriate",
          "if it decides it to be appropriate");

  /** "in its judgement": the bearer's own judgement (Article 13(1)). */
  public static final Condition IN_ITS_JUDGEMENT =
      of("in-its-judgement", "in its judgement", "in its judgement");

  /** "where applicable" (Article 3(7)). */
  public static final Condition WHERE_APPLICABLE =
      of("where-applicable", "where applicable", "where applicable");

  /** "without vote" (Article 5(1), 5(2)). */
  public static final Condition WITHOUT_VOTE = of("without-vote", "without vote", "without vote");

  /**
   * "at the invitation of" (Article 5(2)); the actor who invites is the norm's {@linkplain
   * NormRole#INVITER inviter}.
   */
  public static final Condition AT_THE_INVITATION_OF =
      of("at-the-invitation-of", "at the invitation of", "at the invitation of");

  /**
   * "at which matters of interest to the United Nations are under consideration": the meetings IOM
   * convenes to which the Secretary-General is invited (Article 5(1)).
   */
  public static final Condition AT_MEETINGS_CONSIDERING_MATTERS_OF_INTEREST_TO_THE_UNITED_NATIONS =
      of(
          "at-meetings-considering-matters-of-interest-to-the-united-nations",
          "at which matters of interest to the United Nations are under consideration",
          "at which matters of interest to the United Nations are under consideration");

  /**
   * "on matters within their competence" (Article 3(3)), "on all matters within its competence"
   * (Article 3(4)): within the competence of the one consulted.
   */
  public static final Condition ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED =
      of(
          "on-matters-within-the-competence-of-those-consulted",
          "on matters within the competence of those consulted",
          "on matters within their competence",
          "on all matters within its competence");

  /**
   * "on which the International Organization for Migration requires expert advice" (Article 3(3)),
   * "on which they require expert advice" (Article 3(4)): the one who consults needs expert advice.
   */
  public static final Condition WHERE_EXPERT_ADVICE_IS_REQUIRED =
      of(
          "where-expert-advice-is-required",
          "where expert advice is required",
          "on which the International Organization for Migration requires expert advice",
          "on which they require expert advice");

  /**
   * "relating to matters within the competence of the United Nations" (Article 7(2)), "relating to
   * matters within the competence of the International Organization for Migration" (Article 7(3)):
   * what is to be furnished concerns the requesting Organization's competence.
   */
  public static final Condition RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY =
      of(
          "relating-to-matters-within-the-competence-of-the-requesting-party",
          "relating to matters within the competence of the requesting party",
          "relating to matters within the competence of the United Nations",
          "relating to matters within the competence of the International Organization for Migration");

  /** "in relation to matters of common interest" (Article 5(1)). */
  public static final Condition IN_RELATION_TO_MATTERS_OF_COMMON_INTEREST =
      of(
          "in-relation-to-matters-of-common-interest",
          "in relation to matters of common interest",
          "in relation to matters of common interest");

  /** "for the purposes of this paragraph" (Article 5(1), 5(2)). */
  public static final Condition FOR_THE_PURPOSES_OF_THIS_PARAGRAPH =
      of(
          "for-the-purposes-of-this-paragraph",
          "for the purposes of this paragraph",
          "for the purposes of this paragraph");

  /**
   * "in accordance with the relevant rules of procedure" (Article 5), "the relevant rules of
   * procedure" (Article 6).
   */
  public static final Condition IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE =
      of(
          "in-accordance-with-the-relevant-rules-of-procedure",
          "in accordance with the relevant rules of procedure",
          "in accordance with the relevant rules of procedure",
          "the relevant rules of procedure");

  /**
   * "in accordance with their established rules of procedures": those of the coordination bodies
   * (Article 3(2), closing words).
   */
  public static final Condition IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES =
      of(
          "in-accordance-with-their-established-rules-of-procedures",
          "in accordance with their established rules of procedures",
          "in accordance with their established rules of procedures");

  /** "in accordance with his or her authority" (Article 6). */
  public static final Condition IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY =
      of(
          "in-accordance-with-his-or-her-authority",
          "in accordance with his or her authority",
          "in accordance with his or her authority");

  /**
   * "in accordance with the provisions of their respective constituent instruments" (Article 3(1),
   * 3(5)).
   */
  public static final Condition IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS =
      of(
          "in-accordance-with-their-constituent-instruments",
          "in accordance with their constituent instruments",
          "in accordance with the provisions of their respective constituent instruments");

  /**
   * "in accordance with their constituent instruments and policies on confidentiality" (Article
   * 13(2)): one of the two ways of protecting confidential material, the other being {@link
   * #IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS}; the text joins them by "or".
   */
  public static final Condition
      IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY =
          of(
              "in-accordance-with-their-constituent-instruments-and-policies-on-confidentiality",
              "in accordance with their constituent instruments and policies on confidentiality",
              "in accordance with their constituent instruments and policies on confidentiality");

  /**
   * "violate its obligation under its constituent instrument or policies on confidentiality": the
   * material that Article 13(1) keeps a party from having to furnish is that whose disclosure
   * could, in the party's judgement, do so.
   */
  public static final Condition IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY =
      of(
          "if-disclosure-could-violate-its-obligation-of-confidentiality",
          "where disclosure could violate its obligation of confidentiality",
          "violate its obligation under its constituent instrument or policies on confidentiality");

  /** "within their respective mandates", "within the framework of their respective mandates". */
  public static final Condition WITHIN_THEIR_RESPECTIVE_MANDATES =
      of(
          "within-their-respective-mandates",
          "within their respective mandates",
          "within their respective mandates",
          "within the framework of their respective mandates");

  /** "within their respective competencies" (Article 3(5)). */
  public static final Condition WITHIN_THEIR_RESPECTIVE_COMPETENCIES =
      of(
          "within-their-respective-competencies",
          "within their respective competencies",
          "within their respective competencies");

  /**
   * "with due regard to the policies of the United Nations" furthering the Purposes and Principles
   * of the Charter, and to other relevant instruments (Article 2(5)).
   */
  public static final Condition WITH_DUE_REGARD_TO_THE_POLICIES_OF_THE_UNITED_NATIONS =
      of(
          "with-due-regard-to-the-policies-of-the-united-nations",
          "with due regard to the policies of the United Nations",
          "with due regard to the policies of the United Nations");

  /** "with due regard to cost savings" (Article 8). */
  public static final Condition WITH_DUE_REGARD_TO_COST_SAVINGS =
      of(
          "with-due-regard-to-cost-savings",
          "with due regard to cost savings",
          "with due regard to cost savings");

  /** "without prejudice to" (Article 2(6)). */
  public static final Condition WITHOUT_PREJUDICE_TO =
      of("without-prejudice-to", "without prejudice to", "without prejudice to");

  /** "In such cases": when an agenda item has been proposed (Article 6). */
  public static final Condition IN_SUCH_CASES =
      of("in-such-cases", "in such cases", "In such cases");

  /** "In case confidential material, data or information is provided" (Article 13(2)). */
  public static final Condition IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED =
      of(
          "in-case-confidential-material-is-provided",
          "in case confidential material, data or information is provided",
          "In case confidential material, data or information is provided");

  /** "as per established cost-sharing arrangements" (Article 3(2), closing words). */
  public static final Condition AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS =
      of(
          "as-per-established-cost-sharing-arrangements",
          "as per established cost-sharing arrangements",
          "as per established cost-sharing arrangements");

  /**
   * "in accordance with such arrangements as may be agreed upon from time to time" between the
   * Secretary-General and the Director General (Article 9).
   */
  public static final Condition IN_ACCORDANCE_WITH_ARRANGEMENTS_AGREED_FROM_TIME_TO_TIME =
      of(
          "in-accordance-with-arrangements-agreed-from-time-to-time",
          "in accordance with such arrangements as may be agreed upon from time to time",
          "in accordance with such arrangements as may be agreed upon from time to time");

  /**
   * "in accordance with arrangements between the International Organization for Migration and the
   * organizations concerned" (Article 9).
   */
  public static final Condition IN_ACCORDANCE_WITH_ARRANGEMENTS_WITH_THE_ORGANIZATIONS_CONCERNED =
      of(
          "in-accordance-with-arrangements-with-the-organizations-concerned",
          "in accordance with arrangements with the organizations concerned",
          "in accordance with arrangements between the International Organization for Migration and"
              + " the organizations concerned");

  /** "based on conditions contained in supplementary arrangements" (Article 10). */
  public static final Condition BASED_ON_CONDITIONS_IN_SUPPLEMENTARY_ARRANGEMENTS =
      of(
          "based-on-conditions-in-supplementary-arrangements",
          "based on conditions contained in supplementary arrangements",
          "based on conditions contained in supplementary arrangements");

  /** "in accordance with such administrative arrangements" (Article 11). */
  public static final Condition IN_ACCORDANCE_WITH_ADMINISTRATIVE_ARRANGEMENTS =
      of(
          "in-accordance-with-administrative-arrangements",
          "in accordance with administrative arrangements",
          "in accordance with such administrative arrangements");

  /**
   * "in accordance with such supplementary arrangements" (Article 13(2)): the alternative to {@link
   * #IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY}.
   */
  public static final Condition IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS =
      of(
          "in-accordance-with-supplementary-arrangements",
          "in accordance with supplementary arrangements",
          "in accordance with such supplementary arrangements");

  /** "where such use is recognized by States" (Article 11). */
  public static final Condition WHERE_SUCH_USE_IS_RECOGNIZED_BY_STATES =
      of(
          "where-such-use-is-recognized-by-states",
          "where such use is recognized by States",
          "where such use is recognized by States");

  /**
   * "for distribution": the written statements a party presents to be distributed (Article 5(3)).
   */
  public static final Condition FOR_DISTRIBUTION =
      of("for-distribution", "for distribution", "for distribution");

  /** "in writing": the form of the notifications of approval (Articles 15, 16(1)). */
  public static final Condition IN_WRITING = of("in-writing", "in writing", "in writing");

  /**
   * The conditions of the 2016 Agreement, the constants above, in their order; an agreement's own
   * are in its {@link Vocabulary}.
   */
  public static Condition[] values() {
    return Vocabulary.of2016().conditions().toArray(new Condition[0]);
  }

  private final String name;
  private final String label;
  private final ImmutableList<String> phrases;

  private Condition(String name, String label, ImmutableList<String> phrases) {
    this.name = name;
    this.label = label;
    this.phrases = phrases;
  }

  /**
   * The condition named {@code name}, described by {@code label} and stated by {@code phrases}.
   *
   * @param name a token of lower-case letters and digits joined by single hyphens, such as {@code
   *     subject-to-available-resources}, at most {@value #MAX_NAME_LENGTH} characters
   * @param label the condition in a few words, for people: "subject to available resources"
   * @param phrases the phrases by which a text states it, at least one, each a line of text
   * @throws IllegalArgumentException naming the field and the value if one is malformed or a phrase
   *     is repeated
   */
  public static Condition of(String name, String label, String... phrases) {
    checkNotNull(name, "name");
    checkNotNull(label, "label");
    checkNotNull(phrases, "phrases");
    return of(name, label, Arrays.asList(phrases));
  }

  /**
   * The condition named {@code name}, described by {@code label} and stated by {@code phrases}; as
   * {@link #of(String, String, String...)}.
   */
  public static Condition of(String name, String label, Iterable<String> phrases) {
    checkNotNull(name, "name");
    checkNotNull(label, "label");
    checkNotNull(phrases, "phrases");
    Vocabulary.checkName("condition name", name);
    Texts.checkText("condition label", label);
    ImmutableList<String> list = Elements.list("condition phrases", phrases);
    checkArgument(!list.isEmpty(), "condition %s must have at least one phrase", name);
    for (String phrase : list) {
      Texts.checkText("phrase of condition " + name, phrase);
    }
    Elements.checkDistinct("phrases of condition " + name, list);
    return new Condition(name, label, list);
  }

  /** The condition's name, by which a dossier refers to it: {@code upon-request}. */
  public String name() {
    return name;
  }

  /** The condition in a few words, for people: "at the invitation of". */
  public String label() {
    return label;
  }

  /** The phrases by which the text states this condition. */
  public ImmutableList<String> phrases() {
    return phrases;
  }

  /** Whether one of this condition's phrases stands, as whole words, in {@code words}. */
  public boolean isStatedIn(String words) {
    checkNotNull(words, "words");
    return phrases.stream().anyMatch(phrase -> Phrases.standsIn(words, phrase));
  }

  /**
   * Where this condition is first stated in {@code words} at or after {@code from}: the earliest of
   * its phrases, the longest where two begin at the same place; empty if it is not stated.
   */
  public Optional<Occurrence<Condition>> firstOccurrenceIn(String words, int from) {
    checkNotNull(words, "words");
    Optional<Occurrence<Condition>> first = Optional.empty();
    for (String phrase : phrases) {
      int at = Phrases.indexOf(words, phrase, from);
      if (at >= 0
          && (first.isEmpty()
              || at < first.get().start()
              || (at == first.get().start() && phrase.length() > first.get().phrase().length()))) {
        first = Optional.of(new Occurrence<>(this, phrase, at));
      }
    }
    return first;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Condition that
        && name.equals(that.name)
        && label.equals(that.label)
        && phrases.equals(that.phrases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, label, phrases);
  }

  /** The name, as a dossier writes it: {@code upon-request}. */
  @Override
  public String toString() {
    return name;
  }
}
