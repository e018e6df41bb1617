package org.treatymodel.validation;

import com.google.common.collect.ImmutableMap;
import org.treatymodel.agreement.Location;
import org.treatymodel.agreement.Location.AtActor;
import org.treatymodel.agreement.Location.AtEvent;
import org.treatymodel.agreement.Location.AtInstrument;
import org.treatymodel.agreement.Location.AtNorm;
import org.treatymodel.agreement.Location.AtProvision;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;

/** A {@link Location} as plain data: its kind and the identifiers that find it. */
final class Locations {
  private Locations() {}

  static ImmutableMap<String, Object> toData(Location location) {
    ImmutableMap.Builder<String, Object> data = ImmutableMap.builder();
    if (location instanceof AtProvision at) {
      data.put("kind", "provision").put("provision", at.provision().toString());
    } else if (location instanceof AtNorm at) {
      data.put("kind", "norm")
          .put("norm", at.norm().toString())
          .put("provision", at.norm().provision().toString());
    } else if (location instanceof AtEvent at) {
      data.put("kind", "event").put("instrument", at.instrument().value());
      event(data, at.event());
    } else if (location instanceof AtInstrument at) {
      data.put("kind", "instrument").put("instrument", at.instrument().value());
    } else {
      data.put("kind", "actor").put("actor", ((AtActor) location).actor().value());
    }
    return data.buildOrThrow();
  }

  private static void event(ImmutableMap.Builder<String, Object> data, ProcedureEvent event) {
    if (event instanceof Approval approval) {
      data.put("event", "approval").put("organ", approval.organ().value());
    } else if (event instanceof Notification notification) {
      data.put("event", "notification")
          .put("sender", notification.sender().value())
          .put("recipient", notification.recipient().value())
          .put("reports", notification.reports().value());
    } else {
      data.put("event", "signature")
          .put(
              "parties",
              ((Signature) event).partiesSigning().stream().map(party -> party.value()).toList());
    }
    event.when().ifPresent(date -> data.put("date", date.toString()));
  }
}
