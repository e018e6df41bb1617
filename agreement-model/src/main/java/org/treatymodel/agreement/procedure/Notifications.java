package org.treatymodel.agreement.procedure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatymodel.agreement.actor.ActorId;

/**
 * The checks on written notifications shared by the rules of Articles 15 and 16(1): each required
 * approval should be notified in writing, on or after its date and, where a signature follows,
 * before it. None of these findings changes the date of entry into force.
 */
final class Notifications {
  private Notifications() {}

  static void check(
      Procedure procedure,
      Iterable<ActorId> required,
      Optional<Signature> signature,
      ImmutableList.Builder<Irregularity> found) {
    for (ActorId organ : required) {
      Optional<Approval> recorded = procedure.approvalBy(organ);
      if (recorded.isEmpty()) {
        continue;
      }
      Approval approval = recorded.get();
      List<Notification> notifications = procedure.notificationsOf(organ);
      if (notifications.isEmpty()) {
        found.add(new Irregularity.NotificationMissing(approval));
      }
      for (Notification notification : notifications) {
        if (notification.date().isEmpty()) {
          found.add(new Irregularity.NotificationDateUnknown(approval, notification));
          continue;
        }
        LocalDate notified = notification.date().get();
        if (notified.isBefore(approval.date())) {
          found.add(new Irregularity.NotificationBeforeApproval(approval, notification));
        }
        if (signature.isPresent() && notified.isAfter(signature.get().date())) {
          found.add(
              new Irregularity.NotificationAfterSignature(approval, notification, signature.get()));
        }
      }
    }
  }

  /** The irregularities of {@code found} and of an incomplete signature, oldest first. */
  static ImmutableList<Irregularity> oldestFirst(
      Procedure procedure, ImmutableList.Builder<Irregularity> found) {
    found.addAll(procedure.signatureIrregularities());
    return ImmutableList.sortedCopyOf(Irregularity.ORDER, found.build());
  }
}
