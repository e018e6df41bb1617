package org.treatymodel.testkit;

import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;
import static org.treatymodel.testkit.Dossiers.GAMMA;
import static org.treatymodel.testkit.Edits.TAIL_NORM;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.testkit.Defect.Outcome;

/**
 * The defects of the amendments and of the succession of instruments. Each method makes one {@link
 * Defect}.
 */
final class HistoryDefects {
  private HistoryDefects() {}

  // ---- amendments ----

  /**
   * A pending amendment {@code id} under {@code rule} that adds paragraph 9 to the final article.
   */
  static Amendment pending(
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

  static final InstrumentId DEFECTIVE_AMENDMENT = InstrumentId.of("agreement/alpha+beta/2999");

  static Outcome amendmentUnderAnotherRule(Agreement dossier) {
    return new Outcome(
        Edits.plusAmendment(
            dossier,
            pending(
                dossier,
                DEFECTIVE_AMENDMENT,
                ApprovalsThenSignature.of(ALPHA_ASSEMBLY, BETA_COUNCIL))),
        Location.of(DEFECTIVE_AMENDMENT));
  }

  static Outcome pendingAmendmentThatDoesNotFit(Agreement dossier) {
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
  static Amendment inForce(LocalDate from, TextChange... changes) {
    return inForce(Drafting.agreementId(from), from, changes);
  }

  static Amendment inForce(InstrumentId id, LocalDate from, TextChange... changes) {
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

  static Outcome amendmentReplacingANorm(Agreement dossier) {
    Paragraph paragraph = dossier.article(2).paragraphs().get(0);
    Paragraph replacement =
        Paragraph.builder().from(paragraph).text("This paragraph is replaced.").build();
    Amendment amendment =
        inForce(
            Edits.signed(dossier).plusDays(1000), TextChange.replaceParagraph(2, 1, replacement));
    return new Outcome(Edits.plusAmendment(dossier, amendment), Location.of(TAIL_NORM));
  }

  static Outcome amendmentBeforeTheAgreement(Agreement dossier) {
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

  static Paragraph supersession(Agreement dossier) {
    return dossier.article(Edits.lastArticle(dossier)).paragraph(2);
  }

  static Outcome identifierReused(Agreement dossier) {
    int last = Edits.lastArticle(dossier);
    LocalDate from = Edits.signed(dossier).plusDays(1000);
    Amendment removing = inForce(from, TextChange.removeParagraph(last, 2));
    Amendment adding =
        inForce(from.plusDays(100), TextChange.addParagraph(last, supersession(dossier)));
    return new Outcome(
        Edits.plusAmendment(Edits.plusAmendment(dossier, removing), adding),
        Location.of(adding.instrument()));
  }

  static Outcome twoAmendmentsOnOneDay(Agreement dossier) {
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

  static Agreement predecessor(Agreement dossier, LocalDate signed, ActorId... parties) {
    Procedure previous = dossier.predecessors().get(0);
    return Agreement.builder()
        .from(dossier)
        .predecessors(
            List.of(
                Procedure.builder()
                    .from(previous)
                    .parties(parties)
                    .events(
                        Signature.builder()
                            .date(signed)
                            .signatories(
                                java.util.Arrays.stream(parties).map(Signatory::unnamed).toList())
                            .build())
                    .build()))
        .build();
  }

  static Outcome predecessorLater(Agreement dossier) {
    return new Outcome(
        predecessor(dossier, Edits.signed(dossier).plusDays(1), ALPHA, BETA),
        Location.of(dossier.instrument()));
  }

  static Outcome predecessorWithAnotherParty(Agreement dossier) {
    LocalDate signed = dossier.predecessors().get(0).signature().orElseThrow().date();
    return new Outcome(
        predecessor(dossier, signed, ALPHA, GAMMA), Location.of(dossier.instrument()));
  }

  static Outcome predecessorNotRecorded(Agreement dossier) {
    return new Outcome(
        Agreement.builder().from(dossier).predecessors(List.of()).build(),
        Location.of(dossier.instrument()));
  }

  static Outcome supersessionNotStated(Agreement dossier) {
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
