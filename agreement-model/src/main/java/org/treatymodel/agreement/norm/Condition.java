package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Phrases;

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
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Condition {
  /** "upon request", "upon its request" (Articles 3(5), 7(2), 7(3)). */
  UPON_REQUEST("upon request", "upon request", "upon its request"),
  /** "to the extent practicable" (Article 7(2), 7(3)). */
  TO_THE_EXTENT_PRACTICABLE("to the extent practicable", "to the extent practicable"),
  /** "whenever required" (Article 8). */
  WHENEVER_REQUIRED("whenever required", "whenever required"),
  /** "whenever necessary" (Article 10). */
  WHENEVER_NECESSARY("whenever necessary", "whenever necessary"),
  /** "as appropriate" (Article 5(1), 5(2)). */
  AS_APPROPRIATE("as appropriate", "as appropriate"),
  /** "where appropriate" (Article 7(4)). */
  WHERE_APPROPRIATE("where appropriate", "where appropriate"),
  /** "as may be found appropriate": of the arrangements made under Article 14. */
  AS_MAY_BE_FOUND_APPROPRIATE("as may be found appropriate", "as may be found appropriate"),
  /** "as may be necessary": of the action to facilitate consultation (Article 3(3), 3(4)). */
  AS_MAY_BE_NECESSARY("as may be necessary", "as may be necessary"),
  /**
   * "as may be appropriate": of the other organs of the United Nations to which the
   * Secretary-General brings an item IOM proposes (Article 6(2)).
   */
  AS_MAY_BE_APPROPRIATE("as may be appropriate", "as may be appropriate"),
  /**
   * "as either organization may require": the measure of the information and assistance each gives
   * the other (Article 3(5)).
   */
  AS_EITHER_ORGANIZATION_MAY_REQUIRE(
      "as either organization may require", "as either organization may require"),
  /** "if it decides it to be appropriate": the bearer's own judgement (Article 4). */
  IF_IT_DECIDES_IT_TO_BE_APPROPRIATE(
      "if it decides it to be appropriate", "if it decides it to be appropriate"),
  /** "in its judgement": the bearer's own judgement (Article 13(1)). */
  IN_ITS_JUDGEMENT("in its judgement", "in its judgement"),
  /** "where applicable" (Article 3(7)). */
  WHERE_APPLICABLE("where applicable", "where applicable"),
  /** "without vote" (Article 5(1), 5(2)). */
  WITHOUT_VOTE("without vote", "without vote"),
  /**
   * "at the invitation of" (Article 5(2)); the actor who invites is the norm's {@linkplain
   * NormRole#INVITER inviter}.
   */
  AT_THE_INVITATION_OF("at the invitation of", "at the invitation of"),
  /**
   * "at which matters of interest to the United Nations are under consideration": the meetings IOM
   * convenes to which the Secretary-General is invited (Article 5(1)).
   */
  AT_MEETINGS_CONSIDERING_MATTERS_OF_INTEREST_TO_THE_UNITED_NATIONS(
      "at which matters of interest to the United Nations are under consideration",
      "at which matters of interest to the United Nations are under consideration"),
  /**
   * "on matters within their competence" (Article 3(3)), "on all matters within its competence"
   * (Article 3(4)): within the competence of the one consulted.
   */
  ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED(
      "on matters within the competence of those consulted",
      "on matters within their competence",
      "on all matters within its competence"),
  /**
   * "on which the International Organization for Migration requires expert advice" (Article 3(3)),
   * "on which they require expert advice" (Article 3(4)): the one who consults needs expert advice.
   */
  WHERE_EXPERT_ADVICE_IS_REQUIRED(
      "where expert advice is required",
      "on which the International Organization for Migration requires expert advice",
      "on which they require expert advice"),
  /**
   * "relating to matters within the competence of the United Nations" (Article 7(2)), "relating to
   * matters within the competence of the International Organization for Migration" (Article 7(3)):
   * what is to be furnished concerns the requesting Organization's competence.
   */
  RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY(
      "relating to matters within the competence of the requesting party",
      "relating to matters within the competence of the United Nations",
      "relating to matters within the competence of the International Organization for Migration"),
  /** "in relation to matters of common interest" (Article 5(1)). */
  IN_RELATION_TO_MATTERS_OF_COMMON_INTEREST(
      "in relation to matters of common interest", "in relation to matters of common interest"),
  /** "for the purposes of this paragraph" (Article 5(1), 5(2)). */
  FOR_THE_PURPOSES_OF_THIS_PARAGRAPH(
      "for the purposes of this paragraph", "for the purposes of this paragraph"),
  /**
   * "in accordance with the relevant rules of procedure" (Article 5), "the relevant rules of
   * procedure" (Article 6).
   */
  IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE(
      "in accordance with the relevant rules of procedure",
      "in accordance with the relevant rules of procedure",
      "the relevant rules of procedure"),
  /**
   * "in accordance with their established rules of procedures": those of the coordination bodies
   * (Article 3(2), closing words).
   */
  IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES(
      "in accordance with their established rules of procedures",
      "in accordance with their established rules of procedures"),
  /** "in accordance with his or her authority" (Article 6). */
  IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY(
      "in accordance with his or her authority", "in accordance with his or her authority"),
  /**
   * "in accordance with the provisions of their respective constituent instruments" (Article 3(1),
   * 3(5)).
   */
  IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS(
      "in accordance with their constituent instruments",
      "in accordance with the provisions of their respective constituent instruments"),
  /**
   * "in accordance with their constituent instruments and policies on confidentiality" (Article
   * 13(2)): one of the two ways of protecting confidential material, the other being {@link
   * #IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS}; the text joins them by "or".
   */
  IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY(
      "in accordance with their constituent instruments and policies on confidentiality",
      "in accordance with their constituent instruments and policies on confidentiality"),
  /**
   * "violate its obligation under its constituent instrument or policies on confidentiality": the
   * material that Article 13(1) keeps a party from having to furnish is that whose disclosure
   * could, in the party's judgement, do so.
   */
  IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY(
      "where disclosure could violate its obligation of confidentiality",
      "violate its obligation under its constituent instrument or policies on confidentiality"),
  /** "within their respective mandates", "within the framework of their respective mandates". */
  WITHIN_THEIR_RESPECTIVE_MANDATES(
      "within their respective mandates",
      "within their respective mandates",
      "within the framework of their respective mandates"),
  /** "within their respective competencies" (Article 3(5)). */
  WITHIN_THEIR_RESPECTIVE_COMPETENCIES(
      "within their respective competencies", "within their respective competencies"),
  /**
   * "with due regard to the policies of the United Nations" furthering the Purposes and Principles
   * of the Charter, and to other relevant instruments (Article 2(5)).
   */
  WITH_DUE_REGARD_TO_THE_POLICIES_OF_THE_UNITED_NATIONS(
      "with due regard to the policies of the United Nations",
      "with due regard to the policies of the United Nations"),
  /** "with due regard to cost savings" (Article 8). */
  WITH_DUE_REGARD_TO_COST_SAVINGS(
      "with due regard to cost savings", "with due regard to cost savings"),
  /** "without prejudice to" (Article 2(6)). */
  WITHOUT_PREJUDICE_TO("without prejudice to", "without prejudice to"),
  /** "In such cases": when an agenda item has been proposed (Article 6). */
  IN_SUCH_CASES("in such cases", "In such cases"),
  /** "In case confidential material, data or information is provided" (Article 13(2)). */
  IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED(
      "in case confidential material, data or information is provided",
      "In case confidential material, data or information is provided"),
  /** "as per established cost-sharing arrangements" (Article 3(2), closing words). */
  AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS(
      "as per established cost-sharing arrangements",
      "as per established cost-sharing arrangements"),
  /**
   * "in accordance with such arrangements as may be agreed upon from time to time" between the
   * Secretary-General and the Director General (Article 9).
   */
  IN_ACCORDANCE_WITH_ARRANGEMENTS_AGREED_FROM_TIME_TO_TIME(
      "in accordance with such arrangements as may be agreed upon from time to time",
      "in accordance with such arrangements as may be agreed upon from time to time"),
  /**
   * "in accordance with arrangements between the International Organization for Migration and the
   * organizations concerned" (Article 9).
   */
  IN_ACCORDANCE_WITH_ARRANGEMENTS_WITH_THE_ORGANIZATIONS_CONCERNED(
      "in accordance with arrangements with the organizations concerned",
      "in accordance with arrangements between the International Organization for Migration and"
          + " the organizations concerned"),
  /** "based on conditions contained in supplementary arrangements" (Article 10). */
  BASED_ON_CONDITIONS_IN_SUPPLEMENTARY_ARRANGEMENTS(
      "based on conditions contained in supplementary arrangements",
      "based on conditions contained in supplementary arrangements"),
  /** "in accordance with such administrative arrangements" (Article 11). */
  IN_ACCORDANCE_WITH_ADMINISTRATIVE_ARRANGEMENTS(
      "in accordance with administrative arrangements",
      "in accordance with such administrative arrangements"),
  /**
   * "in accordance with such supplementary arrangements" (Article 13(2)): the alternative to {@link
   * #IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY}.
   */
  IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS(
      "in accordance with supplementary arrangements",
      "in accordance with such supplementary arrangements"),
  /** "where such use is recognized by States" (Article 11). */
  WHERE_SUCH_USE_IS_RECOGNIZED_BY_STATES(
      "where such use is recognized by States", "where such use is recognized by States"),
  /**
   * "for distribution": the written statements a party presents to be distributed (Article 5(3)).
   */
  FOR_DISTRIBUTION("for distribution", "for distribution"),
  /** "in writing": the form of the notifications of approval (Articles 15, 16(1)). */
  IN_WRITING("in writing", "in writing");

  private final String label;
  private final ImmutableList<String> phrases;

  Condition(String label, String... phrases) {
    this.label = label;
    this.phrases = ImmutableList.copyOf(phrases);
  }

  /** The condition in a few words, for people: "at the invitation of". */
  public String label() {
    return label;
  }

  /** The phrases by which the Agreement states this condition. */
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
}
