package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import org.apiguardian.api.API;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.text.PlainText;

/**
 * One finding of a {@link Rule}: the rule's code ({@code PROC-001}), a severity, the {@link
 * Location} it concerns, that location in words ({@code where}, "Article 5(1)", "the approval by
 * the IOM Council of 30 June 2016 (the 2016 Agreement)"), and a message that says what is wrong and
 * what would be right, naming actors and instruments by name. Instances are immutable.
 *
 * @param code the code of the rule that found it
 * @param severity how serious it is
 * @param location where it was found
 * @param where the location in words, for people
 * @param message what is wrong and what would be right
 */
@API(status = STABLE, since = "0.1.0")
public record Diagnostic(
    RuleCode code, Severity severity, Location location, String where, String message) {

  /** The order of a report: by location (as a reader meets them), then code, then message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  /** Checks that every component is given, and that code and texts are not blank. */
  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(location, "location");
    checkNotNull(where, "where");
    checkNotNull(message, "message");
    checkArgument(!PlainText.isBlank(where), "where must not be blank: %s", PlainText.quote(where));
    checkArgument(
        !PlainText.isBlank(message), "message must not be blank: %s", PlainText.quote(message));
  }

  /** The diagnostic on one line: {@code ERROR PROC-001 at Article 5(1): message}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + where + ": " + message;
  }
}
