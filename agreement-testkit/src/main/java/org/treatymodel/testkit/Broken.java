package org.treatymodel.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.Location;

/**
 * A dossier with one {@link Defect}, and what validating it must find: a diagnostic of rule {@code
 * code} at {@code location}, and nothing else that the well-formed dossier did not have.
 *
 * @param dossier the dossier with the defect
 * @param defect the defect
 * @param code the code of the rule it must trip, as {@code PROC-004}
 * @param location where that rule must report it
 */
public record Broken(Agreement dossier, Defect defect, String code, Location location) {
  /** Checks that every component is given. */
  public Broken {
    checkNotNull(dossier, "dossier");
    checkNotNull(defect, "defect");
    checkNotNull(code, "code");
    checkNotNull(location, "location");
  }

  /** The broken dossier in brief, for a failing property's report. */
  @Override
  public String toString() {
    return defect + " (" + code + " at " + location + ") in " + dossier.instrument();
  }
}
