package org.treatymodel.agreement.procedure;

/** How far an instrument has come on a given date, as its {@link Status} says. */
public enum Stage {
  /** No approval, signature or entry into force by that date: at most a negotiated text. */
  NEGOTIATED,
  /** Signed, but not approved by any required organ and not in force (the signed-first pattern). */
  SIGNED,
  /** Approved by some, not all, of the required organs. */
  APPROVED_IN_PART,
  /** Approved by every required organ, not yet in force. */
  APPROVED,
  /** In force. */
  IN_FORCE,
  /** Superseded by a later instrument that has entered into force (Article 16(2)). */
  SUPERSEDED
}
