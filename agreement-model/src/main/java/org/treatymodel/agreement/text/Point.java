package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * A lettered point of a paragraph's list, such as "(b) The Inter-Agency Standing Committee;" in
 * Article 3(2). Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Point {
  Point() {}

  /**
   * The point labelled {@code label} with {@code text}.
   *
   * @throws IllegalArgumentException if the label is not a letter from a to z or the text is not
   *     one line of text
   */
  public static Point of(char label, String text) {
    return ImmutablePoint.of(label, text);
  }

  /** The letter, {@code 'a'} for "(a)". */
  @Value.Parameter
  public abstract char label();

  /** The text after the label, as printed. */
  @Value.Parameter
  public abstract String text();

  /** The point as printed: "(a) " followed by the text. */
  public String render() {
    return "(" + label() + ") " + text();
  }

  @Value.Check
  void check() {
    checkArgument(
        label() >= 'a' && label() <= 'z',
        "point label must be a letter from a to z: %s",
        Texts.quote(String.valueOf(label())));
    Texts.checkText("point text", text());
  }
}
