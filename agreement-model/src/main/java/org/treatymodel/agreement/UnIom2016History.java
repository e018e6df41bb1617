package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.procedure.Procedure;

/**
 * The events of the relationship's history that are not themselves instruments: meetings, a
 * briefing, and (read from the procedure) the signature and the entry into force. Each comes from a
 * source or FACTS.md; the dates of the written notifications under Article 16(1) are not public, so
 * they are not on the timeline.
 */
final class UnIom2016History {
  private UnIom2016History() {}

  static final ImmutableList<TimelineEvent> EVENTS =
      ImmutableList.of(
          event(
              LocalDate.of(2016, 4, 12),
              "The Secretary-General's letter of 1 April 2016 is distributed as a document of the General"
                  + " Assembly",
              "source 000",
              Instruments.LETTER_2016_04_01),
          event(
              LocalDate.of(2016, 6, 30),
              "The Council of IOM, at its first special session, approves the draft Agreement",
              "FACTS.md; source 001",
              Instruments.IOM_COUNCIL_RESOLUTION_1317,
              Instruments.RELATIONSHIP_AGREEMENT_2016),
          event(
              LocalDate.of(2016, 7, 15),
              "Informal briefing on the draft Agreement by the Deputy Secretary-General, Jan Eliasson",
              "source 001",
              Instruments.NOTE_A_70_976),
          event(
              LocalDate.of(2016, 7, 25),
              "The General Assembly approves the Agreement unanimously, directly in plenary without"
                  + " reference to a Main Committee, at the 112th plenary meeting of its seventieth session",
              "FACTS.md",
              Instruments.GA_RESOLUTION_70_296,
              Instruments.RELATIONSHIP_AGREEMENT_2016));

  /**
   * The signature and entry into force of the 2016 Agreement, read from its procedure so that the
   * timeline and the status logic cannot disagree.
   */
  static ImmutableList<TimelineEvent> procedureEvents(Procedure procedure) {
    ImmutableList.Builder<TimelineEvent> events = ImmutableList.builder();
    procedure
        .signature()
        .ifPresent(
            signature ->
                events.add(
                    event(
                        signature.date(),
                        "Secretary-General Ban Ki-moon and Director General William Lacy Swing sign the"
                            + " Agreement"
                            + signature.place().map(place -> " in " + place).orElse("")
                            + ", at the high-level plenary meeting on addressing large movements of"
                            + " refugees and migrants",
                        "FACTS.md",
                        procedure.instrument())));
    procedure
        .entryIntoForce()
        .ifPresent(
            date ->
                events.add(
                    event(
                        date,
                        "The Agreement enters into force upon signature and supersedes and replaces the"
                            + " Cooperation Agreement of 25 June 1996 (Article 16)",
                        "FACTS.md; source 001, Article 16",
                        procedure.instrument(),
                        procedure.supersedes().orElseThrow())));
    return events.build();
  }

  private static TimelineEvent event(
      LocalDate date, String description, String provenance, InstrumentId... instruments) {
    return TimelineEvent.builder()
        .date(date)
        .description(description)
        .provenance(provenance)
        .addInstruments(instruments)
        .build();
  }
}
