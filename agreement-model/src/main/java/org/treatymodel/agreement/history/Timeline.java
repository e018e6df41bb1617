package org.treatymodel.agreement.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.treatymodel.agreement.instrument.Instrument;

/**
 * Events in date order; events of the same date keep the order they were given in. This class is
 * immutable.
 */
public final class Timeline {
  private final ImmutableList<TimelineEvent> events;

  private Timeline(ImmutableList<TimelineEvent> events) {
    this.events = events;
  }

  /** The timeline of {@code events}, sorted by date. */
  public static Timeline of(Iterable<TimelineEvent> events) {
    checkNotNull(events, "events");
    return new Timeline(
        ImmutableList.sortedCopyOf(Comparator.comparing(TimelineEvent::date), events));
  }

  /**
   * The timeline of every dated instrument (one event each, described by its kind and title) merged
   * with {@code events}. Instruments without a date are left out: they have no place on a timeline.
   */
  public static Timeline of(Iterable<Instrument> instruments, Iterable<TimelineEvent> events) {
    checkNotNull(instruments, "instruments");
    ImmutableList.Builder<TimelineEvent> all = ImmutableList.builder();
    for (Instrument instrument : instruments) {
      instrument
          .date()
          .ifPresent(
              date ->
                  all.add(
                      TimelineEvent.builder()
                          .date(date)
                          .description(describe(instrument))
                          .addInstruments(instrument.id())
                          .provenance(instrument.provenance())
                          .build()));
    }
    return of(all.addAll(events).build());
  }

  private static String describe(Instrument instrument) {
    String kind = instrument.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return instrument.id() + " (" + kind + "): " + instrument.title();
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

  /** The date of the first event. @throws IllegalStateException if the timeline is empty */
  public LocalDate start() {
    checkNonEmpty();
    return events.get(0).date();
  }

  /** The date of the last event. @throws IllegalStateException if the timeline is empty */
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
