package org.treatymodel.agreement.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final LocalDate MAY = LocalDate.of(2016, 5, 1);
  private static final LocalDate JUNE = LocalDate.of(2016, 6, 1);
  private static final LocalDate JULY = LocalDate.of(2016, 7, 1);

  private static TimelineEvent event(LocalDate date, String description) {
    return TimelineEvent.builder().date(date).description(description).provenance("test").build();
  }

  @Test
  void eventsAreSortedByDateKeepingTheOrderOfEqualDates() {
    Timeline timeline =
        Timeline.of(List.of(event(JULY, "c"), event(MAY, "a"), event(JULY, "d"), event(JUNE, "b")));
    assertEquals(
        List.of("a", "b", "c", "d"),
        timeline.events().stream().map(TimelineEvent::description).toList());
    assertEquals(MAY, timeline.start());
    assertEquals(JULY, timeline.end());
  }

  @Test
  void betweenIncludesBothEnds() {
    Timeline timeline = Timeline.of(List.of(event(MAY, "a"), event(JUNE, "b"), event(JULY, "c")));
    assertEquals(List.of("b"), descriptions(timeline.between(JUNE, JUNE)));
    assertEquals(List.of("a", "b"), descriptions(timeline.between(MAY, JUNE)));
    assertEquals(List.of("b", "c"), descriptions(timeline.between(JUNE, JULY)));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> timeline.between(JULY, MAY));
    assertEquals("the end 2016-05-01 must not be before the start 2016-07-01", error.getMessage());
  }

  @Test
  void anEmptyTimelineHasNoStartOrEnd() {
    Timeline empty = Timeline.of(List.of());
    assertThrows(IllegalStateException.class, empty::start);
    assertThrows(IllegalStateException.class, empty::end);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Timeline.of(List.of(event(MAY, "a"))), Timeline.of(List.of(event(MAY, "a"))))
        .addEqualityGroup(Timeline.of(List.of(event(JUNE, "a"))))
        .testEquals();
    assertTrue(Timeline.of(List.of(event(MAY, "a"))).toString().startsWith("Timeline["));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimelineEvent.builder().date(MAY).description("a").provenance(" ").build());
  }

  private static List<String> descriptions(List<TimelineEvent> events) {
    return events.stream().map(TimelineEvent::description).toList();
  }
}
