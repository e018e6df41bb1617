package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * One change an amendment makes to the text: an article or a paragraph replaced, added or removed.
 * Numbers never shift: a removed article leaves a gap, so that every other provision keeps its
 * identifier across versions. Instances are immutable.
 */
@Value.Immutable
public abstract class TextChange {
  TextChange() {}

  /** Replaces the article of {@code replacement}'s number with {@code replacement}. */
  public static TextChange replaceArticle(Article replacement) {
    return ImmutableTextChange.builder()
        .kind(ChangeKind.REPLACE_ARTICLE)
        .articleNumber(replacement.number())
        .article(replacement)
        .build();
  }

  /** Adds {@code article}, whose number the text must not use yet. */
  public static TextChange addArticle(Article article) {
    return ImmutableTextChange.builder()
        .kind(ChangeKind.ADD_ARTICLE)
        .articleNumber(article.number())
        .article(article)
        .build();
  }

  /** Removes Article {@code number}. */
  public static TextChange removeArticle(int number) {
    return ImmutableTextChange.builder()
        .kind(ChangeKind.REMOVE_ARTICLE)
        .articleNumber(number)
        .build();
  }

  /**
   * Replaces paragraph {@code number} of Article {@code article} with {@code replacement}, which
   * keeps that number (or, for a single unnumbered paragraph, has none).
   */
  public static TextChange replaceParagraph(int article, int number, Paragraph replacement) {
    return ImmutableTextChange.builder()
        .kind(ChangeKind.REPLACE_PARAGRAPH)
        .articleNumber(article)
        .paragraphNumber(number)
        .paragraph(replacement)
        .build();
  }

  /** Adds the numbered {@code paragraph} to Article {@code article}, in order of number. */
  public static TextChange addParagraph(int article, Paragraph paragraph) {
    checkArgument(
        paragraph.number().isPresent(),
        "an added paragraph must be numbered: \"%s\"",
        paragraph.text());
    return ImmutableTextChange.builder()
        .kind(ChangeKind.ADD_PARAGRAPH)
        .articleNumber(article)
        .paragraphNumber(paragraph.number().getAsInt())
        .paragraph(paragraph)
        .build();
  }

  /** Removes paragraph {@code number} of Article {@code article}. */
  public static TextChange removeParagraph(int article, int number) {
    return ImmutableTextChange.builder()
        .kind(ChangeKind.REMOVE_PARAGRAPH)
        .articleNumber(article)
        .paragraphNumber(number)
        .build();
  }

  /** What the change does. */
  public abstract ChangeKind kind();

  /** The number of the article changed. */
  public abstract int articleNumber();

  /** The number of the paragraph changed, for a paragraph change. */
  public abstract OptionalInt paragraphNumber();

  /** The new article, for a replacement or addition of an article. */
  public abstract Optional<Article> article();

  /** The new paragraph, for a replacement or addition of a paragraph. */
  public abstract Optional<Paragraph> paragraph();

  /** The provision changed: {@code art_5} or {@code art_5__para_2}. */
  public ProvisionId target() {
    ProvisionId article = ProvisionId.article(articleNumber());
    return paragraphNumber().isPresent()
        ? article.paragraph(paragraphNumber().getAsInt())
        : article;
  }

  /**
   * The text with this change made. {@code text} is immutable and unaffected by this method call.
   *
   * @throws IllegalArgumentException naming the provision if the change does not fit the text: a
   *     replaced or removed provision that is absent, an added one that exists already
   */
  public AgreementText applyTo(AgreementText text) {
    List<Article> articles = new ArrayList<>(text.articles());
    Optional<Article> current = text.findArticle(articleNumber());
    switch (kind()) {
      case REPLACE_ARTICLE ->
          articles.set(articles.indexOf(existing(current)), article().orElseThrow());
      case ADD_ARTICLE -> {
        checkArgument(current.isEmpty(), "cannot add %s: the text has it already", target());
        articles.add(article().orElseThrow());
      }
      case REMOVE_ARTICLE -> articles.remove(existing(current));
      default -> {
        Article changed = changeParagraph(existing(current));
        articles.set(articles.indexOf(current.get()), changed);
      }
    }
    articles.sort(Comparator.comparingInt(Article::number));
    return AgreementText.builder().from(text).articles(articles).build();
  }

  private Article existing(Optional<Article> article) {
    checkArgument(article.isPresent(), "cannot change %s: the text has no such article", target());
    return article.get();
  }

  private Article changeParagraph(Article article) {
    int number = paragraphNumber().getAsInt();
    List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
    Optional<Paragraph> current = article.findParagraph(number);
    switch (kind()) {
      case REPLACE_PARAGRAPH -> {
        checkArgument(
            current.isPresent(), "cannot replace %s: the text has no such paragraph", target());
        paragraphs.set(paragraphs.indexOf(current.get()), paragraph().orElseThrow());
      }
      case ADD_PARAGRAPH -> {
        checkArgument(current.isEmpty(), "cannot add %s: the text has it already", target());
        paragraphs.add(paragraph().orElseThrow());
        paragraphs.sort(Comparator.comparingInt(each -> each.number().orElse(0)));
      }
      case REMOVE_PARAGRAPH -> {
        checkArgument(
            current.isPresent(), "cannot remove %s: the text has no such paragraph", target());
        checkArgument(
            paragraphs.size() > 1,
            "cannot remove %s, the only paragraph; remove the article",
            target());
        paragraphs.remove(current.get());
      }
      default -> throw new AssertionError(kind());
    }
    return Article.builder().from(article).paragraphs(ImmutableList.copyOf(paragraphs)).build();
  }

  @Value.Check
  void check() {
    checkArgument(articleNumber() >= 1, "article number must be at least 1: %s", articleNumber());
    boolean paragraphChange =
        kind() == ChangeKind.REPLACE_PARAGRAPH
            || kind() == ChangeKind.ADD_PARAGRAPH
            || kind() == ChangeKind.REMOVE_PARAGRAPH;
    checkArgument(
        paragraphChange == paragraphNumber().isPresent(),
        "%s takes a paragraph number only for a paragraph change",
        kind());
    article()
        .ifPresent(
            article ->
                checkArgument(
                    article.number() == articleNumber(),
                    "the new article is numbered %s, not %s",
                    article.number(),
                    articleNumber()));
  }
}
