package org.treatymodel.agreement.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * One change an amendment makes to the text: an article or a paragraph replaced, added or removed,
 * each variant with exactly the attributes it needs. Numbers never shift: a removed article leaves
 * a gap, and a replacement keeps the number of what it replaces, so that every provision keeps its
 * identifier across versions. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface TextChange
    permits TextChange.ReplaceArticle,
        TextChange.AddArticle,
        TextChange.RemoveArticle,
        TextChange.ReplaceParagraph,
        TextChange.AddParagraph,
        TextChange.RemoveParagraph {

  /** The provision changed: {@code art_5} or {@code art_5__para_2}. */
  ProvisionId target();

  /**
   * The text with this change made. {@code text} is immutable and unaffected by this method call.
   *
   * @throws IllegalArgumentException naming the provision if the change does not fit the text: a
   *     replaced or removed provision that is absent, an added one that exists already
   */
  AgreementText applyTo(AgreementText text);

  /** Replaces the article of {@code replacement}'s number with {@code replacement}. */
  static TextChange replaceArticle(Article replacement) {
    return new ReplaceArticle(replacement);
  }

  /** Adds {@code article}, whose number the text must not use yet. */
  static TextChange addArticle(Article article) {
    return new AddArticle(article);
  }

  /**
   * Removes Article {@code number}.
   *
   * @throws IllegalArgumentException if the number is not that of an article
   */
  static TextChange removeArticle(int number) {
    return new RemoveArticle(number);
  }

  /**
   * Replaces paragraph {@code number} of Article {@code article} with {@code replacement}, which
   * carries that number (or none, to replace an article's single unnumbered paragraph).
   *
   * @throws IllegalArgumentException if a number is below 1 or the replacement carries another
   *     number
   */
  static TextChange replaceParagraph(int article, int number, Paragraph replacement) {
    return new ReplaceParagraph(article, number, replacement);
  }

  /**
   * Adds the numbered {@code paragraph} to Article {@code article}, in order of number.
   *
   * @throws IllegalArgumentException if the paragraph is unnumbered
   */
  static TextChange addParagraph(int article, Paragraph paragraph) {
    return new AddParagraph(article, paragraph);
  }

  /**
   * Removes paragraph {@code number} of Article {@code article}.
   *
   * @throws IllegalArgumentException if a number is below 1
   */
  static TextChange removeParagraph(int article, int number) {
    return new RemoveParagraph(article, number);
  }

  /**
   * Replaces an article with a new wording under the same number.
   *
   * @param replacement the new article, numbered as the one it replaces
   */
  record ReplaceArticle(Article replacement) implements TextChange {
    /** Checks that the replacement is given. */
    public ReplaceArticle {
      checkNotNull(replacement, "replacement");
    }

    @Override
    public ProvisionId target() {
      return replacement.id();
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      Article current = existing(text, replacement.number(), target());
      return withArticles(text, replace(text.articles(), current, replacement));
    }
  }

  /**
   * Adds an article under a number the text does not use yet.
   *
   * @param article the new article
   */
  record AddArticle(Article article) implements TextChange {
    /** Checks that the article is given. */
    public AddArticle {
      checkNotNull(article, "article");
    }

    @Override
    public ProvisionId target() {
      return article.id();
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      checkArgument(
          text.findArticle(article.number()).isEmpty(),
          "cannot add %s: the text has it already",
          target());
      List<Article> articles = new ArrayList<>(text.articles());
      articles.add(article);
      articles.sort(Comparator.comparingInt(Article::number));
      return withArticles(text, articles);
    }
  }

  /**
   * Removes an article; the numbers of the others do not change.
   *
   * @param number the number of the article removed
   */
  record RemoveArticle(int number) implements TextChange {
    /** Checks the number. */
    public RemoveArticle {
      ProvisionId.article(number);
    }

    @Override
    public ProvisionId target() {
      return ProvisionId.article(number);
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      Article current = existing(text, number, target());
      List<Article> articles = new ArrayList<>(text.articles());
      articles.remove(current);
      return withArticles(text, articles);
    }
  }

  /**
   * Replaces a paragraph with a new wording under the same number.
   *
   * @param article the number of the article
   * @param number the number of the paragraph replaced
   * @param replacement the new paragraph, carrying {@code number}, or no number for the single
   *     unnumbered paragraph of an article
   */
  record ReplaceParagraph(int article, int number, Paragraph replacement) implements TextChange {
    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException if a number is below 1, or the replacement carries a number
     *     other than {@code number}
     */
    public ReplaceParagraph {
      checkNotNull(replacement, "replacement");
      ProvisionId.article(article).paragraph(number);
      checkArgument(
          replacement.number().isEmpty() || replacement.number().getAsInt() == number,
          "the replacement of paragraph %s of Article %s is numbered %s; a replacement keeps the"
              + " number of the paragraph it replaces, so that identifiers stay stable",
          number,
          article,
          replacement.number().orElse(0));
    }

    @Override
    public ProvisionId target() {
      return ProvisionId.article(article).paragraph(number);
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      Article current = existing(text, article, target());
      Paragraph replaced =
          current
              .findParagraph(number)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cannot replace " + target() + ": the text has no such paragraph"));
      return withParagraphs(text, current, replace(current.paragraphs(), replaced, replacement));
    }
  }

  /**
   * Adds a numbered paragraph to an article, in order of number.
   *
   * @param article the number of the article
   * @param paragraph the new paragraph, numbered
   */
  record AddParagraph(int article, Paragraph paragraph) implements TextChange {
    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException if the article number is below 1 or the paragraph is
     *     unnumbered
     */
    public AddParagraph {
      checkNotNull(paragraph, "paragraph");
      ProvisionId.article(article);
      checkArgument(
          paragraph.number().isPresent(),
          "an added paragraph must be numbered: %s",
          paragraph.text());
    }

    @Override
    public ProvisionId target() {
      return ProvisionId.article(article).paragraph(paragraph.number().getAsInt());
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      Article current = existing(text, article, target());
      checkArgument(
          current.paragraphs().get(0).number().isPresent(),
          "cannot add %s: Article %s has a single unnumbered paragraph; replace the article with"
              + " one whose paragraphs are numbered",
          target(),
          article);
      checkArgument(
          current.findParagraph(paragraph.number().getAsInt()).isEmpty(),
          "cannot add %s: the text has it already",
          target());
      List<Paragraph> paragraphs = new ArrayList<>(current.paragraphs());
      paragraphs.add(paragraph);
      paragraphs.sort(Comparator.comparingInt(each -> each.number().orElse(0)));
      return withParagraphs(text, current, paragraphs);
    }
  }

  /**
   * Removes a paragraph; the numbers of the others do not change.
   *
   * @param article the number of the article
   * @param number the number of the paragraph removed
   */
  record RemoveParagraph(int article, int number) implements TextChange {
    /** Checks the numbers. */
    public RemoveParagraph {
      ProvisionId.article(article).paragraph(number);
    }

    @Override
    public ProvisionId target() {
      return ProvisionId.article(article).paragraph(number);
    }

    @Override
    public AgreementText applyTo(AgreementText text) {
      checkNotNull(text, "text");
      Article current = existing(text, article, target());
      Optional<Paragraph> removed = current.findParagraph(number);
      checkArgument(
          removed.isPresent(), "cannot remove %s: the text has no such paragraph", target());
      checkArgument(
          current.paragraphs().size() > 1,
          "cannot remove %s, the only paragraph; remove the article",
          target());
      List<Paragraph> paragraphs = new ArrayList<>(current.paragraphs());
      paragraphs.remove(removed.get());
      return withParagraphs(text, current, paragraphs);
    }
  }

  private static Article existing(AgreementText text, int number, ProvisionId target) {
    return text.findArticle(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot change " + target + ": the text has no such article"));
  }

  private static <T> List<T> replace(List<T> values, T old, T replacement) {
    List<T> copy = new ArrayList<>(values);
    copy.set(copy.indexOf(old), replacement);
    return copy;
  }

  private static AgreementText withArticles(AgreementText text, List<Article> articles) {
    return AgreementText.builder().from(text).articles(ImmutableList.copyOf(articles)).build();
  }

  private static AgreementText withParagraphs(
      AgreementText text, Article article, List<Paragraph> paragraphs) {
    Article changed =
        Article.builder().from(article).paragraphs(ImmutableList.copyOf(paragraphs)).build();
    return withArticles(text, replace(text.articles(), article, changed));
  }
}
