package org.treatymodel.testkit;

import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.ALPHA_SECRETARY_GENERAL;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;
import static org.treatymodel.testkit.Dossiers.GAMMA;
import static org.treatymodel.testkit.Dossiers.GAMMA_SECRETARY_GENERAL;

import java.time.LocalDate;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.testkit.Defect.Outcome;

/**
 * The defects of the parties, the signature, the procedure and the chronology. Each method makes
 * one {@link Defect}.
 */
final class ProcedureDefects {
  private ProcedureDefects() {}

  // ---- parties and signature ----

  static Outcome constituentInstrumentMissing(Agreement dossier) {
    return new Outcome(
        Edits.withoutInstrument(dossier, Dossiers.BETA_CONSTITUTION), Location.of(BETA));
  }

  static Agreement finalClauses(
      Agreement dossier, java.util.function.UnaryOperator<FinalClauses.Builder> change) {
    return Edits.text(
        dossier,
        text ->
            text.finalClauses(
                change.apply(FinalClauses.builder().from(dossier.text().finalClauses())).build()));
  }

  static Outcome signatureLineForAThirdParty(Agreement dossier) {
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

  static Outcome twoSignatoriesForOneParty(Agreement dossier) {
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

  static Outcome signatureBlockNamingAnother(Agreement dossier) {
    List<SignatureLine> lines = dossier.text().finalClauses().signatures();
    SignatureLine changed =
        SignatureLine.builder().from(lines.get(0)).signatory("Al Deputy").build();
    return new Outcome(
        finalClauses(dossier, clauses -> clauses.signatures(changed, lines.get(1))),
        Location.of(ProvisionId.conclusions().signature(1)));
  }

  static Outcome signingClauseWithBlanks(Agreement dossier) {
    return new Outcome(
        finalClauses(
            dossier,
            clauses ->
                clauses.signingClause(
                    "Signed this xxth day of xx at xxx in two originals in the English language.")),
        Location.of(ProvisionId.conclusions().formula(2)));
  }

  // ---- procedure ----

  static Outcome signatoryMissing(Agreement dossier) {
    Agreement unamended = Edits.withoutAmendments(dossier);
    Signature signature = Edits.signature(unamended);
    Signature changed =
        Signature.builder().from(signature).signatories(Drafting.signatory(true)).build();
    return new Outcome(
        Edits.replaceEvent(unamended, signature, changed),
        Location.of(dossier.instrument(), changed));
  }

  static Outcome notificationMissing(Agreement dossier) {
    return new Outcome(
        Edits.replaceEvent(dossier, Edits.notificationOf(dossier, ALPHA_ASSEMBLY)),
        Location.of(dossier.instrument(), Edits.approvalBy(dossier, ALPHA_ASSEMBLY)));
  }

  static Outcome renotified(Agreement dossier, Notification changed) {
    return new Outcome(
        Edits.replaceEvent(dossier, Edits.notificationOf(dossier, ALPHA_ASSEMBLY), changed),
        Location.of(dossier.instrument(), changed));
  }

  static Outcome notificationUndated(Agreement dossier) {
    return renotified(dossier, Notification.undated(ALPHA, BETA, ALPHA_ASSEMBLY));
  }

  static Outcome notificationBeforeTheApproval(Agreement dossier) {
    return renotified(
        dossier,
        Notification.of(
            ALPHA,
            BETA,
            ALPHA_ASSEMBLY,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().minusDays(1)));
  }

  static Outcome notificationAfterTheSignature(Agreement dossier) {
    return renotified(
        dossier, Notification.of(ALPHA, BETA, ALPHA_ASSEMBLY, Edits.signed(dossier).plusDays(1)));
  }

  static Outcome approvalNotRequired(Agreement dossier) {
    Approval extra =
        Approval.of(
            ALPHA_SECRETARY_GENERAL, Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(1));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  static Outcome ruleWithoutOnePartysApproval(Agreement dossier) {
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

  static Outcome notificationOfNoApproval(Agreement dossier) {
    Notification extra =
        Notification.of(
            ALPHA,
            BETA,
            ALPHA_SECRETARY_GENERAL,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(2));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  static Outcome notificationByTheOtherParty(Agreement dossier) {
    Notification extra =
        Notification.of(
            BETA,
            ALPHA,
            ALPHA_ASSEMBLY,
            Edits.approvalBy(dossier, ALPHA_ASSEMBLY).date().plusDays(2));
    return new Outcome(Edits.plusEvents(dossier, extra), Location.of(dossier.instrument(), extra));
  }

  static Outcome approvalRecordedByAnotherOrgan(Agreement dossier) {
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

  static Outcome instrumentFromTheFuture(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(dossier, Edits.note(LocalDate.of(2999, 1, 1), note -> note)),
        Location.of(InstrumentId.of("A/99/1")));
  }

  static Outcome recitalCitingALaterInstrument(Agreement dossier) {
    Agreement catalogued =
        Edits.plusInstruments(dossier, Edits.note(Edits.signed(dossier).plusDays(1), note -> note));
    return new Outcome(
        TextDefects.plusReference(
            catalogued,
            CrossReference.toInstrument(
                ProvisionId.recital(1), InstrumentId.of("A/99/1"), Drafting.CONSTITUTION_WORDS)),
        Location.of(ProvisionId.recital(1)));
  }

  static Outcome instrumentRecallingALaterOne(Agreement dossier) {
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

  static Outcome approvalDatedAwayFromItsRecord(Agreement dossier) {
    Approval approval = Edits.approvalBy(dossier, ALPHA_ASSEMBLY);
    Approval changed =
        Approval.of(ALPHA_ASSEMBLY, approval.date().minusDays(1), Dossiers.ALPHA_RESOLUTION);
    return new Outcome(
        Edits.replaceEvent(dossier, approval, changed), Location.of(dossier.instrument(), changed));
  }
}
