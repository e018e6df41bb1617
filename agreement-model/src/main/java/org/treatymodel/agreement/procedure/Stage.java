package org.treatymodel.agreement.procedure;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How far an instrument has come on a given date, as its {@link Status} says. The stages are in the
 * order an instrument passes through them.
 */
@API(status = STABLE, since = "0.1.0")
public enum Stage {
  /**
   * No event of its procedure is recorded on or before that date: as far as the record goes, the
   * instrument does not yet exist (on 1 January 2015 the 2016 Agreement did not exist, not even as
   * a negotiated text). A procedure that records no dated event is in this stage on every date, so
   * that the status on a day depends only on the events of that day and before.
   */
  NOT_YET_IN_EXISTENCE("not yet in existence"),
  /**
   * An event of its procedure is recorded by that date, so a text exists, but no approval,
   * signature or entry into force: a notification dated before any approval.
   */
  NEGOTIATED("negotiated"),
  /** Signed, but not approved by any required organ and not in force (the signed-first pattern). */
  SIGNED("signed"),
  /** Approved by some, not all, of the required organs. */
  APPROVED_IN_PART("approved by one of the required organs"),
  /** Approved by every required organ, not yet in force. */
  APPROVED("approved by every required organ"),
  /** In force. */
  IN_FORCE("in force"),
  /** Superseded by a later instrument that has entered into force (Article 16(2)). */
  SUPERSEDED("superseded");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /** The stage in words, for people: "in force", "not yet in existence". */
  public String label() {
    return label;
  }
}
