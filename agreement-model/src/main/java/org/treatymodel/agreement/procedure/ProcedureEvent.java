package org.treatymodel.agreement.procedure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An event of the procedure that brings an instrument into force: an {@link Approval} by an organ,
 * a written {@link Notification} of an approval, a {@link Signature}. Each is recorded once, in the
 * procedure; the history's timeline is read from it.
 */
public sealed interface ProcedureEvent permits Approval, Notification, Signature {

  /**
   * When the event happened, or empty where the date is not known (a notification under Article
   * 16(1)).
   */
  Optional<LocalDate> when();

  /** Where the event is reported: a source document or FACTS.md, if recorded. */
  Optional<String> provenance();
}
