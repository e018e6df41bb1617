package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instruments;

class HistoryTest {
  private final Timeline history = UnIomAgreement.history();

  @Test
  void runsFromObserverStatusToSignature() {
    assertEquals(LocalDate.of(1992, 10, 16), history.start());
    assertEquals(LocalDate.of(2016, 9, 19), history.end());
    assertTrue(history.events().get(0).instruments().contains(Instruments.GA_RESOLUTION_47_4));
  }

  @Test
  void eventsAreInDateOrder() {
    List<TimelineEvent> events = history.events();
    for (int i = 1; i < events.size(); i++) {
      assertTrue(
          !events.get(i).date().isBefore(events.get(i - 1).date()), events.get(i).toString());
    }
  }

  @Test
  void theYear2016() {
    List<TimelineEvent> in2016 =
        history.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));
    assertEquals(LocalDate.of(2016, 2, 5), in2016.get(0).date());
    assertTrue(
        in2016.stream().anyMatch(event -> event.date().equals(LocalDate.of(2016, 7, 25))),
        "the General Assembly's approval");
  }

  @Test
  void undatedInstrumentsAreNotOnTheTimeline() {
    assertTrue(
        history.events().stream()
            .noneMatch(
                event -> event.instruments().contains(Instruments.CHARTER_OF_THE_UNITED_NATIONS)));
  }
}
