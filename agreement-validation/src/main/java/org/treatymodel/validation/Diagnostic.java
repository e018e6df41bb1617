package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import org.treatymodel.agreement.Location;
import org.treatymodel.agreement.internal.Texts;

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
public record Diagnostic(
    String code, Severity severity, Location location, String where, String message) {

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
    checkArgument(Rule.isCode(code), "code must be like PROC-001: %s", Texts.quote(code));
    checkArgument(!Texts.isBlank(where), "where must not be blank: %s", Texts.quote(where));
    checkArgument(!Texts.isBlank(message), "message must not be blank: %s", Texts.quote(message));
  }

  /** The diagnostic on one line: {@code ERROR PROC-001 at Article 5(1): message}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + where + ": " + message;
  }
}
