package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * An article of the Agreement: its number, its heading ("Reciprocal representation") and its
 * paragraphs. Either every paragraph is numbered, in increasing order (1, 2, 3... as signed; a gap
 * once an amendment removes one), or the article has one unnumbered paragraph. Instances are
 * immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Article {
  Article() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Article}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableArticle.Builder delegate = new ImmutableArticle.Builder();

    Builder() {}

    /** Sets the paragraphs, in order. */
    public Builder paragraphs(Paragraph... paragraphs) {
      delegate.paragraphs(Elements.list("paragraphs", paragraphs));
      return this;
    }

    /** Sets the paragraphs, in order. */
    public Builder paragraphs(Iterable<? extends Paragraph> paragraphs) {
      delegate.paragraphs(Elements.list("paragraphs", paragraphs));
      return this;
    }

    /** Sets {@link Article#number()}. */
    public Builder number(int number) {
      delegate.number(number);
      return this;
    }

    /** Sets {@link Article#heading()}. */
    public Builder heading(String heading) {
      delegate.heading(heading);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Article instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Article}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Article build() {
      return delegate.build();
    }
  }

  /** The article's number, from 1. */
  public abstract int number();

  /** The heading printed under the number, such as "Entry into force". */
  public abstract String heading();

  /** The paragraphs, in order. */
  @Value.Default
  public ImmutableList<Paragraph> paragraphs() {
    return ImmutableList.of();
  }

  /** The identifier {@code art_<number>}. */
  public ProvisionId id() {
    return ProvisionId.article(number());
  }

  /**
   * Paragraph {@code number}; for an article with one unnumbered paragraph, {@code paragraph(1)} is
   * it.
   *
   * @throws IllegalArgumentException naming the article and the number if there is no such
   *     paragraph
   */
  public Paragraph paragraph(int number) {
    return findParagraph(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Article "
                        + number()
                        + " has no paragraph "
                        + number
                        + "; it has "
                        + paragraphNumbers()));
  }

  /** Paragraph {@code number}, if the article has it. */
  public Optional<Paragraph> findParagraph(int number) {
    return paragraphs().stream().filter(paragraph -> numberOf(paragraph) == number).findFirst();
  }

  /** The identifier of {@code paragraph} of this article: {@code art_5__para_2}. */
  public ProvisionId paragraphId(Paragraph paragraph) {
    checkNotNull(paragraph, "paragraph");
    return id().paragraph(numberOf(paragraph));
  }

  /** The numbers of the paragraphs, in order; {@code [1]} for a single unnumbered paragraph. */
  public ImmutableList<Integer> paragraphNumbers() {
    return paragraphs().stream().map(Article::numberOf).collect(ImmutableList.toImmutableList());
  }

  private static int numberOf(Paragraph paragraph) {
    return paragraph.number().orElse(1);
  }

  /**
   * The article as printed: "Article N", the heading, then the paragraphs, separated by blank
   * lines.
   */
  public String render() {
    StringBuilder out =
        new StringBuilder("Article ").append(number()).append('\n').append(heading());
    for (Paragraph paragraph : paragraphs()) {
      out.append("\n\n").append(paragraph.render());
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    checkArgument(
        number() >= 1 && number() <= ProvisionId.MAX_NUMBER,
        "article number must be from 1 to %s: %s",
        ProvisionId.MAX_NUMBER,
        number());
    Texts.checkText("article heading", heading());
    checkArgument(!paragraphs().isEmpty(), "Article %s must have at least one paragraph", number());
    boolean single = paragraphs().size() == 1 && paragraphs().get(0).number().isEmpty();
    if (!single) {
      int previous = 0;
      for (Paragraph paragraph : paragraphs()) {
        checkArgument(
            paragraph.number().isPresent() && paragraph.number().getAsInt() > previous,
            "paragraphs of Article %s must be numbered in increasing order, and only a single paragraph"
                + " may be unnumbered: found %s after %s",
            number(),
            paragraph.number().isPresent()
                ? paragraph.number().getAsInt()
                : "an unnumbered paragraph",
            previous);
        previous = paragraph.number().getAsInt();
      }
    }
  }
}
