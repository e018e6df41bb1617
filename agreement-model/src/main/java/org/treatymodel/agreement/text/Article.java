package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * An article of the Agreement: its number, its heading ("Reciprocal representation") and its paragraphs.
 * Either every paragraph is numbered 1, 2, 3... in order, or the article has one unnumbered paragraph.
 * Instances are immutable.
 */
@Value.Immutable
public abstract class Article {
  Article() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Article}. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }

  /** The article's number, from 1. */
  public abstract int number();

  /** The heading printed under the number, such as "Entry into force". */
  public abstract String heading();

  /** The paragraphs, in order. */
  public abstract ImmutableList<Paragraph> paragraphs();

  /** The identifier {@code art_<number>}. */
  public ProvisionId id() {
    return ProvisionId.article(number());
  }

  /**
   * Paragraph {@code number}; for an article with one unnumbered paragraph, {@code paragraph(1)} is it.
   *
   * @throws IllegalArgumentException naming the article and the number if there is no such paragraph
   */
  public Paragraph paragraph(int number) {
    checkArgument(
        number >= 1 && number <= paragraphs().size(),
        "Article %s has paragraphs 1 to %s, not %s",
        number(),
        paragraphs().size(),
        number);
    return paragraphs().get(number - 1);
  }

  /** The article as printed: "Article N", the heading, then the paragraphs, separated by blank lines. */
  public String render() {
    StringBuilder out = new StringBuilder("Article ").append(number()).append('\n').append(heading());
    for (Paragraph paragraph : paragraphs()) {
      out.append("\n\n").append(paragraph.render());
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Texts.checkAtLeast("article number", number(), 1);
    Texts.checkText("article heading", heading());
    checkArgument(!paragraphs().isEmpty(), "Article %s must have at least one paragraph", number());
    boolean single = paragraphs().size() == 1 && paragraphs().get(0).number().isEmpty();
    if (!single) {
      for (int i = 0; i < paragraphs().size(); i++) {
        Paragraph paragraph = paragraphs().get(i);
        checkArgument(
            paragraph.number().isPresent() && paragraph.number().getAsInt() == i + 1,
            "paragraphs of Article %s must be numbered 1, 2, 3... in order (only a single paragraph may be"
                + " unnumbered): paragraph %s has number %s",
            number(),
            i + 1,
            paragraph.number());
      }
    }
  }
}
