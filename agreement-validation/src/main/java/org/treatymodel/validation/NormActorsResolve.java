package org.treatymodel.validation;

import com.google.common.collect.Iterables;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.norm.Norm;

/** REF-001: every bearer and counterparty of a norm is an actor of the agreement. */
final class NormActorsResolve extends BaseRule {
  NormActorsResolve() {
    super(
        "REF-001",
        Severity.ERROR,
        "every bearer and counterparty of a norm is an actor of the agreement");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    for (Norm norm : agreement.norms()) {
      for (ActorId actor :
          Iterables.concat(
              norm.bearers(),
              norm.counterparties(),
              norm.forums(),
              norm.channels(),
              norm.inviters())) {
        if (agreement.findActor(actor).isEmpty()) {
          findings.accept(
              norm.id().toString(),
              "names actor "
                  + actor
                  + ", which the agreement does not list; add it to the actors"
                  + " or name a listed one");
        }
      }
    }
  }
}
