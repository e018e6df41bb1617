package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.ActorId;

/**
 * An event of the procedure that brings an instrument into force: an {@link Approval} by an organ,
 * a written {@link Notification} of an approval, a {@link Signature}. Each is recorded once, in the
 * procedure; the history's timeline is read from it.
 *
 * <p>Code that treats the three differently does so through {@link #match}, the one dispatch over
 * the family: a fourth kind of event would fail to compile at every place that must learn of it.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface ProcedureEvent permits Approval, Notification, Signature {

  /** The three kinds of event, in the order a procedure usually meets them. */
  enum Kind {
    /** An {@link Approval}. */
    APPROVAL,
    /** A {@link Notification}. */
    NOTIFICATION,
    /** A {@link Signature}. */
    SIGNATURE
  }

  /**
   * Orders events by date (those of unknown date last), then by {@link #key()}: the order in which
   * diagnostics, timelines and documents list them.
   */
  Comparator<ProcedureEvent> ORDER =
      Comparator.comparing(
              (ProcedureEvent event) -> event.when().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ProcedureEvent::key);

  /** Which of the three kinds this event is. */
  Kind kind();

  /**
   * The one dispatch over the family: applies the function for this event's kind and returns its
   * result.
   */
  default <R> R match(
      Function<? super Approval, ? extends R> approval,
      Function<? super Notification, ? extends R> notification,
      Function<? super Signature, ? extends R> signature) {
    checkNotNull(approval, "approval");
    checkNotNull(notification, "notification");
    checkNotNull(signature, "signature");
    // Exhaustive over the kinds, and each kind is one class of the sealed family.
    return switch (kind()) {
      case APPROVAL -> approval.apply((Approval) this);
      case NOTIFICATION -> notification.apply((Notification) this);
      case SIGNATURE -> signature.apply((Signature) this);
    };
  }

  /**
   * When the event happened, or empty where the date is not known (a notification under Article
   * 16(1)).
   */
  Optional<LocalDate> when();

  /** Where the event is reported: a source document by its symbol, if recorded. */
  Optional<String> provenance();

  /**
   * The actors the event names: the approving organ; the sender, the recipient and the organ whose
   * approval a notification reports; the parties that signed.
   */
  ImmutableList<ActorId> actors();

  /**
   * A stable key that tells this event apart from the other events of one procedure, in
   * identifiers: {@code approval by iom.council on 2016-06-30}, {@code notification by un of the
   * approval by un.general-assembly on undated}, {@code signature on 2016-09-19}.
   */
  default String key() {
    String date = when().map(LocalDate::toString).orElse("undated");
    return match(
        approval -> "approval by " + approval.organ() + " on " + date,
        notification ->
            "notification by "
                + notification.sender()
                + " of the approval by "
                + notification.reports()
                + " on "
                + date,
        signature -> "signature on " + date);
  }
}
