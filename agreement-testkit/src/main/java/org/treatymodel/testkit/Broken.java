package org.treatymodel.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.location.Location;

/**
 * A dossier with one {@link Defect}, and what validating it must find: a diagnostic of rule {@code
 * code} at {@code location}, and nothing else that the well-formed dossier did not have.
 *
 * @param dossier the dossier with the defect
 * @param defect the defect
 * @param location where that rule must report it
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Broken(Agreement dossier, Defect defect, Location location) {
  /** Checks that every component is given. */
  public Broken {
    checkNotNull(dossier, "dossier");
    checkNotNull(defect, "defect");
    checkNotNull(location, "location");
  }

  /** The code of the rule the defect trips: the defect's. */
  public String code() {
    return defect.code();
  }

  /** The broken dossier in brief, for a failing property's report. */
  @Override
  public String toString() {
    return defect + " (" + code() + " at " + location + ") in " + dossier.instrument();
  }
}
