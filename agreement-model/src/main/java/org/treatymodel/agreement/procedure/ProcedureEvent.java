package org.treatymodel.agreement.procedure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An event of the procedure that brings an instrument into force: an {@link Approval} by an organ,
 * a written {@link Notification} of an approval, a {@link Signature}.
 */
public sealed interface ProcedureEvent permits Approval, Notification, Signature {

  /**
   * When the event happened, or empty where the date is not known (a notification under Article
   * 16(1)).
   */
  Optional<LocalDate> when();
}
