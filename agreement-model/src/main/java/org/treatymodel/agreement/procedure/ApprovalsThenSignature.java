package org.treatymodel.agreement.procedure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;

/**
 * Approvals by the required organs, then entry into force upon signature: "The present Agreement
 * shall be approved by the General Assembly of the United Nations and by the Council of the
 * International Organization for Migration. The United Nations and the International Organization
 * for Migration shall notify each other in writing of the date of such approval. The Agreement
 * shall thereafter enter into force upon signature." (Article 16(1)). With no required approvals
 * this is plain entry into force upon signature (UN–ICC 2004).
 *
 * <p>Interpretation choices:
 *
 * <ul>
 *   <li><b>Signed before an approval.</b> The text wants signature "thereafter". A signature that
 *       precedes a required approval is taken to be given subject to it: the instrument enters into
 *       force on the date of the last required approval, and a {@link
 *       IrregularityKind#SIGNATURE_BEFORE_APPROVAL} is reported.
 *   <li><b>Notifications.</b> They inform each party of the other's approval; they are not a
 *       condition of entry into force. A missing notification, one of unknown date (the real 2016
 *       history), one dated before its approval or after the signature is reported as an
 *       irregularity and delays nothing.
 * </ul>
 *
 * Instances are immutable.
 */
@Value.Immutable
public abstract non-sealed class ApprovalsThenSignature implements EntryIntoForceRule {
  ApprovalsThenSignature() {}

  /** Article 16(1): approvals by {@code required}, written notifications, then signature. */
  public static ApprovalsThenSignature of(ActorId... required) {
    return ImmutableApprovalsThenSignature.builder()
        .addRequiredApprovers(required)
        .notificationsRequired(true)
        .build();
  }

  /** In force upon signature, with no approval or notification required (UN–ICC 2004). */
  public static ApprovalsThenSignature uponSignature() {
    return ImmutableApprovalsThenSignature.builder().notificationsRequired(false).build();
  }

  @Override
  public abstract ImmutableSet<ActorId> requiredApprovers();

  /** Whether the parties must notify each other in writing of each approval. */
  public abstract boolean notificationsRequired();

  @Override
  public Optional<LocalDate> entryIntoForce(Procedure procedure) {
    Optional<LocalDate> signed = procedure.signature().map(Signature::date);
    if (signed.isEmpty() || requiredApprovers().isEmpty()) {
      return signed;
    }
    Optional<LocalDate> approved = procedure.lastApprovalBy(requiredApprovers());
    if (approved.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(approved.get().isAfter(signed.get()) ? approved.get() : signed.get());
  }

  @Override
  public ImmutableList<Irregularity> irregularities(Procedure procedure) {
    ImmutableList.Builder<Irregularity> found = ImmutableList.builder();
    Optional<LocalDate> signed = procedure.signature().map(Signature::date);
    signed.ifPresent(
        date -> {
          for (ActorId organ : requiredApprovers()) {
            procedure
                .approvalBy(organ)
                .filter(approval -> approval.date().isAfter(date))
                .ifPresent(
                    approval ->
                        found.add(
                            Irregularity.of(
                                IrregularityKind.SIGNATURE_BEFORE_APPROVAL,
                                date,
                                "signed on "
                                    + date
                                    + ", before the approval by "
                                    + organ
                                    + " of "
                                    + approval.date()
                                    + "; entry into force waits for that approval")));
          }
        });
    if (notificationsRequired()) {
      Notifications.check(procedure, requiredApprovers(), signed, found);
    }
    return Notifications.oldestFirst(found);
  }

  @Override
  public String description() {
    return requiredApprovers().isEmpty()
        ? "in force upon signature"
        : "approved by "
            + requiredApprovers()
            + (notificationsRequired() ? ", approvals notified in writing," : "")
            + " then in force upon signature";
  }
}
