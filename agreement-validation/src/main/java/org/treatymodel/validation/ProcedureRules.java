package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.IrregularityKind;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;

/**
 * The procedures of Articles 15 and 16 and of the other instruments of the dossier. The first seven
 * rules report, one per kind, the {@link Irregularity}s that each procedure's own entry-into-force
 * rule finds: the model decides what is irregular, once, and this module only gives each kind a
 * code, a severity and a location. The others check what no entry-into-force rule looks at: who
 * approves, who notifies, and the records of approvals.
 */
final class ProcedureRules {
  private ProcedureRules() {}

  // PROC-001 to PROC-007: one rule per kind of irregularity the entry-into-force rules find, each
  // defined here once with its code, severity, description and remedy.

  static final Rule SIGNATURE_BEFORE_APPROVAL =
      irregularity(
          IrregularityKind.SIGNATURE_BEFORE_APPROVAL,
          "PROC-001",
          Severity.ERROR,
          "under an approvals-then-signature rule the signature follows every required approval",
          "the rule has the instrument signed after the approvals");

  static final Rule APPROVAL_BEFORE_SIGNATURE =
      irregularity(
          IrregularityKind.APPROVAL_BEFORE_SIGNATURE,
          "PROC-002",
          Severity.ERROR,
          "under a signature-then-approval rule every approval follows the signature",
          "the rule has the instrument approved after its signature");

  static final Rule SIGNATURE_INCOMPLETE =
      irregularity(
          IrregularityKind.SIGNATURE_INCOMPLETE,
          "PROC-003",
          Severity.ERROR,
          "a signature binds every party: someone signs for each",
          "record a signatory for each party");

  static final Rule NOTIFICATION_MISSING =
      irregularity(
          IrregularityKind.NOTIFICATION_MISSING,
          "PROC-004",
          Severity.WARNING,
          "each required approval is notified in writing to the other party",
          "the rule requires it: record the notification, dated if the date is known");

  static final Rule NOTIFICATION_DATE_UNKNOWN =
      irregularity(
          IrregularityKind.NOTIFICATION_DATE_UNKNOWN,
          "PROC-005",
          Severity.INFO,
          "the date of each written notification is known",
          "record the date when a source gives it");

  static final Rule NOTIFICATION_BEFORE_APPROVAL =
      irregularity(
          IrregularityKind.NOTIFICATION_BEFORE_APPROVAL,
          "PROC-006",
          Severity.ERROR,
          "a notification is not dated before the approval it reports",
          "a notification reports an approval already given: check both dates");

  static final Rule NOTIFICATION_AFTER_SIGNATURE =
      irregularity(
          IrregularityKind.NOTIFICATION_AFTER_SIGNATURE,
          "PROC-007",
          Severity.WARNING,
          "under an approvals-then-signature rule the notifications precede the signature",
          "the rule has the notifications made before the signature");

  /**
   * The rule that reports irregularities of {@code kind}; the switch is exhaustive, so a new kind
   * does not compile until it has its rule.
   */
  static Rule irregularities(IrregularityKind kind) {
    return switch (kind) {
      case SIGNATURE_BEFORE_APPROVAL -> SIGNATURE_BEFORE_APPROVAL;
      case APPROVAL_BEFORE_SIGNATURE -> APPROVAL_BEFORE_SIGNATURE;
      case SIGNATURE_INCOMPLETE -> SIGNATURE_INCOMPLETE;
      case NOTIFICATION_MISSING -> NOTIFICATION_MISSING;
      case NOTIFICATION_DATE_UNKNOWN -> NOTIFICATION_DATE_UNKNOWN;
      case NOTIFICATION_BEFORE_APPROVAL -> NOTIFICATION_BEFORE_APPROVAL;
      case NOTIFICATION_AFTER_SIGNATURE -> NOTIFICATION_AFTER_SIGNATURE;
    };
  }

  /**
   * A rule that reports each irregularity of {@code kind} at the event it is about, in the sentence
   * the English package writes for it, followed by the {@code remedy}.
   */
  private static Rule irregularity(
      IrregularityKind kind, String code, Severity severity, String description, String remedy) {
    return Rule.of(
        code,
        severity,
        description,
        inspection -> {
          for (Procedure procedure : inspection.procedures()) {
            for (Irregularity irregularity : procedure.irregularities()) {
              if (irregularity.kind() == kind) {
                inspection.report(
                    Location.of(procedure.instrument(), irregularity.event()),
                    Sentences.irregularity(irregularity, inspection.dossier()) + "; " + remedy);
              }
            }
          }
        });
  }

