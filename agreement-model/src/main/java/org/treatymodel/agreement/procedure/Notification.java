package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * A written notification of the date of an approval: "The United Nations and the International
 * Organization for Migration shall notify each other in writing of the date of such approval"
 * (Articles 15 and 16(1)). Its date may be unknown, as the dates of the notifications of 2016 are.
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Notification implements ProcedureEvent {
  Notification() {}

  /** A builder; {@code build()} rejects a missing attribute and a party notifying itself. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Notification}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableNotification.Builder delegate = new ImmutableNotification.Builder();

    Builder() {}

    /** Sets the date of the notification. */
    public Builder date(LocalDate date) {
      delegate.date(Optional.of(checkNotNull(date, "date")));
      return this;
    }

    /** Sets where the notification is reported. */
    public Builder provenance(String provenance) {
      delegate.provenance(Optional.of(Texts.checkText("notification provenance", provenance)));
      return this;
    }

    /** Sets {@link Notification#sender()}. */
    public Builder sender(ActorId sender) {
      delegate.sender(sender);
      return this;
    }

    /** Sets {@link Notification#recipient()}. */
    public Builder recipient(ActorId recipient) {
      delegate.recipient(recipient);
      return this;
    }

    /** Sets {@link Notification#reports()}. */
    public Builder reports(ActorId reports) {
      delegate.reports(reports);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Notification instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Notification}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Notification build() {
      return delegate.build();
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
  public final Kind kind() {
    return Kind.NOTIFICATION;
  }

  @Override
  public ImmutableList<ActorId> actors() {
    return ImmutableList.of(sender(), recipient(), reports());
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
