package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One finding of a {@link Rule}: its code ({@code REF-001}), severity, location (a provision
 * identifier such as {@code art_5__para_1}, or an instrument symbol such as {@code A/RES/70/263})
 * and a message that says what is wrong and what would be right. Instances are immutable.
 *
 * @param code the code of the rule that found it
 * @param severity how serious it is
 * @param location where it was found: a provision, norm or instrument identifier
 * @param message what is wrong and what would be right
 */
public record Diagnostic(String code, Severity severity, String location, String message) {

  /** Checks that every component is present and not blank. */
  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(location, "location");
    checkNotNull(message, "message");
    checkArgument(!code.isBlank(), "code must not be blank: \"%s\"", code);
    checkArgument(!location.isBlank(), "location must not be blank: \"%s\"", location);
    checkArgument(!message.isBlank(), "message must not be blank: \"%s\"", message);
  }

  /** The diagnostic on one line: {@code ERROR REF-001 art_5__para_1: message}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + location + ": " + message;
  }
}