  static final Rule APPROVALS_BY_REQUIRED_ORGANS =
      Rule.of(
          "PROC-008",
          Severity.WARNING,
          "every approval recorded is by an organ the entry-into-force rule requires",
          ProcedureRules::approvalsByRequiredOrgans);

  static final Rule APPROVAL_BY_EACH_PARTY =
      Rule.of(
          "PROC-009",
          Severity.WARNING,
          "the entry-into-force rule requires an approval by an organ of each party, or by none",
          ProcedureRules::approvalByEachParty);

  static final Rule NOTIFIED_APPROVAL_RECORDED =
      Rule.of(
          "PROC-010",
          Severity.ERROR,
          "a notification reports an approval that is recorded",
          ProcedureRules::notifiedApprovalRecorded);

  static final Rule NOTIFIED_BY_THE_APPROVING_PARTY =
      Rule.of(
          "PROC-011",
          Severity.WARNING,
          "a notification is sent by the party whose organ approved, to the other party",
          ProcedureRules::notifiedByTheApprovingParty);

  static final Rule RECORD_ISSUED_BY_THE_ORGAN =
      Rule.of(
          "PROC-012",
          Severity.WARNING,
          "the record of an approval is an instrument issued by the approving organ",
          ProcedureRules::recordIssuedByTheOrgan);

  static final RuleSet SET = set();

  private static RuleSet set() {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (IrregularityKind kind : IrregularityKind.values()) {
      rules.add(irregularities(kind));
    }
    return RuleSet.of(
        "procedure",
        rules
            .add(
                APPROVALS_BY_REQUIRED_ORGANS,
                APPROVAL_BY_EACH_PARTY,
                NOTIFIED_APPROVAL_RECORDED,
                NOTIFIED_BY_THE_APPROVING_PARTY,
                RECORD_ISSUED_BY_THE_ORGAN)
            .build());
  }

  private static void approvalsByRequiredOrgans(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      Set<ActorId> required = procedure.rule().requiredApprovers();
      for (Approval approval : procedure.approvals()) {
        if (!required.contains(approval.organ())) {
          inspection.report(
              Location.of(procedure.instrument(), approval),
              "the approval by "
                  + inspection.nameOf(approval.organ())
                  + " is not one the rule requires ("
                  + (required.isEmpty()
                      ? "none"
                      : Prose.and(required.stream().map(inspection::nameOf).toList()))
                  + "); it has no effect on entry into force");
        }
      }
    }
  }

  private static void approvalByEachParty(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      Set<ActorId> required = procedure.rule().requiredApprovers();
      if (required.isEmpty()) {
        continue;
      }
      for (ActorId party : procedure.parties()) {
        boolean approves = required.stream().anyMatch(organ -> organ.organization().equals(party));
        if (!approves) {
          inspection.report(
              Location.of(procedure.instrument()),
              "the entry-into-force rule of "
                  + inspection.titleOf(procedure.instrument())
                  + " requires no approval by an organ of "
                  + inspection.nameOf(party)
                  + "; an agreement between Organizations is approved by each of them");
        }
      }
    }
  }

  private static void notifiedApprovalRecorded(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      for (Notification notification : procedure.notifications()) {
        if (procedure.approvalBy(notification.reports()).isEmpty()) {
          inspection.report(
              Location.of(procedure.instrument(), notification),
              inspection.nameOf(notification.sender())
                  + " notifies the approval by "
                  + inspection.nameOf(notification.reports())
                  + ", which is not recorded; record the approval, with its date");
        }
      }
    }
  }

  private static void notifiedByTheApprovingParty(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      for (Notification notification : procedure.notifications()) {
        ActorId approving = notification.reports().organization();
        if (!notification.sender().equals(approving)) {
          inspection.report(
              Location.of(procedure.instrument(), notification),
              inspection.nameOf(notification.sender())
                  + " notifies the approval by "
                  + inspection.nameOf(notification.reports())
                  + ", an organ of "
                  + inspection.nameOf(approving)
                  + "; each party notifies the other of its own organ's approval");
        }
      }
    }
  }

  private static void recordIssuedByTheOrgan(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      for (Approval approval : procedure.approvals()) {
        Optional<Instrument> record =
            approval.record().flatMap(inspection.dossier()::findInstrument);
        if (record.isPresent()
            && record.get().issuedBy().isPresent()
            && !record.get().issuedBy().get().equals(approval.organ())) {
          inspection.report(
              Location.of(procedure.instrument(), approval),
              "the approval by "
                  + inspection.nameOf(approval.organ())
                  + " is recorded by "
                  + record.get().shortTitle()
                  + ", issued by "
                  + inspection.nameOf(record.get().issuedBy().get())
                  + "; an approval is recorded by the approving organ's own resolution or decision");
        }
      }
    }
  }
}
