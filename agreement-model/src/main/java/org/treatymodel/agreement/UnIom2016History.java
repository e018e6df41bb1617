package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.Instruments;

/**
 * The events of the relationship's history that are neither an instrument nor a procedure event:
 * the distribution of a letter as a document, and a briefing. Everything else on the timeline is
 * read from the instruments and the procedures ({@link Agreement#history()}).
 */
final class UnIom2016History {
  private UnIom2016History() {}

  static final ImmutableList<TimelineEvent> OTHER_EVENTS =
      ImmutableList.of(
          event(
              LocalDate.of(2016, 4, 12),
              "The Secretary-General's letter of 1 April 2016 is distributed as a document of the General"
                  + " Assembly",
              "source 000 (\"Distr.: General 12 April 2016\")",
              Instruments.LETTER_2016_04_01),
          event(
              LocalDate.of(2016, 7, 15),
              "Informal briefing on the draft Agreement by the Deputy Secretary-General, Jan Eliasson",
              "source 001",
              Instruments.NOTE_A_70_976));

  private static TimelineEvent event(
      LocalDate date, String description, String provenance, InstrumentId... instruments) {
    return TimelineEvent.builder()
        .date(date)
        .description(description)
        .provenance(provenance)
        .instruments(instruments)
        .build();
  }
}
