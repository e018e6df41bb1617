package org.treatymodel.agreement.procedure;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What is out of the order an entry-into-force rule expects. */
@API(status = STABLE, since = "0.1.0")
public enum IrregularityKind {
  /** Signed before a required approval, though Article 16(1) has signature come "thereafter". */
  SIGNATURE_BEFORE_APPROVAL,
  /**
   * Approved before signature, where the rule has signature come first (UN–ISA 1997, UN–CTBTO
   * 2000).
   */
  APPROVAL_BEFORE_SIGNATURE,
  /**
   * The recorded signature does not bind every party: no signatory signed for one of them. It is
   * not a signature of the agreement, which does not enter into force by it.
   */
  SIGNATURE_INCOMPLETE,
  /** No written notification of a required approval is recorded (Articles 15, 16(1)). */
  NOTIFICATION_MISSING,
  /** A notification is recorded but its date is not known, as for the notifications of 2016. */
  NOTIFICATION_DATE_UNKNOWN,
  /** A notification is dated before the approval it reports. */
  NOTIFICATION_BEFORE_APPROVAL,
  /** A notification is dated after the signature it should precede (Article 16(1)). */
  NOTIFICATION_AFTER_SIGNATURE
}
