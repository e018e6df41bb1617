package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Paragraph {
  Paragraph() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Paragraph}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableParagraph.Builder delegate = new ImmutableParagraph.Builder();

    Builder() {}

    /** Sets the paragraph's number. */
    public Builder number(int number) {
      delegate.number(OptionalInt.of(number));
      return this;
    }

    /** Sets the points, in order. */
    public Builder points(Point... points) {
      delegate.points(Elements.list("points", points));
      return this;
    }

    /** Sets the points, in order. */
    public Builder points(Iterable<? extends Point> points) {
      delegate.points(Elements.list("points", points));
      return this;
    }

    /** Sets the closing words after the points. */
    public Builder wrapUp(String wrapUp) {
      delegate.wrapUp(Optional.of(Texts.checkText("paragraph wrap-up", wrapUp)));
      return this;
    }

    /** Sets {@link Paragraph#number()}. */
    public Builder number(OptionalInt number) {
      delegate.number(number);
      return this;
    }

    /** Sets {@link Paragraph#text()}. */
    public Builder text(String text) {
      delegate.text(text);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Paragraph instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Paragraph}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Paragraph build() {
      return delegate.build();
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
