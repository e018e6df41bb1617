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

/**
 * Signed first, in force on the date a named organ approves it: the pattern of the UN–International
 * Seabed Authority agreement of 1997 (in force on the date the General Assembly approves it, art.
 * 18(1)) and the UN–CTBTO Preparatory Commission agreement of 2000.
 *
 * <p>Interpretation choice: <b>approved before signature.</b> If the named organ approves before
 * the signature, the instrument enters into force on signature, and an {@link
 * IrregularityKind#APPROVAL_BEFORE_SIGNATURE} is reported. Approvals by other organs (the ISA
 * Assembly, the Preparatory Commission) are recorded but do not bear on entry into force. A
 * signature that does not bind every party brings nothing into force. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class SignatureThenApproval implements EntryIntoForceRule {
  SignatureThenApproval() {}

  /** Signed first, then in force on the approval by {@code approver}. */
  public static SignatureThenApproval of(ActorId approver) {
    return ImmutableSignatureThenApproval.of(approver);
  }

  /** The organ whose approval brings the signed instrument into force. */
  @Value.Parameter
  public abstract ActorId approver();

  @Override
  public ImmutableSet<ActorId> requiredApprovers() {
    return ImmutableSet.of(approver());
  }

  @Override
  public Optional<LocalDate> entryIntoForce(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    Optional<Signature> signature = procedure.bindingSignature();
    Optional<Approval> approval = procedure.approvalBy(approver());
    if (signature.isEmpty() || approval.isEmpty()) {
      return Optional.empty();
    }
    LocalDate signed = signature.get().date();
    LocalDate approved = approval.get().date();
    return Optional.of(approved.isBefore(signed) ? signed : approved);
  }

  @Override
  public ImmutableList<Irregularity> irregularities(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    ImmutableList.Builder<Irregularity> found = new ImmutableList.Builder();
    procedure
        .bindingSignature()
        .ifPresent(
            signature ->
                procedure
                    .approvalBy(approver())
                    .filter(approval -> approval.date().isBefore(signature.date()))
                    .ifPresent(
                        approval ->
                            found.add(
                                new Irregularity.ApprovalBeforeSignature(approval, signature))));
    return Notifications.oldestFirst(procedure, found);
  }
}
