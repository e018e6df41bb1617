package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.treatymodel.testkit.Dossiers.ALPHA;

import com.google.common.base.Preconditions;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.location.Location;

/**
 * One thing wrong with a dossier, and the rule of {@code agreement-validation}'s catalogue it must
 * trip, alone: applied to a dossier from {@link Dossiers#wellFormed()}, each defect makes exactly
 * one new diagnostic, of its {@link #code()}, at the location {@link Broken#location()} says.
 *
 * <p>Not every rule has such a defect: some cannot be broken alone (a third party is also one whose
 * approval the rule does not require; a signature before an approval also comes before that
 * approval's notification). The test kit's README lists them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Defect {
  /** An article numbered after a gap: Article n + 2 follows Article n. */
  ARTICLE_AFTER_A_GAP("STRUCT-001", TextDefects::articleAfterAGap),
  /** A paragraph numbered after a gap: Article 1(5) follows Article 1(3). */
  PARAGRAPH_AFTER_A_GAP("STRUCT-002", TextDefects::paragraphAfterAGap),
  /** A point lettered after a gap in the list of Article 1(3). */
  POINT_AFTER_A_GAP("STRUCT-003", TextDefects::pointAfterAGap),
  /** An amendment that has the agreement's own identifier. */
  AMENDMENT_WITH_THE_AGREEMENTS_IDENTIFIER("STRUCT-004", TextDefects::amendmentWithTheAgreementsId),
  /** A norm numbered #3 where the provision has no #2. */
  NORM_NUMBERED_AFTER_A_GAP("STRUCT-005", TextDefects::normNumberedAfterAGap),
  /** A norm anchored at an article rather than the paragraph that states it. */
  NORM_ANCHORED_AT_AN_ARTICLE("STRUCT-006", TextDefects::normAnchoredAtAnArticle),
  /** A cross-reference that quotes words its provision does not have. */
  REFERENCE_QUOTING_OTHER_WORDS("REF-001", TextDefects::referenceQuotingOtherWords),
  /** A cross-reference to an article the text does not have. */
  REFERENCE_TO_A_MISSING_ARTICLE("REF-002", TextDefects::referenceToAMissingArticle),
  /** A recital that recalls an instrument without a cross-reference to it. */
  RECITAL_RECALLING_WITHOUT_CITING("REF-003", TextDefects::recitalRecallingWithoutCiting),
  /** An instrument recalling one the dossier does not know. */
  INSTRUMENT_RECALLING_AN_UNKNOWN_ONE("REF-004", TextDefects::instrumentRecallingAnUnknownOne),
  /** A norm anchored at a paragraph the text does not have. */
  NORM_OUTSIDE_THE_TEXT("REF-005", TextDefects::normOutsideTheText),
  /** A norm owed to an actor the dossier does not know. */
  NORM_OWED_TO_AN_UNKNOWN_ACTOR("REF-006", TextDefects::normOwedToAnUnknownActor),
  /** The agreement's own instrument missing from its instruments. */
  OWN_INSTRUMENT_MISSING("REF-007", TextDefects::ownInstrumentMissing),
  /** A record that a provision the text does not have states no norm. */
  RECORD_OF_A_MISSING_PROVISION("REF-008", TextDefects::recordOfAMissingProvision),
  /** An instrument issued by an actor the dossier does not know. */
  INSTRUMENT_OF_AN_UNKNOWN_ISSUER("REF-009", TextDefects::instrumentOfAnUnknownIssuer),
  /** An approval recorded by a resolution the dossier does not know. */
  APPROVAL_RECORDED_BY_AN_UNKNOWN_RESOLUTION("REF-010", TextDefects::approvalRecordedByAnUnknown),
  /** A norm quoting words its paragraph does not have. */
  NORM_QUOTING_OTHER_WORDS("NORM-001", TextDefects::normQuotingOtherWords),
  /** Words recorded as stating no norm that their provision does not have. */
  NO_NORM_WORDS_NOT_IN_THE_TEXT("NORM-002", TextDefects::noNormWordsNotInTheText),
  /** A norm whose words say "upon request" without carrying the condition. */
  CONDITION_NOT_CARRIED("NORM-003", TextDefects::conditionNotCarried),
  /** A norm naming as its mirror a norm that does not exist. */
  MIRROR_MISSING("NORM-004", TextDefects::mirrorMissing),
  /** Two mirrored norms of different kinds: an obligation mirrored by a permission. */
  MIRROR_OF_ANOTHER_KIND("NORM-005", TextDefects::mirrorOfAnotherKind),
  /** A norm borne by an Organization that is not a party. */
  NORM_BORNE_BY_A_THIRD_PARTY("NORM-006", TextDefects::normBorneByAThirdParty),
  /** A norm owed to an organ of an Organization that is not a party. */
  NORM_OWED_TO_A_THIRD_PARTYS_ORGAN("NORM-007", TextDefects::normOwedToAThirdPartysOrgan),
  /** A paragraph recorded as stating no norm, though it states one. */
  NORM_IN_A_PARAGRAPH_RECORDED_AS_STATING_NONE(
      "NORM-008", TextDefects::normInAParagraphWithoutNorms),
  /** A paragraph whose norm was left out, with no record of why. */
  PARAGRAPH_NOT_ANALYSED("NORM-009", TextDefects::paragraphNotAnalysed),
  /** A norm whose bearer is also its channel. */
  BEARER_AS_ITS_OWN_CHANNEL("NORM-010", TextDefects::bearerAsItsOwnChannel),
  /**
   * A vocabulary with a longer phrase that governs a norm's words instead of its recorded force.
   */
  FORCE_THAT_DOES_NOT_GOVERN("NORM-011", TextDefects::forceThatDoesNotGovern),
  /** A party's constituent instrument missing from the instruments. */
  CONSTITUENT_INSTRUMENT_MISSING("PARTY-002", ProcedureDefects::constituentInstrumentMissing),
  /** A signature line for an Organization that is not a party. */
  SIGNATURE_LINE_FOR_A_THIRD_PARTY("PARTY-003", ProcedureDefects::signatureLineForAThirdParty),
  /** Two signatories for one party. */
  TWO_SIGNATORIES_FOR_ONE_PARTY("PARTY-004", ProcedureDefects::twoSignatoriesForOneParty),
  /** A signature block naming someone other than who signed. */
  SIGNATURE_BLOCK_NAMING_ANOTHER("PARTY-005", ProcedureDefects::signatureBlockNamingAnother),
  /** A signing clause with the blanks of a draft. */
  SIGNING_CLAUSE_WITH_BLANKS("PARTY-006", ProcedureDefects::signingClauseWithBlanks),
  /** A signature with no signatory for one party. */
  SIGNATORY_MISSING("PROC-003", ProcedureDefects::signatoryMissing),
  /** An approval whose written notification is not recorded. */
  NOTIFICATION_MISSING("PROC-004", ProcedureDefects::notificationMissing),
  /** A notification of unknown date. */
  NOTIFICATION_UNDATED("PROC-005", ProcedureDefects::notificationUndated),
  /** A notification dated the day before the approval it reports. */
  NOTIFICATION_BEFORE_THE_APPROVAL("PROC-006", ProcedureDefects::notificationBeforeTheApproval),
  /** A notification dated the day after the signature. */
  NOTIFICATION_AFTER_THE_SIGNATURE("PROC-007", ProcedureDefects::notificationAfterTheSignature),
  /** An approval by an office the rule does not require. */
  APPROVAL_NOT_REQUIRED("PROC-008", ProcedureDefects::approvalNotRequired),
  /** A rule that requires no approval by one of the parties. */
  RULE_WITHOUT_ONE_PARTYS_APPROVAL("PROC-009", ProcedureDefects::ruleWithoutOnePartysApproval),
  /** A notification of an approval that is not recorded. */
  NOTIFICATION_OF_NO_APPROVAL("PROC-010", ProcedureDefects::notificationOfNoApproval),
  /** A notification of one party's approval sent by the other party. */
  NOTIFICATION_BY_THE_OTHER_PARTY("PROC-011", ProcedureDefects::notificationByTheOtherParty),
  /** An approval recorded by a resolution of the other party's organ. */
  APPROVAL_RECORDED_BY_ANOTHER_ORGAN("PROC-012", ProcedureDefects::approvalRecordedByAnotherOrgan),
  /** An instrument dated in the year 2999. */
  INSTRUMENT_FROM_THE_FUTURE("CHRON-001", ProcedureDefects::instrumentFromTheFuture),
  /** A recital citing an instrument dated after the signature. */
  RECITAL_CITING_A_LATER_INSTRUMENT("CHRON-002", ProcedureDefects::recitalCitingALaterInstrument),
  /** An instrument of 1990 recalling the agreement. */
  INSTRUMENT_RECALLING_A_LATER_ONE("CHRON-003", ProcedureDefects::instrumentRecallingALaterOne),
  /** An approval dated the day before the resolution that records it. */
  APPROVAL_DATED_AWAY_FROM_ITS_RECORD(
      "CHRON-004", ProcedureDefects::approvalDatedAwayFromItsRecord),
  /** A pending amendment under another rule than the amendment rule. */
  AMENDMENT_UNDER_ANOTHER_RULE("AMEND-001", HistoryDefects::amendmentUnderAnotherRule),
  /** A pending amendment removing an article the text does not have. */
  PENDING_AMENDMENT_THAT_DOES_NOT_FIT("AMEND-002", HistoryDefects::pendingAmendmentThatDoesNotFit),
  /** An amendment in force replacing a paragraph that states a norm. */
  AMENDMENT_REPLACING_A_NORMATIVE_PARAGRAPH("AMEND-003", HistoryDefects::amendmentReplacingANorm),
  /** An amendment approved before the agreement entered into force. */
  AMENDMENT_BEFORE_THE_AGREEMENT("AMEND-005", HistoryDefects::amendmentBeforeTheAgreement),
  /** A paragraph removed by one amendment and added again by a later one. */
  IDENTIFIER_REUSED_BY_A_LATER_AMENDMENT("AMEND-006", HistoryDefects::identifierReused),
  /** Two amendments in force on one day replacing the same paragraph. */
  TWO_AMENDMENTS_OF_ONE_PARAGRAPH_ON_ONE_DAY("AMEND-007", HistoryDefects::twoAmendmentsOnOneDay),
  /** A predecessor that entered into force after the agreement superseding it. */
  PREDECESSOR_LATER_THAN_ITS_SUCCESSOR("SUCC-001", HistoryDefects::predecessorLater),
  /** A predecessor between one party and a third Organization. */
  PREDECESSOR_WITH_ANOTHER_PARTY("SUCC-002", HistoryDefects::predecessorWithAnotherParty),
  /** The superseded agreement without its procedure. */
  PREDECESSOR_NOT_RECORDED("SUCC-003", HistoryDefects::predecessorNotRecorded),
  /** The text without the reference to the agreement it supersedes. */
  SUPERSESSION_NOT_STATED("SUCC-005", HistoryDefects::supersessionNotStated);

  /** A broken dossier and where its defect must be reported. */
  record Outcome(Agreement dossier, Location location) {}

  /** How a defect is made: a static method of this enum, so without state. */
  @FunctionalInterface
  @com.google.errorprone.annotations.Immutable
  private interface Making {
    Outcome applyTo(Agreement dossier);
  }

  private final String code;
  private final Making making;

  Defect(String code, Making making) {
    this.code = code;
    this.making = making;
  }

  /** The code of the rule the defect must trip, as {@code PROC-004}. */
  public String code() {
    return code;
  }

  /**
   * {@code dossier} with this defect.
   *
   * @param dossier a dossier from {@link Dossiers#wellFormed()} or {@link Dossiers#ofSize}
   * @throws IllegalArgumentException if {@code dossier} was not drafted by this test kit
   */
  public Broken applyTo(Agreement dossier) {
    Preconditions.checkNotNull(dossier, "dossier");
    Preconditions.checkArgument(
        dossier.parties().contains(ALPHA) && dossier.text().articles().size() >= 3,
        "defects apply to dossiers drafted by Dossiers, between alpha and beta: %s",
        dossier.instrument());
    Outcome outcome = making.applyTo(dossier);
    return new Broken(outcome.dossier(), this, outcome.location());
  }
}
