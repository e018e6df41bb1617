package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.text.PlainText;

/**
 * A decision to silence one rule at one location, and why: "the dates of the 2016 notifications are
 * not public". A {@link Report} keeps what it silenced with the reason.
 *
 * @param code the code of the rule silenced
 * @param location where it is silenced
 * @param reason why, for the people who read the report
 */
@API(status = STABLE, since = "0.1.0")
public record Suppression(RuleCode code, Location location, String reason) {
  /** Checks that every component is given, the code well formed and the reason not blank. */
  public Suppression {
    checkNotNull(code, "code");
    checkNotNull(location, "location");
    checkNotNull(reason, "reason");
    PlainText.check("reason", reason);
  }

  /** Whether this suppression silences {@code diagnostic}. */
  public boolean silences(Diagnostic diagnostic) {
    checkNotNull(diagnostic, "diagnostic");
    return diagnostic.code().equals(code) && diagnostic.location().equals(location);
  }
}
