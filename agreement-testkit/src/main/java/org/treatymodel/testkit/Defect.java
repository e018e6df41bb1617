package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.ALPHA_SECRETARY_GENERAL;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;
import static org.treatymodel.testkit.Dossiers.GAMMA;
import static org.treatymodel.testkit.Dossiers.GAMMA_BOARD;
import static org.treatymodel.testkit.Dossiers.GAMMA_SECRETARY_GENERAL;
import static org.treatymodel.testkit.Edits.LIST_PARAGRAPH;
import static org.treatymodel.testkit.Edits.TAIL_NORM;
import static org.treatymodel.testkit.Edits.TAIL_PARAGRAPH;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.SignatureLine;

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
  ARTICLE_AFTER_A_GAP("STRUCT-001", Defect::articleAfterAGap),
  /** A paragraph numbered after a gap: Article 1(5) follows Article 1(3). */
  PARAGRAPH_AFTER_A_GAP("STRUCT-002", Defect::paragraphAfterAGap),
  /** A point lettered after a gap in the list of Article 1(3). */
  POINT_AFTER_A_GAP("STRUCT-003", Defect::pointAfterAGap),
  /** An amendment that has the agreement's own identifier. */
  AMENDMENT_WITH_THE_AGREEMENTS_IDENTIFIER("STRUCT-004", Defect::amendmentWithTheAgreementsId),
  /** A norm numbered #3 where the provision has no #2. */
  NORM_NUMBERED_AFTER_A_GAP("STRUCT-005", Defect::normNumberedAfterAGap),
  /** A norm anchored at an article rather than the paragraph that states it. */
  NORM_ANCHORED_AT_AN_ARTICLE("STRUCT-006", Defect::normAnchoredAtAnArticle),
  /** A cross-reference that quotes words its provision does not have. */
  REFERENCE_QUOTING_OTHER_WORDS("REF-001", Defect::referenceQuotingOtherWords),
  /** A cross-reference to an article the text does not have. */
  REFERENCE_TO_A_MISSING_ARTICLE("REF-002", Defect::referenceToAMissingArticle),
  /** A recital that recalls an instrument without a cross-reference to it. */
  RECITAL_RECALLING_WITHOUT_CITING("REF-003", Defect::recitalRecallingWithoutCiting),
  /** An instrument recalling one the dossier does not know. */
  INSTRUMENT_RECALLING_AN_UNKNOWN_ONE("REF-004", Defect::instrumentRecallingAnUnknownOne),
  /** A norm anchored at a paragraph the text does not have. */
  NORM_OUTSIDE_THE_TEXT("REF-005", Defect::normOutsideTheText),
  /** A norm owed to an actor the dossier does not know. */
  NORM_OWED_TO_AN_UNKNOWN_ACTOR("REF-006", Defect::normOwedToAnUnknownActor),
  /** The agreement's own instrument missing from its instruments. */
  OWN_INSTRUMENT_MISSING("REF-007", Defect::ownInstrumentMissing),
  /** A record that a provision the text does not have states no norm. */
  RECORD_OF_A_MISSING_PROVISION("REF-008", Defect::recordOfAMissingProvision),
  /** An instrument issued by an actor the dossier does not know. */
  INSTRUMENT_OF_AN_UNKNOWN_ISSUER("REF-009", Defect::instrumentOfAnUnknownIssuer),
  /** An approval recorded by a resolution the dossier does not know. */
  APPROVAL_RECORDED_BY_AN_UNKNOWN_RESOLUTION("REF-010", Defect::approvalRecordedByAnUnknown),
  /** A norm quoting words its paragraph does not have. */
  NORM_QUOTING_OTHER_WORDS("NORM-001", Defect::normQuotingOtherWords),
  /** Words recorded as stating no norm that their provision does not have. */
  NO_NORM_WORDS_NOT_IN_THE_TEXT("NORM-002", Defect::noNormWordsNotInTheText),
  /** A norm whose words say "upon request" without carrying the condition. */
  CONDITION_NOT_CARRIED("NORM-003", Defect::conditionNotCarried),
  /** A norm naming as its mirror a norm that does not exist. */
  MIRROR_MISSING("NORM-004", Defect::mirrorMissing),
  /** Two mirrored norms of different kinds: an obligation mirrored by a permission. */
  MIRROR_OF_ANOTHER_KIND("NORM-005", Defect::mirrorOfAnotherKind),
  /** A norm borne by an Organization that is not a party. */
  NORM_BORNE_BY_A_THIRD_PARTY("NORM-006", Defect::normBorneByAThirdParty),
  /** A norm owed to an organ of an Organization that is not a party. */
  NORM_OWED_TO_A_THIRD_PARTYS_ORGAN("NORM-007", Defect::normOwedToAThirdPartysOrgan),
  /** A paragraph recorded as stating no norm, though it states one. */
  NORM_IN_A_PARAGRAPH_RECORDED_AS_STATING_NONE("NORM-008", Defect::normInAParagraphWithoutNorms),
  /** A paragraph whose norm was left out, with no record of why. */
  PARAGRAPH_NOT_ANALYSED("NORM-009", Defect::paragraphNotAnalysed),
  /** A norm whose bearer is also its channel. */
  BEARER_AS_ITS_OWN_CHANNEL("NORM-010", Defect::bearerAsItsOwnChannel),
  /** A party's constituent instrument missing from the instruments. */
  CONSTITUENT_INSTRUMENT_MISSING("PARTY-002", Defect::constituentInstrumentMissing),
  /** A signature line for an Organization that is not a party. */
  SIGNATURE_LINE_FOR_A_THIRD_PARTY("PARTY-003", Defect::signatureLineForAThirdParty),
  /** Two signatories for one party. */
  TWO_SIGNATORIES_FOR_ONE_PARTY("PARTY-004", Defect::twoSignatoriesForOneParty),
  /** A signature block naming someone other than who signed. */
  SIGNATURE_BLOCK_NAMING_ANOTHER("PARTY-005", Defect::signatureBlockNamingAnother),
  /** A signing clause with the blanks of a draft. */
  SIGNING_CLAUSE_WITH_BLANKS("PARTY-006", Defect::signingClauseWithBlanks),
  /** A signature with no signatory for one party. */
  SIGNATORY_MISSING("PROC-003", Defect::signatoryMissing),
  /** An approval whose written notification is not recorded. */
  NOTIFICATION_MISSING("PROC-004", Defect::notificationMissing),
  /** A notification of unknown date. */
  NOTIFICATION_UNDATED("PROC-005", Defect::notificationUndated),
  /** A notification dated the day before the approval it reports. */
  NOTIFICATION_BEFORE_THE_APPROVAL("PROC-006", Defect::notificationBeforeTheApproval),
  /** A notification dated the day after the signature. */
  NOTIFICATION_AFTER_THE_SIGNATURE("PROC-007", Defect::notificationAfterTheSignature),
  /** An approval by an office the rule does not require. */
  APPROVAL_NOT_REQUIRED("PROC-008", Defect::approvalNotRequired),
  /** A rule that requires no approval by one of the parties. */
  RULE_WITHOUT_ONE_PARTYS_APPROVAL("PROC-009", Defect::ruleWithoutOnePartysApproval),
  /** A notification of an approval that is not recorded. */
  NOTIFICATION_OF_NO_APPROVAL("PROC-010", Defect::notificationOfNoApproval),
  /** A notification of one party's approval sent by the other party. */
  NOTIFICATION_BY_THE_OTHER_PARTY("PROC-011", Defect::notificationByTheOtherParty),
  /** An approval recorded by a resolution of the other party's organ. */
  APPROVAL_RECORDED_BY_ANOTHER_ORGAN("PROC-012", Defect::approvalRecordedByAnotherOrgan),
  /** An instrument dated in the year 2999. */
  INSTRUMENT_FROM_THE_FUTURE("CHRON-001", Defect::instrumentFromTheFuture),
  /** A recital citing an instrument dated after the signature. */
  RECITAL_CITING_A_LATER_INSTRUMENT("CHRON-002", Defect::recitalCitingALaterInstrument),
  /** An instrument of 1990 recalling the agreement. */
  INSTRUMENT_RECALLING_A_LATER_ONE("CHRON-003", Defect::instrumentRecallingALaterOne),
  /** An approval dated the day before the resolution that records it. */
  APPROVAL_DATED_AWAY_FROM_ITS_RECORD("CHRON-004", Defect::approvalDatedAwayFromItsRecord),
  /** A pending amendment under another rule than the amendment rule. */
  AMENDMENT_UNDER_ANOTHER_RULE("AMEND-001", Defect::amendmentUnderAnotherRule),
  /** A pending amendment removing an article the text does not have. */
  PENDING_AMENDMENT_THAT_DOES_NOT_FIT("AMEND-002", Defect::pendingAmendmentThatDoesNotFit),
  /** An amendment in force replacing a paragraph that states a norm. */
  AMENDMENT_REPLACING_A_NORMATIVE_PARAGRAPH("AMEND-003", Defect::amendmentReplacingANorm),
  /** An amendment approved before the agreement entered into force. */
  AMENDMENT_BEFORE_THE_AGREEMENT("AMEND-005", Defect::amendmentBeforeTheAgreement),
  /** A paragraph removed by one amendment and added again by a later one. */
  IDENTIFIER_REUSED_BY_A_LATER_AMENDMENT("AMEND-006", Defect::identifierReused),
  /** Two amendments in force on one day replacing the same paragraph. */
  TWO_AMENDMENTS_OF_ONE_PARAGRAPH_ON_ONE_DAY("AMEND-007", Defect::twoAmendmentsOnOneDay),
  /** A predecessor that entered into force after the agreement superseding it. */
  PREDECESSOR_LATER_THAN_ITS_SUCCESSOR("SUCC-001", Defect::predecessorLater),
  /** A predecessor between one party and a third Organization. */
  PREDECESSOR_WITH_ANOTHER_PARTY("SUCC-002", Defect::predecessorWithAnotherParty),
  /** The superseded agreement without its procedure. */
  PREDECESSOR_NOT_RECORDED("SUCC-003", Defect::predecessorNotRecorded),
  /** The text without the reference to the agreement it supersedes. */
  SUPERSESSION_NOT_STATED("SUCC-005", Defect::supersessionNotStated);

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

  // ---- structure ----

  private static Norm clauseNorm(ProvisionId provision, String text, String matter) {
    return Drafting.norm(provision, 1, new Shape.Clause(true, 0, 0, false), text, matter);
  }

  private static String clauseText(String matter) {
    return Drafting.sentence(new Shape.Clause(true, 0, 0, false), matter);
  }

  private static Outcome articleAfterAGap(Agreement dossier) {
    int number = Edits.lastArticle(dossier) + 2;
    String text = clauseText(number + ".1");
    Agreement broken =
        Edits.plusNorms(
            Edits.plusArticle(
                dossier,
                Article.builder()
                    .number(number)
                    .heading("After a gap")
                    .paragraphs(Paragraph.builder().text(text).build())
                    .build()),
            clauseNorm(ProvisionId.article(number).paragraph(1), text, number + ".1"));
    return new Outcome(broken, Location.of(ProvisionId.article(number)));
  }

  private static Outcome paragraphAfterAGap(Agreement dossier) {
    ProvisionId id = ProvisionId.article(1).paragraph(5);
    String text = clauseText("1.5");
    Article first = dossier.article(1);
    Agreement broken =
        Edits.plusNorms(
            Edits.article(
                dossier,
                1,
                article ->
                    article.paragraphs(
                        Edits.plus(
                            first.paragraphs(), Paragraph.builder().number(5).text(text).build()))),
            clauseNorm(id, text, "1.5"));
    return new Outcome(broken, Location.of(id));
  }

  private static Outcome pointAfterAGap(Agreement dossier) {
    Paragraph list = dossier.article(1).paragraph(3);
    char label = (char) (list.points().get(list.points().size() - 1).label() + 2);
    ProvisionId id = LIST_PARAGRAPH.list(1).point(label);
    Point point = Point.of(label, "the Extra Committee.");
    Paragraph changed =
        Paragraph.builder().from(list).points(Edits.plus(list.points(), point)).build();
    Article first = dossier.article(1);
    Agreement broken =
        Edits.plusNorms(
            Edits.article(
                dossier,
                1,
                article -> article.paragraphs(first.paragraph(1), first.paragraph(2), changed)),
            Norm.builder()
                .id(NormId.of(id, 1))
                .force(ForcePhrase.AGREES_TO)
                .words(
                    Drafting.capitalized(Drafting.ALPHA_NAME) + " agrees to take part in",
                    point.text())
                .bearers(ALPHA)
                .counterparties(BETA)
                .action("take part in the Extra Committee")
                .build());
    return new Outcome(broken, Location.of(id));
  }

  private static Outcome amendmentWithTheAgreementsId(Agreement dossier) {
    Amendment amendment =
        pending(dossier, dossier.instrument(), LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL));
    return new Outcome(Edits.plusAmendment(dossier, amendment), Location.of(dossier.instrument()));
  }

  private static Outcome normNumberedAfterAGap(Agreement dossier) {
    NormId id = NormId.of(TAIL_PARAGRAPH, 3);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  private static Outcome normAnchoredAtAnArticle(Agreement dossier) {
    NormId id = NormId.of(ProvisionId.article(2), 1);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  // ---- references ----

  private static Agreement plusReference(Agreement dossier, CrossReference reference) {
    return Agreement.builder()
        .from(dossier)
        .crossReferences(Edits.plus(dossier.crossReferences(), reference))
        .build();
  }

  private static Outcome referenceQuotingOtherWords(Agreement dossier) {
    return new Outcome(
        plusReference(
            dossier,
            CrossReference.toProvision(TAIL_PARAGRAPH, ProvisionId.article(1), "Article 99")),
        Location.of(TAIL_PARAGRAPH));
  }

  private static Outcome referenceToAMissingArticle(Agreement dossier) {
    return new Outcome(
        plusReference(
            dossier,
            CrossReference.toProvision(TAIL_PARAGRAPH, ProvisionId.article(9999), "matter")),
        Location.of(TAIL_PARAGRAPH));
  }

  private static Outcome recitalRecallingWithoutCiting(Agreement dossier) {
    return new Outcome(
        Agreement.builder()
            .from(dossier)
            .crossReferences(
                Edits.without(
                    dossier.crossReferences(),
                    reference -> reference.source().equals(ProvisionId.recital(1))))
            .build(),
        Location.of(ProvisionId.recital(1)));
  }

  private static Outcome instrumentRecallingAnUnknownOne(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(
            dossier,
            Edits.note(
                LocalDate.of(2000, 1, 1),
                note ->
                    note.relations(
                        InstrumentRelation.of(RelationKind.RECALLS, InstrumentId.of("A/99/2"))))),
        Location.of(InstrumentId.of("A/99/1")));
  }

  private static Outcome normOutsideTheText(Agreement dossier) {
    NormId id = NormId.of(ProvisionId.article(2).paragraph(99), 1);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  private static Outcome normOwedToAnUnknownActor(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(
            dossier, TAIL_NORM, norm -> norm.counterparties(ActorId.of("alpha.unknown-body"))),
        Location.of(TAIL_NORM));
  }

  private static Outcome ownInstrumentMissing(Agreement dossier) {
    return new Outcome(
        Edits.withoutInstrument(dossier, dossier.instrument()), Location.of(dossier.instrument()));
  }

  private static Outcome recordOfAMissingProvision(Agreement dossier) {
    ProvisionId missing = ProvisionId.article(9999);
    return new Outcome(
        Edits.plusNonNormative(dossier, NonNormativeProvision.of(missing, "generated defect")),
        Location.of(missing));
  }

  private static Outcome instrumentOfAnUnknownIssuer(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(
            dossier,
            Edits.note(
                LocalDate.of(2000, 1, 1), note -> note.issuedBy(ActorId.of("alpha.unknown-body")))),
        Location.of(InstrumentId.of("A/99/1")));
  }

  private static Outcome approvalRecordedByAnUnknown(Agreement dossier) {
    Approval approval = Edits.approvalBy(dossier, ALPHA_ASSEMBLY);
    Approval changed =
        Approval.of(
            ALPHA_ASSEMBLY, approval.date(), InstrumentId.of("resolution/alpha.assembly/999"));
    return new Outcome(
        Edits.replaceEvent(dossier, approval, changed), Location.of(dossier.instrument(), changed));
  }

  // ---- norms ----

  private static Outcome normQuotingOtherWords(Agreement dossier) {
    NormId id = NormId.of(TAIL_PARAGRAPH, 2);
    return new Outcome(
        Edits.plusNorms(
            dossier,
            Norm.builder()
                .id(id)
                .force(ForcePhrase.SHALL)
                .words("The Alpha Organization shall keep silent.")
                .bearers(ALPHA)
                .action("keep silent")
                .build()),
        Location.of(id));
  }

  private static Outcome noNormWordsNotInTheText(Agreement dossier) {
    return new Outcome(
        Edits.plusNonNormative(
            dossier,
            NonNormativeProvision.ofWords(
                TAIL_PARAGRAPH, "Nothing is said here.", "generated defect")),
        Location.of(TAIL_PARAGRAPH));
  }

  private static final NormId MIRRORED = NormId.of(ProvisionId.article(1).paragraph(1), 1);

  private static Outcome conditionNotCarried(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, MIRRORED, norm -> norm.conditions(java.util.Set.of())),
        Location.of(MIRRORED));
  }

  private static Outcome mirrorMissing(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.mirror(NormId.of(TAIL_PARAGRAPH, 9))),
        Location.of(TAIL_NORM));
  }

  private static Outcome mirrorOfAnotherKind(Agreement dossier) {
    String text = Drafting.mirroredText(false).replace(" shall inform ", " may inform ");
    Article first = dossier.article(1);
    Agreement rewritten =
        Edits.article(
            dossier,
            1,
            article ->
                article.paragraphs(
                    first.paragraph(1),
                    Paragraph.builder().number(2).text(text).build(),
                    first.paragraph(3)));
    NormId mirror = NormId.of(ProvisionId.article(1).paragraph(2), 1);
    return new Outcome(
        Edits.changeNorm(rewritten, mirror, norm -> norm.force(ForcePhrase.MAY).words(text)),
        Location.of(MIRRORED));
  }

  private static Outcome normBorneByAThirdParty(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.bearers(List.of(GAMMA))),
        Location.of(TAIL_NORM));
  }

  private static Outcome normOwedToAThirdPartysOrgan(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.counterparties(List.of(GAMMA_BOARD))),
        Location.of(TAIL_NORM));
  }

  private static Outcome normInAParagraphWithoutNorms(Agreement dossier) {
    return new Outcome(
        Edits.plusNonNormative(
            dossier, NonNormativeProvision.of(TAIL_PARAGRAPH, "generated defect")),
        Location.of(TAIL_PARAGRAPH));
  }

  private static Outcome paragraphNotAnalysed(Agreement dossier) {
    return new Outcome(
        Edits.norms(
            dossier,
            Edits.without(dossier.norms(), norm -> norm.provision().equals(TAIL_PARAGRAPH))),
        Location.of(TAIL_PARAGRAPH));
  }

  private static Outcome bearerAsItsOwnChannel(Agreement dossier) {
    Norm norm = dossier.norm(TAIL_NORM);
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, changed -> changed.channels(norm.bearers())),
        Location.of(TAIL_NORM));
  }

  // ---- parties and signature ----

  private static Outcome constituentInstrumentMissing(Agreement dossier) {
    return new Outcome(
        Edits.withoutInstrument(dossier, Dossiers.BETA_CONSTITUTION), Location.of(BETA));
  }

  private static Agreement finalClauses(
      Agreement dossier, java.util.function.UnaryOperator<FinalClauses.Builder> change) {
    return Edits.text(
        dossier,
        text ->
            text.finalClauses(
                change.apply(FinalClauses.builder().from(dossier.text().finalClauses())).build()));
  }

  private static Outcome signatureLineForAThirdParty(Agreement dossier) {
    SignatureLine gamma =
        SignatureLine.builder()
            .party(GAMMA)
            .caption("For the Gamma Organization:")
            .signatory("Gil Gamma")
            .title("Secretary-General")
            .office(GAMMA_SECRETARY_GENERAL)
            .build();
    return new Outcome(
        finalClauses(
            dossier,
            clauses ->
                clauses.signatures(Edits.plus(dossier.text().finalClauses().signatures(), gamma))),
        Location.of(ProvisionId.conclusions().signature(3)));
  }

  private static Outcome twoSignatoriesForOneParty(Agreement dossier) {
    Signature signature = Edits.signature(dossier);
    Signature changed =
        Signature.builder()
            .from(signature)
            .signatories(
                Edits.plus(
                    signature.signatories(),
                    Signatory.of(ALPHA, "Al Deputy", ALPHA_SECRETARY_GENERAL)))
            .build();
    return new Outcome(
        Edits.replaceEvent(dossier, signature, changed),
        Location.of(dossier.instrument(), changed));
  }

  private static Outcome signatureBlockNamingAnother(Agreement dossier) {
    List<SignatureLine> lines = dossier.text().finalClauses().signatures();
    SignatureLine changed =
        SignatureLine.builder().from(lines.get(0)).signatory("Al Deputy").build();
    return new Outcome(
        finalClauses(dossier, clauses -> clauses.signatures(changed, lines.get(1))),
        Location.of(ProvisionId.conclusions().signature(1)));
  }

  private static Outcome signingClauseWithBlanks(Agreement dossier) {
    return new Outcome(
        finalClauses(
            dossier,
            clauses ->
                clauses.signingClause(
                    "Signed this xxth day of xx at xxx in two originals in the English language.")),
        Location.of(ProvisionId.conclusions().formula(2)));
  }

  // ---- procedure ----

  private static Outcome signatoryMissing(Agreement dossier) {
    Agreement unamended = Edits.withoutAmendments(dossier);
    Signature signature = Edits.signature(unamended);
    Signature changed =
        Signature.builder().from(signature).signatories(Drafting.signatory(true)).build();
    return new Outcome(
        Edits.replaceEvent(unamended, signature, changed),
        Location.of(dossier.instrument(), changed));
  }

  private static Outcome notificationMissing(Agreement dossier) {
    return new Outcome(
        Edits.replaceEvent(dossier, Edits.notificationOf(dossier, ALPHA_ASSEMBLY)),
        Location.of(dossier.instrument(), Edits.approvalBy(dossier, ALPHA_ASSEMBLY)));
  }

  private static Outcome renotified(Agreement dossier, Notification changed) {
    return new Outcome(
        Edits.replaceEvent(dossier, Edits.notificationOf(dossier, ALPHA_ASSEMBLY), changed),
        Location.of(dossier.instrument(), changed));
  }

  private static Outcome notificationUndated(Agreement dossier) {
    return renotified(dossier, Notification.undated(ALPHA, BETA, ALPHA_ASSEMBLY));
  }

  private static Outcome notificationBeforeTheApproval(Agreement dossier) {
    return renotified(
        dossier,
        Notification.of(
            ALPHA,
            BETA,
            ALPHA_ASSEMBLY,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().minusDays(1)));
  }

  private static Outcome notificationAfterTheSignature(Agreement dossier) {
    return renotified(
        dossier, Notification.of(ALPHA, BETA, ALPHA_ASSEMBLY, Edits.signed(dossier).plusDays(1)));
  }

  private static Outcome approvalNotRequired(Agreement dossier) {
    Approval extra =
        Approval.of(
            ALPHA_SECRETARY_GENERAL, Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(1));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  private static Outcome ruleWithoutOnePartysApproval(Agreement dossier) {
    List<ProcedureEvent> events =
        Edits.without(
            dossier.procedure().events().asList(),
            event ->
                event.equals(Edits.approvalBy(dossier, BETA_COUNCIL))
                    || event.equals(Edits.notificationOf(dossier, BETA_COUNCIL)));
    return new Outcome(
        Edits.procedure(
            dossier,
            procedure -> procedure.rule(ApprovalsThenSignature.of(ALPHA_ASSEMBLY)).events(events)),
        Location.of(dossier.instrument()));
  }

  private static Outcome notificationOfNoApproval(Agreement dossier) {
    Notification extra =
        Notification.of(
            ALPHA,
            BETA,
            ALPHA_SECRETARY_GENERAL,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(2));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  private static Outcome notificationByTheOtherParty(Agreement dossier) {
    Notification extra =
        Notification.of(
            BETA,
            ALPHA,
            ALPHA_ASSEMBLY,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(2));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  private static Outcome approvalRecordedByAnotherOrgan(Agreement dossier) {
    Approval approval = Edits.approvalBy(dossier, ALPHA_ASSEMBLY);
    InstrumentId record = InstrumentId.of("resolution/beta.council/2");
    Approval changed = Approval.of(ALPHA_ASSEMBLY, approval.date(), record);
    Agreement catalogued =
        Edits.plusInstruments(
            dossier,
            org.treatymodel.agreement.instrument.Instrument.builder()
                .id(record)
                .kind(org.treatymodel.agreement.instrument.InstrumentKind.RESOLUTION)
                .title("Resolution 2 of the Council of the Beta Organization")
                .date(approval.date())
                .issuedBy(BETA_COUNCIL)
                .provenance("generated defect")
                .build());
    return new Outcome(
        Edits.replaceEvent(catalogued, approval, changed),
        Location.of(dossier.instrument(), changed));
  }

  // ---- chronology ----

  private static Outcome instrumentFromTheFuture(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(dossier, Edits.note(LocalDate.of(2999, 1, 1), note -> note)),
        Location.of(InstrumentId.of("A/99/1")));
  }

  private static Outcome recitalCitingALaterInstrument(Agreement dossier) {
    Agreement catalogued =
        Edits.plusInstruments(dossier, Edits.note(Edits.signed(dossier).plusDays(1), note -> note));
    return new Outcome(
        plusReference(
            catalogued,
            CrossReference.toInstrument(
                ProvisionId.recital(1), InstrumentId.of("A/99/1"), Drafting.CONSTITUTION_WORDS)),
        Location.of(ProvisionId.recital(1)));
  }

  private static Outcome instrumentRecallingALaterOne(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(
            dossier,
            Edits.note(
                LocalDate.of(1990, 1, 1),
                note ->
                    note.relations(
                        InstrumentRelation.of(RelationKind.RECALLS, dossier.instrument())))),
        Location.of(InstrumentId.of("A/99/1")));
  }

  private static Outcome approvalDatedAwayFromItsRecord(Agreement dossier) {
    Approval approval = Edits.approvalBy(dossier, ALPHA_ASSEMBLY);
    Approval changed =
        Approval.of(ALPHA_ASSEMBLY, approval.date().minusDays(1), Dossiers.ALPHA_RESOLUTION);
    return new Outcome(
        Edits.replaceEvent(dossier, approval, changed), Location.of(dossier.instrument(), changed));
  }

  // ---- amendments ----

  /**
   * A pending amendment {@code id} under {@code rule} that adds paragraph 9 to the final article.
   */
  private static Amendment pending(
      Agreement dossier,
      InstrumentId id,
      org.treatymodel.agreement.procedure.EntryIntoForceRule rule) {
    return Amendment.builder()
        .instrument(id)
        .changes(
            TextChange.addParagraph(
                Edits.lastArticle(dossier),
                Paragraph.builder().number(9).text("A pending paragraph.").build()))
        .procedure(Procedure.builder().instrument(id).parties(ALPHA, BETA).rule(rule).build())
        .build();
  }

  private static final InstrumentId DEFECTIVE_AMENDMENT =
      InstrumentId.of("agreement/alpha+beta/2999");

  private static Outcome amendmentUnderAnotherRule(Agreement dossier) {
    return new Outcome(
        Edits.plusAmendment(
            dossier,
            pending(
                dossier,
                DEFECTIVE_AMENDMENT,
                ApprovalsThenSignature.of(ALPHA_ASSEMBLY, BETA_COUNCIL))),
        Location.of(DEFECTIVE_AMENDMENT));
  }

  private static Outcome pendingAmendmentThatDoesNotFit(Agreement dossier) {
    Amendment amendment =
        Amendment.builder()
            .from(
                pending(
                    dossier,
                    DEFECTIVE_AMENDMENT,
                    LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL)))
            .changes(TextChange.removeArticle(9999))
            .build();
    return new Outcome(Edits.plusAmendment(dossier, amendment), Location.of(DEFECTIVE_AMENDMENT));
  }

  /**
   * An amendment in force from {@code from} (the later of its approvals) making {@code changes}.
   */
  private static Amendment inForce(LocalDate from, TextChange... changes) {
    return inForce(Drafting.agreementId(from), from, changes);
  }

  private static Amendment inForce(InstrumentId id, LocalDate from, TextChange... changes) {
    LocalDate first = from.minusDays(1);
    return Amendment.builder()
        .instrument(id)
        .changes(changes)
        .procedure(
            Procedure.builder()
                .instrument(id)
                .parties(ALPHA, BETA)
                .rule(LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL))
                .events(
                    Approval.of(ALPHA_ASSEMBLY, first),
                    Notification.of(ALPHA, BETA, ALPHA_ASSEMBLY, first),
                    Approval.of(BETA_COUNCIL, from),
                    Notification.of(BETA, ALPHA, BETA_COUNCIL, from))
                .build())
        .build();
  }

  private static Outcome amendmentReplacingANorm(Agreement dossier) {
    Paragraph paragraph = dossier.article(2).paragraphs().get(0);
    Paragraph replacement =
        Paragraph.builder().from(paragraph).text("This paragraph is replaced.").build();
    Amendment amendment =
        inForce(
            Edits.signed(dossier).plusDays(1000), TextChange.replaceParagraph(2, 1, replacement));
    return new Outcome(Edits.plusAmendment(dossier, amendment), Location.of(TAIL_NORM));
  }

  private static Outcome amendmentBeforeTheAgreement(Agreement dossier) {
    LocalDate approved = Edits.approvalBy(dossier, BETA_COUNCIL).date().plusDays(3);
    Amendment amendment =
        inForce(
            approved,
            TextChange.addParagraph(
                Edits.lastArticle(dossier),
                Paragraph.builder().number(9).text("An early paragraph.").build()));
    return new Outcome(
        Edits.plusAmendment(dossier, amendment),
        Location.of(
            amendment.instrument(), amendment.procedure().approvalBy(BETA_COUNCIL).orElseThrow()));
  }

  private static Paragraph supersession(Agreement dossier) {
    return dossier.article(Edits.lastArticle(dossier)).paragraph(2);
  }

  private static Outcome identifierReused(Agreement dossier) {
    int last = Edits.lastArticle(dossier);
    LocalDate from = Edits.signed(dossier).plusDays(1000);
    Amendment removing = inForce(from, TextChange.removeParagraph(last, 2));
    Amendment adding =
        inForce(from.plusDays(100), TextChange.addParagraph(last, supersession(dossier)));
    return new Outcome(
        Edits.plusAmendment(Edits.plusAmendment(dossier, removing), adding),
        Location.of(adding.instrument()));
  }

  private static Outcome twoAmendmentsOnOneDay(Agreement dossier) {
    int last = Edits.lastArticle(dossier);
    LocalDate from = Edits.signed(dossier).plusDays(1000);
    Paragraph paragraph = supersession(dossier);
    Amendment first =
        inForce(
            from,
            TextChange.replaceParagraph(
                last, 2, Paragraph.builder().from(paragraph).text("A first wording.").build()));
    // A second amendment of the same day, named by the year alone so that its id differs.
    Amendment second =
        inForce(
            InstrumentId.of("agreement/alpha+beta/" + from.getYear()),
            from,
            TextChange.replaceParagraph(
                last, 2, Paragraph.builder().from(paragraph).text("A second wording.").build()));
    return new Outcome(
        Edits.plusAmendment(Edits.plusAmendment(dossier, first), second),
        Location.of(second.instrument()));
  }

  // ---- succession ----

  private static Agreement predecessor(Agreement dossier, LocalDate signed, ActorId... parties) {
    Procedure previous = dossier.predecessors().get(0);
    return Agreement.builder()
        .from(dossier)
        .predecessors(
            Procedure.builder()
                .from(previous)
                .parties(parties)
                .events(
                    Signature.builder()
                        .date(signed)
                        .signatories(
                            java.util.Arrays.stream(parties).map(Signatory::unnamed).toList())
                        .build())
                .build())
        .build();
  }

  private static Outcome predecessorLater(Agreement dossier) {
    return new Outcome(
        predecessor(dossier, Edits.signed(dossier).plusDays(1), ALPHA, BETA),
        Location.of(dossier.instrument()));
  }

  private static Outcome predecessorWithAnotherParty(Agreement dossier) {
    LocalDate signed = dossier.predecessors().get(0).signature().orElseThrow().date();
    return new Outcome(
        predecessor(dossier, signed, ALPHA, GAMMA), Location.of(dossier.instrument()));
  }

  private static Outcome predecessorNotRecorded(Agreement dossier) {
    return new Outcome(
        Agreement.builder().from(dossier).predecessors(List.of()).build(),
        Location.of(dossier.instrument()));
  }

  private static Outcome supersessionNotStated(Agreement dossier) {
    return new Outcome(
        Agreement.builder()
            .from(dossier)
            .crossReferences(
                Edits.without(
                    dossier.crossReferences(),
                    reference ->
                        reference
                            .targetInstrument()
                            .equals(Optional.of(dossier.predecessors().get(0).instrument()))))
            .build(),
        Location.of(dossier.instrument()));
  }
}
