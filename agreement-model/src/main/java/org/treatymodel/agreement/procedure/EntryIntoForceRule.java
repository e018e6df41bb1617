package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.ActorId;

/**
 * How the events of a procedure bring an instrument into force. The rule is data on each {@link
 * Procedure}, never hard-coded: the 2016 Agreement uses {@link ApprovalsThenSignature}, its
 * amendments {@link LaterOfApprovals}, the UN–ISA and UN–CTBTO agreements {@link
 * SignatureThenApproval}.
 *
 * <p>Each rule is a pure function of the procedure's events; the order in which they were recorded
 * does not matter. Where the text leaves a question open, the rule's Javadoc says how it answers.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface EntryIntoForceRule
    permits ApprovalsThenSignature, LaterOfApprovals, SignatureThenApproval {

  /**
   * The one dispatch over the family: applies the function for this rule's variant and returns its
   * result.
   */
  default <R> R match(
      Function<? super ApprovalsThenSignature, ? extends R> approvalsThenSignature,
      Function<? super LaterOfApprovals, ? extends R> laterOfApprovals,
      Function<? super SignatureThenApproval, ? extends R> signatureThenApproval) {
    checkNotNull(approvalsThenSignature, "approvalsThenSignature");
    checkNotNull(laterOfApprovals, "laterOfApprovals");
    checkNotNull(signatureThenApproval, "signatureThenApproval");
    // The family is sealed to these three: this is the one place that tells them apart.
    if (this instanceof ApprovalsThenSignature then) {
      return approvalsThenSignature.apply(then);
    }
    if (this instanceof LaterOfApprovals later) {
      return laterOfApprovals.apply(later);
    }
    return signatureThenApproval.apply((SignatureThenApproval) this);
  }

  /** The organs whose approval the rule requires. */
  ImmutableSet<ActorId> requiredApprovers();

  /** The date on which the procedure's events bring the instrument into force, if they do. */
  Optional<LocalDate> entryIntoForce(Procedure procedure);

  /** What in the procedure's events departs from the order the rule expects, oldest first. */
  ImmutableList<Irregularity> irregularities(Procedure procedure);
}
