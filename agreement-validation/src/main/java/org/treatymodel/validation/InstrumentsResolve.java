package org.treatymodel.validation;

import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;

/** REF-005: every instrument an instrument relates to, or a recital cites, is known. */
final class InstrumentsResolve extends BaseRule {
  InstrumentsResolve() {
    super(
        "REF-005",
        Severity.ERROR,
        "every instrument that an instrument relates to, or that a recital cites, is known");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (Instrument instrument : agreement.instruments()) {
      for (InstrumentRelation relation : instrument.relations()) {
        if (agreement.findInstrument(relation.target()).isEmpty()) {
          findings.accept(
              instrument.id().toString(),
              relation.kind() + " " + relation.target() + ", which is not among the instruments");
        }
      }
    }
    for (int number = 1; number <= agreement.text().recitals().size(); number++) {
      for (InstrumentId cited : agreement.text().recital(number).cites()) {
        if (agreement.findInstrument(cited).isEmpty()) {
          findings.accept(
              "preamble__recital_" + number,
              "cites " + cited + ", which is not among the instruments");
        }
      }
    }
  }
}
