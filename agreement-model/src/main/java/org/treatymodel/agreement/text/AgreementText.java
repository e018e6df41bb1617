package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * The whole text of an agreement: title, preamble (the parties, the recitals, "Have agreed as
 * follows:"), articles in increasing order of number (1 to 16 as signed; an amendment may remove
 * one and leave a gap, so that identifiers stay stable), and final clauses.
 *
 * <p>Every unit of the text is a {@link Provision} with a unique {@link ProvisionId}; {@link
 * #provisions()} lists them in document order and {@link #provision(ProvisionId)} finds one. {@link
 * #render()} prints the text as the sources print it, after the normalisation the sources' README
 * describes (copied with the sources in {@code agreement-model/src/test/resources/sources/}).
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AgreementText {
  AgreementText() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AgreementText}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableAgreementText.Builder delegate = new ImmutableAgreementText.Builder();

    Builder() {}

    /** Sets the recitals of the preamble, in order. */
    public Builder recitals(Recital... recitals) {
      delegate.recitals(Elements.list("recitals", recitals));
      return this;
    }

    /** Sets the recitals of the preamble, in order. */
    public Builder recitals(Iterable<? extends Recital> recitals) {
      delegate.recitals(Elements.list("recitals", recitals));
      return this;
    }

    /** Sets the articles, in increasing order of number. */
    public Builder articles(Article... articles) {
      delegate.articles(Elements.list("articles", articles));
      return this;
    }

    /** Sets the articles, in increasing order of number. */
    public Builder articles(Iterable<? extends Article> articles) {
      delegate.articles(Elements.list("articles", articles));
      return this;
    }

    /** Sets {@link AgreementText#title()}. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets {@link AgreementText#partiesFormula()}. */
    public Builder partiesFormula(String partiesFormula) {
      delegate.partiesFormula(partiesFormula);
      return this;
    }

    /** Sets {@link AgreementText#enactingFormula()}. */
    public Builder enactingFormula(String enactingFormula) {
      delegate.enactingFormula(enactingFormula);
      return this;
    }

    /** Sets {@link AgreementText#finalClauses()}. */
    public Builder finalClauses(FinalClauses finalClauses) {
      delegate.finalClauses(finalClauses);
      return this;
    }

    /** Sets {@link AgreementText#language()}. */
    public Builder language(Language language) {
      delegate.language(language);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(AgreementText instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link AgreementText}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public AgreementText build() {
      return delegate.build();
    }
  }

  /** The title, such as "Agreement concerning the Relationship between ...". */
  public abstract String title();

  /**
   * The opening formula naming the parties: "The United Nations and the International Organization
   * for Migration,".
   */
  public abstract String partiesFormula();

  /** The recitals of the preamble, in order. */
  @Value.Default
  public ImmutableList<Recital> recitals() {
    return ImmutableList.of();
  }

  /** The formula that closes the preamble: "Have agreed as follows:". */
  public abstract String enactingFormula();

  /** The articles, in increasing order of number. */
  @Value.Default
  public ImmutableList<Article> articles() {
    return ImmutableList.of();
  }

  /** The testimonium, signing clause and signature block. */
  public abstract FinalClauses finalClauses();

  /**
   * The language this text is written in, one of those the final clauses name; by default the first
   * of them.
   */
  @Value.Default
  public Language language() {
    return finalClauses().languages().get(0);
  }

  /**
   * Article {@code number}.
   *
   * @throws IllegalArgumentException naming the number and the range if there is no such article
   */
  public Article article(int number) {
    return findArticle(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the text has no article " + number + "; it has articles " + articleRange()));
  }

  /** Article {@code number}, if the text has it. */
  public Optional<Article> findArticle(int number) {
    return Optional.ofNullable(articleIndex().get(number));
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<Integer, Article> articleIndex() {
    ImmutableMap.Builder<Integer, Article> index = new ImmutableMap.Builder();
    for (Article article : articles()) {
      index.put(article.number(), article);
    }
    return index.buildKeepingLast();
  }

  private String articleRange() {
    int first = articles().get(0).number();
    int last = articles().get(articles().size() - 1).number();
    return articles().size() == last - first + 1
        ? first + " to " + last
        : articles().stream()
            .map(article -> String.valueOf(article.number()))
            .collect(Collectors.joining(", "));
  }

  /**
   * Recital {@code number} of the preamble, counted from 1.
   *
   * @throws IllegalArgumentException naming the number and the range if there is no such recital
   */
  public Recital recital(int number) {
    checkArgument(
        number >= 1 && number <= recitals().size(),
        "the preamble has recitals 1 to %s, not %s",
        recitals().size(),
        number);
    return recitals().get(number - 1);
  }

  /** Every provision, in document order, each with a unique identifier. */
  public ImmutableList<Provision> provisions() {
    return provisionIndex().values().asList();
  }

  /** The provision with identifier {@code id}, if the text has one. */
  public Optional<Provision> findProvision(ProvisionId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(provisionIndex().get(id));
  }

  /**
   * The provision with identifier {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if the text has no such provision
   */
  public Provision provision(ProvisionId id) {
    checkNotNull(id, "id");
    Provision provision = provisionIndex().get(id);
    checkArgument(provision != null, "the text has no provision %s", id);
    return provision;
  }

  /**
   * The text a statement anchored at provision {@code id} is read in: a point is read with the
   * words that introduce its list, so for a point this is the text of the paragraph (or point)
   * holding the list; for any other provision its own text.
   *
   * @throws IllegalArgumentException naming the identifier if the text has no such provision
   */
  public String readingText(ProvisionId id) {
    Provision provision = provision(id);
    if (id.kind() != ProvisionKind.POINT) {
      return provision.text();
    }
    ProvisionId list = id.parent().orElseThrow();
    return provision(list.parent().orElseThrow()).text();
  }

  /**
   * How a lawyer cites provision {@code id}: "Article 5(1)", "Article 3(2)(a)", "Article 3(2),
   * closing words", "Article 4" (a single unnumbered paragraph is cited by its article), "preamble,
   * recital 4", "preamble, formula 1", "final clauses, signature 2".
   *
   * @throws IllegalArgumentException naming the identifier if the text has no such provision
   */
  public String citation(ProvisionId id) {
    provision(id);
    StringBuilder out = new StringBuilder();
    Article article = null;
    for (ProvisionId.Component component : id.components()) {
      switch (component.kind()) {
        case PREAMBLE -> out.append("preamble");
        case CONCLUSIONS -> out.append("final clauses");
        case RECITAL, FORMULA, SIGNATURE ->
            out.append(", ")
                .append(component.kind().label())
                .append(' ')
                .append(component.number());
        case ARTICLE -> {
          article = article(component.number());
          out.append("Article ").append(component.number());
        }
        case PARAGRAPH -> {
          if (article == null || article.paragraphs().get(0).number().isPresent()) {
            out.append('(').append(component.number()).append(')');
          }
        }
        case LIST -> {
          if (component.number() > 1) {
            out.append(", list ").append(component.number());
          }
        }
        case POINT -> out.append('(').append(component.designator()).append(')');
        case INTRO -> out.append(", opening words");
        case WRAP_UP -> out.append(", closing words");
      }
    }
    return out.toString();
  }

  /**
   * The whole text as printed: title, preamble, articles and final clauses, separated by blank
   * lines.
   */
  public String render() {
    StringBuilder out = new StringBuilder(title()).append("\n\n").append(preambleText());
    for (Article article : articles()) {
      out.append("\n\n").append(article.render());
    }
    return out.append("\n\n").append(finalClauses().render()).toString();
  }

  private String preambleText() {
    StringBuilder out = new StringBuilder(partiesFormula());
    for (Recital recital : recitals()) {
      out.append("\n\n").append(recital.text());
    }
    return out.append("\n\n").append(enactingFormula()).toString();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ProvisionId, Provision> provisionIndex() {
    Map<ProvisionId, Provision> index = new LinkedHashMap<>();
    ProvisionId preamble = ProvisionId.preamble();
    add(index, preamble, preambleText());
    add(index, preamble.formula(1), partiesFormula());
    for (int i = 0; i < recitals().size(); i++) {
      add(index, ProvisionId.recital(i + 1), recitals().get(i).text());
    }
    add(index, preamble.formula(2), enactingFormula());
    for (Article article : articles()) {
      add(index, article.id(), article.render());
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId paragraphId = article.paragraphId(paragraph);
        add(index, paragraphId, paragraph.render());
        if (!paragraph.points().isEmpty()) {
          add(index, paragraphId.intro(), paragraph.text());
          for (Point point : paragraph.points()) {
            add(index, paragraphId.point(point.label()), point.render());
          }
          paragraph.wrapUp().ifPresent(words -> add(index, paragraphId.wrapUp(), words));
        }
      }
    }
    ProvisionId conclusions = ProvisionId.conclusions();
    add(index, conclusions, finalClauses().render());
    add(index, conclusions.formula(1), finalClauses().testimonium());
    add(index, conclusions.formula(2), finalClauses().signingClause());
    for (int i = 0; i < finalClauses().signatures().size(); i++) {
      add(index, conclusions.signature(i + 1), finalClauses().signatures().get(i).render());
    }
    return ImmutableMap.copyOf(index);
  }

  private static void add(Map<ProvisionId, Provision> index, ProvisionId id, String text) {
    Provision previous = index.put(id, Provision.of(id, text));
    checkArgument(previous == null, "duplicate provision id: %s", id);
  }

  @Value.Check
  void check() {
    Texts.checkText("title", title());
    Texts.checkText("parties formula", partiesFormula());
    Texts.checkText("enacting formula", enactingFormula());
    checkArgument(!articles().isEmpty(), "an agreement text must have at least one article");
    checkArgument(
        finalClauses().languages().contains(language()),
        "the text is in %s, which its final clauses do not name as a language of the originals",
        language().englishName());
    int previous = 0;
    for (Article article : articles()) {
      checkArgument(
          article.number() > previous,
          "articles must be in increasing order of number, without duplicate: Article %s follows Article %s",
          article.number(),
          previous);
      previous = article.number();
    }
  }
}
