package org.treatymodel.validation;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.location.Location.AtActor;
import org.treatymodel.agreement.location.Location.AtEvent;
import org.treatymodel.agreement.location.Location.AtInstrument;
import org.treatymodel.agreement.location.Location.AtNorm;
import org.treatymodel.agreement.location.Location.AtProvision;
import org.treatymodel.agreement.procedure.ProcedureEvent;

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
    data.put("event", event.kind().name().toLowerCase(Locale.ROOT));
    Map<String, Object> facts =
        event.match(
            approval -> ImmutableMap.<String, Object>of("organ", approval.organ().value()),
            notification ->
                ImmutableMap.<String, Object>of(
                    "sender", notification.sender().value(),
                    "recipient", notification.recipient().value(),
                    "reports", notification.reports().value()),
            signature ->
                ImmutableMap.<String, Object>of(
                    "parties",
                    signature.partiesSigning().stream().map(party -> party.value()).toList()));
    data.putAll(facts);
    event.when().ifPresent(date -> data.put("date", date.toString()));
  }
}
