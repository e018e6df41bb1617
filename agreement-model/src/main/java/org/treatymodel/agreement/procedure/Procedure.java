package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * The procedure of one instrument: its parties, the {@link EntryIntoForceRule} it follows, and the
 * dated events recorded so far. The events are a set: the order in which they are recorded never
 * matters.
 *
 * <p>Building one rejects an approval by an organ of neither party, a second approval by the same
 * organ, a second signature, a notification between non-parties, a signatory for a non-party, and a
 * rule that requires the approval of an organ of neither party. Instances are immutable.
 */
@Value.Immutable
public abstract class Procedure {
  Procedure() {}

  /** A builder; {@code build()} rejects the inconsistent events listed above and names them. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Procedure}. */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {}
  }

  /** The instrument the procedure brings into force. */
  public abstract InstrumentId instrument();

  /** The Organizations that are parties to it. */
  public abstract ImmutableSet<ActorId> parties();

  /** How the events bring the instrument into force. */
  public abstract EntryIntoForceRule rule();

  /** The events recorded, in no particular order. */
  public abstract ImmutableSet<ProcedureEvent> events();

  /** The instrument that this one supersedes and replaces upon its entry into force, if any. */
  public abstract Optional<InstrumentId> supersedes();

  /** The approval by {@code organ}, if recorded. */
  public Optional<Approval> approvalBy(ActorId organ) {
    checkNotNull(organ, "organ");
    return approvals().stream().filter(approval -> approval.organ().equals(organ)).findFirst();
  }

  /** Every approval recorded, oldest first. */
  public ImmutableList<Approval> approvals() {
    return events().stream()
        .filter(Approval.class::isInstance)
        .map(Approval.class::cast)
        .sorted(Comparator.comparing(Approval::date))
        .collect(ImmutableList.toImmutableList());
  }

  /** The signature, if recorded. */
  public Optional<Signature> signature() {
    return events().stream()
        .filter(Signature.class::isInstance)
        .map(Signature.class::cast)
        .findFirst();
  }

  /** The notifications that report the approval by {@code organ}. */
  public ImmutableList<Notification> notificationsOf(ActorId organ) {
    checkNotNull(organ, "organ");
    return events().stream()
        .filter(Notification.class::isInstance)
        .map(Notification.class::cast)
        .filter(notification -> notification.reports().equals(organ))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The date of the last approval among {@code organs}, if every one of them has approved; empty if
   * one has not, or if {@code organs} is empty.
   */
  public Optional<LocalDate> lastApprovalBy(Set<ActorId> organs) {
    checkNotNull(organs, "organs");
    LocalDate last = null;
    for (ActorId organ : organs) {
      Optional<Approval> approval = approvalBy(organ);
      if (approval.isEmpty()) {
        return Optional.empty();
      }
      if (last == null || approval.get().date().isAfter(last)) {
        last = approval.get().date();
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The date the events bring the instrument into force, as its rule reads them; empty if they do
   * not.
   */
  public Optional<LocalDate> entryIntoForce() {
    return rule().entryIntoForce(this);
  }

  /** What departs from the order the rule expects, oldest first. */
  public ImmutableList<Irregularity> irregularities() {
    return rule().irregularities(this);
  }

  /**
   * The status on {@code date}, leaving supersession aside (a {@link Succession} knows the
   * successors). This instance is immutable and unaffected by this method call.
   */
  public Status statusOn(LocalDate date) {
    return statusOn(date, Optional.empty(), Optional.empty());
  }

  Status statusOn(
      LocalDate date, Optional<LocalDate> supersededSince, Optional<InstrumentId> supersededBy) {
    checkNotNull(date, "date");
    ImmutableSet<ActorId> approvedBy =
        rule().requiredApprovers().stream()
            .filter(
                organ ->
                    approvalBy(organ)
                        .filter(approval -> !approval.date().isAfter(date))
                        .isPresent())
            .collect(ImmutableSet.toImmutableSet());
    Optional<LocalDate> signed =
        signature().map(Signature::date).filter(signedOn -> !signedOn.isAfter(date));
    Optional<LocalDate> inForce = entryIntoForce().filter(since -> !since.isAfter(date));
    Optional<LocalDate> superseded = supersededSince.filter(since -> !since.isAfter(date));
    Stage stage;
    if (superseded.isPresent()) {
      stage = Stage.SUPERSEDED;
    } else if (inForce.isPresent()) {
      stage = Stage.IN_FORCE;
    } else if (!approvedBy.isEmpty() && approvedBy.equals(rule().requiredApprovers())) {
      stage = Stage.APPROVED;
    } else if (!approvedBy.isEmpty()) {
      stage = Stage.APPROVED_IN_PART;
    } else if (signed.isPresent()) {
      stage = Stage.SIGNED;
    } else {
      stage = Stage.NEGOTIATED;
    }
    return ImmutableStatus.builder()
        .instrument(instrument())
        .date(date)
        .stage(stage)
        .approvedBy(approvedBy)
        .signedOn(signed)
        .inForceSince(inForce)
        .supersededSince(superseded)
        .supersededBy(superseded.isPresent() ? supersededBy : Optional.empty())
        .irregularities(
            irregularities().stream()
                .filter(irregularity -> !irregularity.date().isAfter(date))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(!parties().isEmpty(), "the procedure of %s must name its parties", instrument());
    for (ActorId organ : rule().requiredApprovers()) {
      checkArgument(
          parties().contains(organ.organization()),
          "the rule of %s requires the approval of %s, an organ of neither party %s",
          instrument(),
          organ,
          parties());
    }
    Set<ActorId> approving = new HashSet<>();
    int signatures = 0;
    for (ProcedureEvent event : events()) {
      if (event instanceof Approval approval) {
        checkArgument(
            parties().contains(approval.organ().organization()),
            "approval of %s by %s, an organ of neither party %s",
            instrument(),
            approval.organ(),
            parties());
        checkArgument(
            approving.add(approval.organ()),
            "%s approved %s twice",
            approval.organ(),
            instrument());
      } else if (event instanceof Notification notification) {
        checkArgument(
            parties().contains(notification.sender())
                && parties().contains(notification.recipient()),
            "notification from %s to %s: both must be parties %s",
            notification.sender(),
            notification.recipient(),
            parties());
      } else if (event instanceof Signature signature) {
        signatures++;
        for (Signatory signatory : signature.signatories()) {
          checkArgument(
              parties().contains(signatory.party()),
              "signatory for %s, which is not a party %s",
              signatory.party(),
              parties());
        }
      }
    }
    checkArgument(signatures <= 1, "%s has %s signatures; record one", instrument(), signatures);
    checkArgument(
        supersedes().map(previous -> !previous.equals(instrument())).orElse(true),
        "%s cannot supersede itself",
        instrument());
  }
}
