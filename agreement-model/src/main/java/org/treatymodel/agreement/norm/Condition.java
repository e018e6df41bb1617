package org.treatymodel.agreement.norm;

import com.google.common.collect.ImmutableList;

/**
 * A condition that qualifies a {@link Norm}. Each condition lists its cue phrases, the words by
 * which the Agreement states it; a norm carries a condition exactly when its words contain one of
 * its cues.
 */
public enum Condition {
  /** "upon request" (Articles 3(5), 7(2), 7(3)). */
  UPON_REQUEST("upon request", "upon request", "upon its request"),
  /** "to the extent practicable" (Article 7(2), 7(3)). */
  TO_THE_EXTENT_PRACTICABLE("to the extent practicable", "to the extent practicable"),
  /** "whenever necessary", "whenever required" (Articles 8, 10). */
  WHENEVER_NECESSARY_OR_REQUIRED(
      "whenever necessary or required", "whenever necessary", "whenever required"),
  /**
   * "as appropriate", "where appropriate", "if it decides it to be appropriate" (Articles 4, 5,
   * 7(4), 14).
   */
  AS_APPROPRIATE(
      "as appropriate",
      "as appropriate",
      "where appropriate",
      "if it decides it to be appropriate",
      "as may be found appropriate"),
  /** "where applicable" (Article 3(7)). */
  WHERE_APPLICABLE("where applicable", "where applicable"),
  /** "without vote" (Article 5(1), 5(2)). */
  WITHOUT_VOTE("without vote", "without vote"),
  /** "at the invitation of the Security Council" (Article 5(2)). */
  AT_THE_INVITATION_OF_THE_SECURITY_COUNCIL(
      "at the invitation of the Security Council", "at the invitation of the Security Council"),
  /** "in accordance with the relevant rules of procedure" (Articles 3(2), 5, 6). */
  IN_ACCORDANCE_WITH_RULES_OF_PROCEDURE(
      "in accordance with the rules of procedure",
      "in accordance with the relevant rules of procedure",
      "and the relevant rules of procedure",
      "in accordance with their established rules of procedures"),
  /**
   * "in accordance with the provisions of their respective constituent instruments" (Articles 3(1),
   * 3(5), 13(2)).
   */
  IN_ACCORDANCE_WITH_CONSTITUENT_INSTRUMENTS(
      "in accordance with the constituent instruments",
      "in accordance with the provisions of their respective constituent instruments",
      "in accordance with their constituent instruments"),
  /**
   * "within their respective mandates", "within their respective competencies" (Article 3(1), 3(5),
   * 3(6)).
   */
  WITHIN_RESPECTIVE_MANDATES(
      "within their respective mandates",
      "within their respective mandates",
      "within their respective competencies",
      "within the framework of their respective mandates"),
  /**
   * Subject to supplementary, separate or administrative arrangements (Articles 3(2), 9, 10, 11,
   * 12, 13(2)).
   */
  SUBJECT_TO_ARRANGEMENTS(
      "subject to arrangements",
      "as per established cost-sharing arrangements",
      "in accordance with such arrangements",
      "in accordance with arrangements between",
      "based on conditions contained in supplementary arrangements",
      "in accordance with such administrative arrangements",
      "subject to separate arrangements",
      "in accordance with such supplementary arrangements"),
  /** "where such use is recognized by States" (Article 11). */
  WHERE_RECOGNIZED_BY_STATES(
      "where recognized by States", "where such use is recognized by States");

  private final String label;
  private final ImmutableList<String> cues;

  Condition(String label, String... cues) {
    this.label = label;
    this.cues = ImmutableList.copyOf(cues);
  }

  /** The condition in a few words, for people: "at the invitation of the Security Council". */
  public String label() {
    return label;
  }

  /** The phrases by which the Agreement states this condition. */
  public ImmutableList<String> cues() {
    return cues;
  }

  /** Whether {@code words} state this condition, that is, contain one of its cues. */
  public boolean isStatedIn(String words) {
    return cues.stream().anyMatch(words::contains);
  }
}
