package org.treatymodel.agreement.actor;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What sort of body or post an {@link Actor} is. */
@API(status = STABLE, since = "0.1.0")
public enum ActorKind {
  /**
   * A party to the Agreement, with a constituent instrument: "the United Nations and the
   * International Organization for Migration" (preamble), or an organization of the United Nations
   * system (Article 9).
   */
  ORGANIZATION,
  /**
   * A body of an Organization: the General Assembly, the Council of IOM, the Secretariat (Articles
   * 5, 9).
   */
  ORGAN,
  /** A post that acts: the Secretary-General, the Director General (Articles 5, 6, 9, 11, 14). */
  OFFICE,
  /**
   * A United Nations body for cooperation and coordination in which IOM takes part (Article 3(2)).
   */
  COORDINATION_BODY,
  /**
   * The "Members of the staff of the International Organization for Migration" (Article 11):
   * neither an organ nor an office, but the bearers of the entitlement to the laissez-passer.
   */
  STAFF
}
