package org.treatymodel.agreement.procedure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
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
      Optional<LocalDate> signature,
      ImmutableList.Builder<Irregularity> found) {
    for (ActorId organ : required) {
      Optional<Approval> approval = procedure.approvalBy(organ);
      if (approval.isEmpty()) {
        continue;
      }
      LocalDate approved = approval.get().date();
      List<Notification> notifications = procedure.notificationsOf(organ);
      if (notifications.isEmpty()) {
        found.add(
            Irregularity.of(
                IrregularityKind.NOTIFICATION_MISSING,
                approved,
                "no written notification of the approval by "
                    + organ
                    + " of "
                    + approved
                    + " is recorded"));
      }
      for (Notification notification : notifications) {
        if (notification.date().isEmpty()) {
          found.add(
              Irregularity.of(
                  IrregularityKind.NOTIFICATION_DATE_UNKNOWN,
                  approved,
                  "the date of the notification by "
                      + notification.sender()
                      + " of the approval by "
                      + organ
                      + " is not known; it is presumed to have been made in time, and the status is"
                      + " unaffected"));
          continue;
        }
        LocalDate notified = notification.date().get();
        if (notified.isBefore(approved)) {
          found.add(
              Irregularity.of(
                  IrregularityKind.NOTIFICATION_BEFORE_APPROVAL,
                  notified,
                  "notification of "
                      + notified
                      + " reports the approval by "
                      + organ
                      + " of "
                      + approved
                      + ", which had not yet been given"));
        }
        if (signature.isPresent() && notified.isAfter(signature.get())) {
          found.add(
              Irregularity.of(
                  IrregularityKind.NOTIFICATION_AFTER_SIGNATURE,
                  notified,
                  "notification of "
                      + notified
                      + " of the approval by "
                      + organ
                      + " comes after the"
                      + " signature of "
                      + signature.get()
                      + ", which it should precede"));
        }
      }
    }
  }

  static ImmutableList<Irregularity> oldestFirst(ImmutableList.Builder<Irregularity> found) {
    return ImmutableList.sortedCopyOf(Comparator.comparing(Irregularity::date), found.build());
  }
}
