package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.ActorId;

/**
 * Something in a procedure's events that departs from the order its rule expects, found on {@link
 * #date()}. Each kind is a record carrying exactly its facts: the events concerned and, for an
 * incomplete signature, the party for which no one signed. Whether it changes the date of entry
 * into force is for the rule to say, in its Javadoc; {@code
 * org.treatymodel.agreement.english.Sentences} says it for people.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Irregularity
    permits Irregularity.SignatureBeforeApproval,
        Irregularity.ApprovalBeforeSignature,
        Irregularity.SignatureIncomplete,
        Irregularity.NotificationMissing,
        Irregularity.OfANotification {

  /**
   * Oldest first; on one date, by kind, then by the actors concerned, so that the order never
   * depends on the order in which events were recorded.
   */
  Comparator<Irregularity> ORDER =
      Comparator.comparing(Irregularity::date)
          .thenComparing(Irregularity::kind)
          .thenComparing(
              irregularity ->
                  irregularity.actors().stream()
                      .map(ActorId::value)
                      .collect(Collectors.joining(" ")));

  /** What is irregular. */
  IrregularityKind kind();

  /**
   * From when it is irregular: the date of the event out of place; for a notification of unknown
   * date, that of the approval it reports.
   */
  LocalDate date();

  /**
   * The event the irregularity is about, where a diagnostic points: the notification where one is
   * concerned, the signature where it is the signature that is out of place or incomplete,
   * otherwise the approval.
   */
  ProcedureEvent event();

  /**
   * The actors concerned, in this order: the organ whose approval is concerned, the party for which
   * no one signed, the sender of the notification concerned.
   */
  ImmutableList<ActorId> actors();

  /**
   * Signed before a required approval, though the rule has the signature come after it ("and
   * thereafter signed", Article 16(1)).
   *
   * @param signature the signature, which came too early
   * @param approval the approval it should have followed
   */
  record SignatureBeforeApproval(Signature signature, Approval approval) implements Irregularity {
    /** Checks that both events are given and out of order. */
    public SignatureBeforeApproval {
      checkNotNull(signature, "signature");
      checkNotNull(approval, "approval");
      checkArgument(
          signature.date().isBefore(approval.date()),
          "a signature of %s does not precede the approval of %s",
          signature.date(),
          approval.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.SIGNATURE_BEFORE_APPROVAL;
    }

    @Override
    public LocalDate date() {
      return signature.date();
    }

    @Override
    public ProcedureEvent event() {
      return signature;
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ());
    }
  }

  /**
   * Approved before the signature, where the rule has the signature come first.
   *
   * @param approval the approval, which came too early
   * @param signature the signature it should have followed
   */
  record ApprovalBeforeSignature(Approval approval, Signature signature) implements Irregularity {
    /** Checks that both events are given and out of order. */
    public ApprovalBeforeSignature {
      checkNotNull(approval, "approval");
      checkNotNull(signature, "signature");
      checkArgument(
          approval.date().isBefore(signature.date()),
          "an approval of %s does not precede the signature of %s",
          approval.date(),
          signature.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.APPROVAL_BEFORE_SIGNATURE;
    }

    @Override
    public LocalDate date() {
      return approval.date();
    }

    @Override
    public ProcedureEvent event() {
      return approval;
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ());
    }
  }

  /**
   * The recorded signature has no signatory for one party: it does not bind every party, so it is
   * not a signature of the agreement.
   *
   * @param signature the signature
   * @param party the party for which no one signed
   */
  record SignatureIncomplete(Signature signature, ActorId party) implements Irregularity {
    /** Checks that the party is given and indeed did not sign. */
    public SignatureIncomplete {
      checkNotNull(signature, "signature");
      checkNotNull(party, "party");
      checkArgument(
          !signature.partiesSigning().contains(party),
          "%s did sign on %s",
          party,
          signature.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.SIGNATURE_INCOMPLETE;
    }

    @Override
    public LocalDate date() {
      return signature.date();
    }

    @Override
    public ProcedureEvent event() {
      return signature;
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(party);
    }
  }

  /**
   * No written notification of a required approval is recorded (Articles 15 and 16(1)).
   *
   * @param approval the approval not notified
   */
  record NotificationMissing(Approval approval) implements Irregularity {
    /** Checks that the approval is given. */
    public NotificationMissing {
      checkNotNull(approval, "approval");
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.NOTIFICATION_MISSING;
    }

    @Override
    public LocalDate date() {
      return approval.date();
    }

    @Override
    public ProcedureEvent event() {
      return approval;
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ());
    }
  }

  /**
   * An irregularity of the written notification of an approval (Articles 15 and 16(1)): it is about
   * the notification, and concerns the approving organ and the party that notified.
   */
  sealed interface OfANotification extends Irregularity
      permits NotificationDateUnknown, NotificationBeforeApproval, NotificationAfterSignature {
    /** The approval notified. */
    Approval approval();

    /** The notification. */
    Notification notification();

    @Override
    default ProcedureEvent event() {
      return notification();
    }

    @Override
    default ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval().organ(), notification().sender());
    }
  }

  /**
   * A notification is recorded but its date is not known, as for the notifications of 2016; it is
   * irregular from the date of the approval it reports.
   *
   * @param approval the approval notified
   * @param notification the notification, of unknown date
   */
  record NotificationDateUnknown(Approval approval, Notification notification)
      implements OfANotification {
    /** Checks that the notification reports the approval and has no date. */
    public NotificationDateUnknown {
      checkNotNull(approval, "approval");
      checkNotNull(notification, "notification");
      checkReports(notification, approval);
      checkArgument(
          notification.date().isEmpty(), "the notification is dated %s", notification.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.NOTIFICATION_DATE_UNKNOWN;
    }

    @Override
    public LocalDate date() {
      return approval.date();
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ(), notification.sender());
    }
  }

  /**
   * A notification is dated before the approval it reports.
   *
   * @param approval the approval notified
   * @param notification the notification, dated before it
   */
  record NotificationBeforeApproval(Approval approval, Notification notification)
      implements OfANotification {
    /** Checks that the notification reports the approval and is dated before it. */
    public NotificationBeforeApproval {
      checkNotNull(approval, "approval");
      checkNotNull(notification, "notification");
      checkReports(notification, approval);
      checkArgument(
          notification.date().filter(date -> date.isBefore(approval.date())).isPresent(),
          "the notification is not dated before the approval of %s: %s",
          approval.date(),
          notification.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.NOTIFICATION_BEFORE_APPROVAL;
    }

    @Override
    public LocalDate date() {
      return notification.date().orElseThrow();
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ(), notification.sender());
    }
  }

  /**
   * A notification is dated after the signature it should precede (Article 16(1)).
   *
   * @param approval the approval notified
   * @param notification the notification, dated after the signature
   * @param signature the signature
   */
  record NotificationAfterSignature(
      Approval approval, Notification notification, Signature signature)
      implements OfANotification {
    /** Checks that the notification reports the approval and is dated after the signature. */
    public NotificationAfterSignature {
      checkNotNull(approval, "approval");
      checkNotNull(notification, "notification");
      checkNotNull(signature, "signature");
      checkReports(notification, approval);
      checkArgument(
          notification.date().filter(date -> date.isAfter(signature.date())).isPresent(),
          "the notification is not dated after the signature of %s: %s",
          signature.date(),
          notification.date());
    }

    @Override
    public IrregularityKind kind() {
      return IrregularityKind.NOTIFICATION_AFTER_SIGNATURE;
    }

    @Override
    public LocalDate date() {
      return notification.date().orElseThrow();
    }

    @Override
    public ImmutableList<ActorId> actors() {
      return ImmutableList.of(approval.organ(), notification.sender());
    }
  }

  private static void checkReports(Notification notification, Approval approval) {
    checkArgument(
        notification.reports().equals(approval.organ()),
        "the notification reports the approval by %s, not by %s",
        notification.reports(),
        approval.organ());
  }
}
