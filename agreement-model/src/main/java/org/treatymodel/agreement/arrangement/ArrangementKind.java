package org.treatymodel.agreement.arrangement;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kinds of arrangement the Agreement anticipates, by the words it uses for them. */
@API(status = STABLE, since = "0.1.0")
public enum ArrangementKind {
  /** "supplementary arrangements" (Article 14; Articles 10 and 13(2)). */
  SUPPLEMENTARY,
  /**
   * "separate arrangements between the United Nations and the International Organization for
   * Migration" (Article 12).
   */
  SEPARATE,
  /**
   * "such administrative arrangements as may be concluded between the Secretary-General ... and the
   * Director General" (Article 11).
   */
  ADMINISTRATIVE,
  /**
   * "such arrangements as may be agreed upon from time to time between the Secretary-General ...
   * and the Director General" (Article 9).
   */
  WORKING
}
