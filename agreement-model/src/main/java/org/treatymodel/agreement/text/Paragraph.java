package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * A paragraph of an article: numbered ("1. The United Nations recognizes ...") or, where the
 * article has a single paragraph, unnumbered. A paragraph may hold a list of lettered {@link
 * Point}s, introduced by its {@link #text()} and followed by a {@link #wrapUp()} (its closing
 * words), as Article 3(2) does. The points are lettered in alphabetical order, (a), (b), (c) as
 * signed; an amendment that removes one leaves a gap, which the validation module reports.
 * Instances are immutable.
 */
@Value.Immutable
public abstract class Paragraph {
  Paragraph() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}

    /** Sets the paragraph's number. */
    public Builder number(int number) {
      return number(OptionalInt.of(number));
    }

    /**
     * Sets the points, in order.
     *
     * @throws NullPointerException naming {@code points} if an element is null
     */
    public Builder points(Point... points) {
      return points(Elements.list("points", points));
    }

    /**
     * Sets the points, in order.
     *
     * @throws NullPointerException naming {@code points} if it or an element is null
     */
    public Builder points(Iterable<? extends Point> points) {
      return points(Elements.list("points", points));
    }

    /** Sets the closing words after the points. */
    public Builder wrapUp(String wrapUp) {
      return wrapUp(Optional.of(Texts.checkText("paragraph wrap-up", wrapUp)));
    }
  }

  /** The paragraph's number, or empty if it is the unnumbered single paragraph of its article. */
  @Value.Default
  public OptionalInt number() {
    return OptionalInt.empty();
  }

  /** The paragraph's text; where it has points, the words that introduce them. */
  public abstract String text();

  /** The lettered points, in alphabetical order. */
  @Value.Default
  public ImmutableList<Point> points() {
    return ImmutableList.of();
  }

  /** The closing words after the last point, if any. */
  @Value.Default
  public Optional<String> wrapUp() {
    return Optional.empty();
  }

  /** The paragraph without its number: text, points and wrap-up, separated by blank lines. */
  public String content() {
    StringBuilder out = new StringBuilder(text());
    for (Point point : points()) {
      out.append("\n\n").append(point.render());
    }
    wrapUp().ifPresent(words -> out.append("\n\n").append(words));
    return out.toString();
  }

  /** The paragraph as printed: "1. " (if numbered) followed by its {@link #content()}. */
  public String render() {
    return number().isPresent() ? number().getAsInt() + ". " + content() : content();
  }

  @Value.Check
  void check() {
    Texts.checkText("paragraph text", text());
    if (number().isPresent()) {
      checkArgument(
          number().getAsInt() >= 1 && number().getAsInt() <= ProvisionId.MAX_NUMBER,
          "paragraph number must be from 1 to %s: %s",
          ProvisionId.MAX_NUMBER,
          number().getAsInt());
    }
    wrapUp().ifPresent(words -> Texts.checkText("paragraph wrap-up", words));
    checkArgument(
        wrapUp().isEmpty() || !points().isEmpty(),
        "a paragraph without points has no wrap-up: %s",
        Texts.quote(wrapUp().orElse("")));
    char previous = 'a' - 1; // a point's label is a letter, so (a) passes
    for (Point point : points()) {
      checkArgument(
          point.label() > previous,
          "points must be lettered in alphabetical order, each letter once: (%s) follows (%s)",
          point.label(),
          previous);
      previous = point.label();
    }
  }
}
