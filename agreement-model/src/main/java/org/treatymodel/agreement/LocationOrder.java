package org.treatymodel.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.Location.AtEvent;
import org.treatymodel.agreement.Location.AtInstrument;
import org.treatymodel.agreement.Location.AtNorm;
import org.treatymodel.agreement.Location.AtProvision;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.ProvisionId;

/** The order of {@link Location}s, and a stable key for a procedure event. */
final class LocationOrder {
  private LocationOrder() {}

  static final Comparator<Location> COMPARATOR =
      Comparator.comparingInt(LocationOrder::rank)
          .thenComparing(
              LocationOrder::provisionOrNull, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(LocationOrder::normOrdinal)
          .thenComparing(LocationOrder::dateOrNull, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(LocationOrder::rest);

  private static int rank(Location location) {
    if (location instanceof AtProvision || location instanceof AtNorm) {
      return 0;
    }
    if (location instanceof AtEvent) {
      return 1;
    }
    return location instanceof AtInstrument ? 2 : 3;
  }

  private static @Nullable ProvisionId provisionOrNull(Location location) {
    if (location instanceof AtProvision at) {
      return at.provision();
    }
    return location instanceof AtNorm at ? at.norm().provision() : null;
  }

  /** 0 for a provision, so that it comes before the norms it states. */
  private static int normOrdinal(Location location) {
    return location instanceof AtNorm at ? at.norm().ordinal() : 0;
  }

  private static @Nullable LocalDate dateOrNull(Location location) {
    return location instanceof AtEvent at ? at.event().when().orElse(null) : null;
  }

  private static String rest(Location location) {
    return location instanceof AtEvent at
        ? eventKey(at.event()) + " " + at.instrument()
        : location.toString();
  }

  static String eventKey(ProcedureEvent event) {
    String date = event.when().map(LocalDate::toString).orElse("undated");
    if (event instanceof Approval approval) {
      return "approval by " + approval.organ() + " on " + date;
    }
    if (event instanceof Notification notification) {
      return "notification by "
          + notification.sender()
          + " of the approval by "
          + notification.reports()
          + " on "
          + date;
    }
    return "signature on " + ((Signature) event).date();
  }
}
