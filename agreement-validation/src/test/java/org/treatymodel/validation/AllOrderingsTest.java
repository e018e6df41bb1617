package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.testkit.Orderings;
import org.treatymodel.testkit.Orderings.Event;
import org.treatymodel.testkit.Orderings.Ordering;
import org.treatymodel.validation.OrderingOracle.Oracle;

/**
 * Property 1 (with 4, 5 and 7) of the validation issue, exhaustively: every one of the 40,320
 * orderings in time of the eight events gives the status, entry-into-force dates and diagnostics
 * that an oracle written from Articles 15 and 16 over the order alone gives.
 *
 * <p>The validator here runs the rules that look at dates (procedure, chronology, amendments,
 * succession); the others read the text, which no ordering changes. {@link OrderingPropertiesTest}
 * runs the whole catalogue on sampled orderings. This class is left out of mutation testing, which
 * would run it once per mutant.
 */
class AllOrderingsTest {
  static final Validator DATE_RULES =
      Validator.of(Rules.PROCEDURE, Rules.CHRONOLOGY, Rules.AMENDMENTS, Rules.SUCCESSION)
          .withClock(GeneratedDossiersTest.VALIDATOR.clock());

  @Test
  void everyOrderingOfTheEightEventsAgreesWithTheOracle() {
    int orderings = 0;
    for (List<Event> order : Collections2.permutations(List.of(Event.values()))) {
      Ordering ordering = new Ordering(ImmutableList.copyOf(order));
      Oracle oracle = new Oracle(ordering);
      Agreement dossier = Orderings.dossier(ordering);
      String which = "ordering " + order;
      Amendment amendment = dossier.amendments().get(0);

      assertEquals(Optional.of(oracle.agreementInForce()), dossier.entryIntoForce(), which);
      assertEquals(Optional.of(oracle.amendmentInForce()), amendment.entryIntoForce(), which);
      assertEquals(
          Optional.of(oracle.amendmentTakesEffect()),
          dossier.consolidation().effectiveDate(amendment),
          which);
      for (LocalDate day : ordering.probes()) {
        Stage stage = dossier.statusOn(day).stage();
        assertEquals(oracle.stageOn(day), stage, which + " on " + day);
        boolean inForce = !day.isBefore(oracle.agreementInForce());
        // Property 4: once in force it stays in force, and it governs in place of the 1996
        // Cooperation Agreement, which it supersedes.
        assertEquals(
            Optional.of(inForce ? dossier.instrument() : Instruments.COOPERATION_AGREEMENT_1996),
            dossier.governingInstrumentOn(day),
            which + " on " + day);
        // Property 5: the amendment changes the text exactly from when it takes effect.
        // Before the first event of the procedure, the text did not exist: no version at all.
        assertEquals(
            !day.isBefore(oracle.amendmentTakesEffect()),
            dossier
                .findVersionOn(day)
                .map(version -> version.text().findProvision(Orderings.ADDED).isPresent())
                .orElse(false),
            which + " on " + day);
        assertEquals(
            day.isBefore(dossier.textRecordedFrom().orElseThrow()),
            dossier.findVersionOn(day).isEmpty(),
            which + " on " + day);
      }
      assertEquals(
          oracle.diagnostics(), OrderingOracle.entries(DATE_RULES.validate(dossier)), which);
      orderings++;
    }
    assertEquals(40_320, orderings);
  }
}
