package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Elements;

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
 *   <li><b>A signature that does not bind every party</b> is not a signature of the agreement:
 *       nothing enters into force by it, and a {@link IrregularityKind#SIGNATURE_INCOMPLETE} says
 *       for which party no one signed.
 * </ul>
 *
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class ApprovalsThenSignature implements EntryIntoForceRule {
  ApprovalsThenSignature() {}

  /**
   * Article 16(1): approvals by {@code required}, written notifications, then signature.
   *
   * @throws NullPointerException naming {@code required} if an element is null
   */
  public static ApprovalsThenSignature of(ActorId... required) {
    return new ImmutableApprovalsThenSignature.Builder()
        .requiredApprovers(Elements.set("required approvers", required))
        .notificationsRequired(true)
        .build();
  }

  /** In force upon signature, with no approval or notification required (UN–ICC 2004). */
  public static ApprovalsThenSignature uponSignature() {
    return new ImmutableApprovalsThenSignature.Builder()
        .requiredApprovers(ImmutableSet.of())
        .notificationsRequired(false)
        .build();
  }

  @Override
  public abstract ImmutableSet<ActorId> requiredApprovers();

  /** Whether the parties must notify each other in writing of each approval. */
  public abstract boolean notificationsRequired();

  @Override
  public Optional<LocalDate> entryIntoForce(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    Optional<LocalDate> signed = procedure.bindingSignature().map(Signature::date);
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
    checkNotNull(procedure, "procedure");
    ImmutableList.Builder<Irregularity> found = new ImmutableList.Builder();
    Optional<Signature> signature = procedure.bindingSignature();
    signature.ifPresent(
        signed -> {
          for (ActorId organ : requiredApprovers()) {
            procedure
                .approvalBy(organ)
                .filter(approval -> approval.date().isAfter(signed.date()))
                .ifPresent(
                    approval ->
                        found.add(new Irregularity.SignatureBeforeApproval(signed, approval)));
          }
        });
    if (notificationsRequired()) {
      Notifications.check(procedure, requiredApprovers(), signature, found);
    }
    return Notifications.oldestFirst(procedure, found);
  }
}
