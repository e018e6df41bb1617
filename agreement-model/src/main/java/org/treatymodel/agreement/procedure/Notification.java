package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * A written notification of the date of an approval: "The United Nations and the International
 * Organization for Migration shall notify each other in writing of the date of such approval"
 * (Articles 15 and 16(1)). Its date may be unknown, as the dates of the notifications of 2016 are.
 * Instances are immutable.
 */
@Value.Immutable
public abstract non-sealed class Notification implements ProcedureEvent {
  Notification() {}

  /** A builder; {@code build()} rejects a missing attribute and a party notifying itself. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Notification}. */
  public static final class Builder extends ImmutableNotification.Builder {
    Builder() {}

    /** Sets the date of the notification. */
    public Builder date(LocalDate date) {
      return date(Optional.of(checkNotNull(date, "date")));
    }

    /** Sets where the notification is reported. */
    public Builder provenance(String provenance) {
      return provenance(Optional.of(Texts.checkText("notification provenance", provenance)));
    }
  }

  /**
   * {@code from} notifies {@code to} of the approval by {@code approvingOrgan}, on {@code date}.
   */
  public static Notification of(ActorId from, ActorId to, ActorId approvingOrgan, LocalDate date) {
    return builder().sender(from).recipient(to).reports(approvingOrgan).date(date).build();
  }

  /**
   * {@code from} notifies {@code to} of the approval by {@code approvingOrgan}, on a date not
   * known.
   */
  public static Notification undated(ActorId from, ActorId to, ActorId approvingOrgan) {
    return builder().sender(from).recipient(to).reports(approvingOrgan).build();
  }

  /** The party that notifies. */
  public abstract ActorId sender();

  /** The party notified. */
  public abstract ActorId recipient();

  /** The organ whose approval the notification reports. */
  public abstract ActorId reports();

  /** The date of the notification, or empty if it is not known. */
  @Value.Default
  public Optional<LocalDate> date() {
    return Optional.empty();
  }

  @Value.Default
  @Override
  public Optional<String> provenance() {
    return Optional.empty();
  }

  @Override
  public Optional<LocalDate> when() {
    return date();
  }

  @Value.Check
  void check() {
    checkArgument(
        !sender().equals(recipient()),
        "a party cannot notify itself: from %s to %s",
        sender(),
        recipient());
    provenance().ifPresent(words -> Texts.checkText("notification provenance", words));
  }
}
