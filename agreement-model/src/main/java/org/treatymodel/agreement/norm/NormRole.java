package org.treatymodel.agreement.norm;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The part an actor other than the bearers plays in a {@link Norm}: to whom it is owed or whom it
 * benefits, the forum in whose sessions or meetings a right is exercised, the channel through whom
 * the bearer acts, the actor at whose invitation.
 */
@API(status = STABLE, since = "0.1.0")
public enum NormRole {
  /** To whom the norm is owed, or whom it benefits: the United Nations, for IOM's undertakings. */
  COUNTERPARTY("owed to or benefiting"),
  /**
   * The organ in whose sessions or meetings a right is exercised: the Council of IOM for the
   * Secretary-General (Article 5(1)), the General Assembly for the Director General (Article 5(2)).
   */
  FORUM("in"),
  /** Through whom the bearer acts: "through the Secretary-General" (Article 4). */
  CHANNEL("through"),
  /** At whose invitation: "at the invitation of the Security Council" (Article 5(2)). */
  INVITER("at the invitation of");

  private final String label;

  NormRole(String label) {
    this.label = label;
  }

  /** The role in a few words, for people: "through", "at the invitation of". */
  public String label() {
    return label;
  }
}
