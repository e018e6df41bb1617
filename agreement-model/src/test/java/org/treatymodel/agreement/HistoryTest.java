package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

class HistoryTest {
  private final Timeline history = UnIomAgreement.agreement().history();

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
  void eachEventIsToldOnce() {
    for (LocalDate date :
        List.of(
            LocalDate.of(2016, 6, 30),
            LocalDate.of(2016, 7, 25),
            LocalDate.of(2016, 9, 19),
            LocalDate.of(1996, 6, 25))) {
      assertEquals(1, history.between(date, date).size(), date.toString());
    }
    for (TimelineEvent event : history.events()) {
      assertEquals(
          1,
          history.events().stream()
              .filter(other -> other.description().equals(event.description()))
              .count(),
          event.description());
    }
  }

  @Test
  void theHistoryIsReadFromTheProcedures() {
    TimelineEvent signature =
        history.between(LocalDate.of(2016, 9, 19), LocalDate.of(2016, 9, 19)).get(0);
    assertEquals(
        "The 2016 Agreement is signed in New York by Secretary-General Ban Ki-moon and Director"
            + " General William Lacy Swing, at the high-level plenary meeting of the General"
            + " Assembly on addressing large movements of refugees and migrants; it enters into force"
            + " upon signature and supersedes and replaces the Cooperation Agreement of 25 June 1996",
        signature.description());
    assertEquals(
        List.of(Instruments.RELATIONSHIP_AGREEMENT_2016, Instruments.COOPERATION_AGREEMENT_1996),
        signature.instruments());
    TimelineEvent approval =
        history.between(LocalDate.of(2016, 6, 30), LocalDate.of(2016, 6, 30)).get(0);
    assertEquals(
        "The IOM Council approves the 2016 Agreement by IOM Council resolution No. 1317, at its"
            + " first special session",
        approval.description());
    assertTrue(approval.instruments().contains(Instruments.IOM_COUNCIL_RESOLUTION_1317));
  }

  @Test
  void noEventNamesAnActorOrInstrumentByItsIdentifier() {
    for (TimelineEvent event : history.events()) {
      assertTrue(
          !event.description().matches(".*\\b(un|iom)\\.[a-z-]+.*")
              && !event.description().contains("agreement/"),
          event.description());
    }
  }

  @Test
  void undatedInstrumentsAreNotOnTheTimeline() {
    assertTrue(
        history.events().stream()
            .noneMatch(
                event -> event.instruments().contains(Instruments.CHARTER_OF_THE_UNITED_NATIONS)));
  }
}
