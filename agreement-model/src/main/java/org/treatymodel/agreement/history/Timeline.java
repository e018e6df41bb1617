package org.treatymodel.agreement.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import org.apiguardian.api.API;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.procedure.Succession;

/**
 * Events in date order; events of the same date keep the order they were given in. {@link
 * org.treatymodel.agreement.Agreement#history()} derives the history of an agreement from its
 * instruments and procedures, each event once. This class is immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class Timeline {
  private final ImmutableList<TimelineEvent> events;

  private Timeline(ImmutableList<TimelineEvent> events) {
    this.events = events;
  }

  /** The timeline of {@code events}, sorted by date. */
  public static Timeline of(Iterable<TimelineEvent> events) {
    return new Timeline(
        ImmutableList.sortedCopyOf(
            Comparator.comparing(TimelineEvent::date), Elements.list("events", events)));
  }

  /**
   * The history of a relationship derived from the facts recorded once: the dated {@code
   * instruments}, the approvals, dated notifications and signatures of the procedures of {@code
   * succession} (an approval names the resolution that records it, a signature the entry into force
   * it brings), and the {@code otherEvents}; each event once, named through {@code catalogue}.
   */
  public static Timeline derive(
      Succession succession,
      Catalogue catalogue,
      Iterable<Instrument> instruments,
      Iterable<TimelineEvent> otherEvents) {
    return Timelines.of(
        checkNotNull(succession, "succession"),
        checkNotNull(catalogue, "catalogue"),
        Elements.list("instruments", instruments),
        Elements.list("otherEvents", otherEvents));
  }

  /** Every event, in date order. */
  public ImmutableList<TimelineEvent> events() {
    return events;
  }

  /** The events from {@code from} to {@code to}, both included, in date order. */
  public ImmutableList<TimelineEvent> between(LocalDate from, LocalDate to) {
    checkNotNull(to, "to");
    checkNotNull(from, "from");
    checkArgument(!to.isBefore(from), "the end %s must not be before the start %s", to, from);
    return events.stream()
        .filter(event -> !event.date().isBefore(from) && !event.date().isAfter(to))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The date of the first event.
   *
   * @throws IllegalStateException if the timeline is empty
   */
  public LocalDate start() {
    checkNonEmpty();
    return events.get(0).date();
  }

  /**
   * The date of the last event.
   *
   * @throws IllegalStateException if the timeline is empty
   */
  public LocalDate end() {
    checkNonEmpty();
    return events.get(events.size() - 1).date();
  }

  private void checkNonEmpty() {
    if (events.isEmpty()) {
      throw new IllegalStateException("the timeline has no events");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Timeline that && that.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "Timeline" + events;
  }
}
