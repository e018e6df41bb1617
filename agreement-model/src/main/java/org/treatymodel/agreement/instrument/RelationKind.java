package org.treatymodel.agreement.instrument;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How one {@link Instrument} bears on another, in the verbs the instruments themselves use. */
@API(status = STABLE, since = "0.1.0")
public enum RelationKind {
  /** "Recalling ..." */
  RECALLS,
  /** "Taking note of ..." */
  TAKES_NOTE_OF,
  /** "Approves ..." */
  APPROVES,
  /** "... supersedes and replaces ..." (Article 16(2)) */
  SUPERSEDES,
  /**
   * The instrument carries another to its addressee ("transmitted resolution No. 1309", "presenting
   * the draft Agreement").
   */
  TRANSMITS,
  /** A letter of reply to an earlier letter. */
  REPLIES_TO,
  /** The instrument was adopted on the basis of a draft ("on draft A/70/L.57"). */
  ADOPTS_DRAFT,
  /**
   * An arrangement implements an agreement ("for the purpose of implementing the present
   * Agreement", Article 14).
   */
  IMPLEMENTS
}
