package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
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
 * In force on the date of the later of the required approvals: "Any such amendment shall be
 * approved by the General Assembly of the United Nations and by the Council of the International
 * Organization for Migration. The United Nations and the International Organization for Migration
 * shall notify each other in writing of the date of such approval, and the Agreement shall enter
 * into force on the date of the later of the said approvals." (Article 15); also the UN–IAEA
 * agreement of 1957.
 *
 * <p>Interpretation choice: <b>a missing notification does not delay entry into force.</b> Article
 * 15 ties entry into force to "the date of the later of the said approvals", not to the
 * notifications; a missing or irregular notification is reported as an irregularity. No signature
 * is needed.
 *
 * <p>Reading note: Article 15 says that "the Agreement shall enter into force" on the later
 * approval. In a sentence about "any such amendment", the Agreement has been in force since its
 * signature; what enters into force is the amendment, and this rule is read so. Instances are
 * immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class LaterOfApprovals implements EntryIntoForceRule {
  LaterOfApprovals() {}

  /**
   * Article 15: approvals by {@code required}, notified in writing; in force on the later approval.
   *
   * @throws IllegalArgumentException if no organ is named
   */
  public static LaterOfApprovals of(ActorId... required) {
    return new ImmutableLaterOfApprovals.Builder()
        .requiredApprovers(Elements.set("required approvers", required))
        .notificationsRequired(true)
        .build();
  }

  /**
   * In force on the later of the approvals by {@code required}, with no notification (UN–IAEA
   * 1957).
   *
   * @throws IllegalArgumentException if no organ is named
   */
  public static LaterOfApprovals withoutNotification(ActorId... required) {
    return new ImmutableLaterOfApprovals.Builder()
        .requiredApprovers(Elements.set("required approvers", required))
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
    return procedure.lastApprovalBy(requiredApprovers());
  }

  @Override
  public ImmutableList<Irregularity> irregularities(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    ImmutableList.Builder<Irregularity> found = new ImmutableList.Builder();
    if (notificationsRequired()) {
      Notifications.check(procedure, requiredApprovers(), Optional.empty(), found);
    }
    return Notifications.oldestFirst(procedure, found);
  }

  @Value.Check
  void check() {
    checkArgument(
        !requiredApprovers().isEmpty(),
        "the later of no approvals is undefined: name the approving organs");
  }
}
