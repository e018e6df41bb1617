package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
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
import org.treatymodel.agreement.structure.Structure;

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
      delegate.findPartiesFormula(Optional.of(checkNotNull(partiesFormula, "partiesFormula")));
      return this;
    }

    /** Sets {@link AgreementText#enactingFormula()}. */
    public Builder enactingFormula(String enactingFormula) {
      delegate.findEnactingFormula(Optional.of(checkNotNull(enactingFormula, "enactingFormula")));
      return this;
    }

    /** Sets {@link AgreementText#finalClauses()}. */
    public Builder finalClauses(FinalClauses finalClauses) {
      delegate.findFinalClauses(Optional.of(checkNotNull(finalClauses, "finalClauses")));
      return this;
    }

    /**
     * Sets the text's structure as a document written elsewhere gives it, for a text that does not
     * take the treaty layout: then it has no formulas, recitals, articles or final clauses of the
     * layout, and its {@link AgreementText#language()} must be set.
     */
    public Builder structure(Structure structure) {
      delegate.structure(Optional.of(checkNotNull(structure, "structure")));
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
   *
   * @throws IllegalStateException for a text in a structure of its own, which has none ({@link
   *     #findPartiesFormula()} tells)
   */
  public String partiesFormula() {
    return findPartiesFormula().orElseThrow(() -> layoutOnly("parties formula"));
  }

  /** The opening formula naming the parties; empty for a text in a structure of its own. */
  @Value.Default
  public Optional<String> findPartiesFormula() {
    return Optional.empty();
  }

  private IllegalStateException layoutOnly(String what) {
    return new IllegalStateException(
        "the text \""
            + title()
            + "\" has no "
            + what
            + " of the treaty layout: its structure is its own (see structure())");
  }

  /** The recitals of the preamble, in order. */
  @Value.Default
  public ImmutableList<Recital> recitals() {
    return ImmutableList.of();
  }

  /**
   * The formula that closes the preamble: "Have agreed as follows:".
   *
   * @throws IllegalStateException for a text in a structure of its own, which has none ({@link
   *     #findEnactingFormula()} tells)
   */
  public String enactingFormula() {
    return findEnactingFormula().orElseThrow(() -> layoutOnly("enacting formula"));
  }

  /** The formula that closes the preamble; empty for a text in a structure of its own. */
  @Value.Default
  public Optional<String> findEnactingFormula() {
    return Optional.empty();
  }

  /** The articles, in increasing order of number. */
  @Value.Default
  public ImmutableList<Article> articles() {
    return ImmutableList.of();
  }

  /**
   * The testimonium, signing clause and signature block.
   *
   * @throws IllegalStateException for a text without them: one in a structure of its own, whose
   *     conclusions are in its {@link #structure()}, or one with no signature block ({@link
   *     #findFinalClauses()} tells)
   */
  public FinalClauses finalClauses() {
    return findFinalClauses()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the text \""
                        + title()
                        + "\" has no final clauses: "
                        + (structure().isPresent()
                            ? "its structure is its own (see structure())"
                            : "it has no signature block (see findFinalClauses())")));
  }

  /**
   * The testimonium, signing clause and signature block, where the text has them: a signature block
   * stands only where the text has one.
   */
  @Value.Default
  public Optional<FinalClauses> findFinalClauses() {
    return Optional.empty();
  }

  /**
   * The text's structure as a document written elsewhere gives it (parts, chapters, sections,
   * nested points, notes, annexes), where the text does not take the treaty layout of preamble,
   * articles and final clauses; empty for a text in that layout, such as the 2016 Agreement.
   */
  @Value.Default
  public Optional<Structure> structure() {
    return Optional.empty();
  }

  /**
   * The language this text is written in; by default the first of those the final clauses name.
   *
   * @throws IllegalStateException from the builder if it is not set and the text has no final
   *     clauses
   */
  @Value.Default
  public Language language() {
    checkState(
        findFinalClauses().isPresent(),
        "the language of a text without final clauses must be set: language");
    return findFinalClauses().get().languages().get(0);
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
    StringBuilder out = new StringBuilder(title());
    if (structure().isPresent()) {
      return out.append("\n\n").append(structure().get().bodyWords()).toString();
    }
    out.append("\n\n").append(preambleText());
    for (Article article : articles()) {
      out.append("\n\n").append(article.render());
    }
    findFinalClauses().ifPresent(clauses -> out.append("\n\n").append(clauses.render()));
    return out.toString();
  }

  private String preambleText() {
    StringBuilder out = new StringBuilder(findPartiesFormula().orElse(""));
    for (Recital recital : recitals()) {
      out.append(out.length() == 0 ? "" : "\n\n").append(recital.text());
    }
    findEnactingFormula()
        .ifPresent(formula -> out.append(out.length() == 0 ? "" : "\n\n").append(formula));
    return out.toString();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ProvisionId, Provision> provisionIndex() {
    Map<ProvisionId, Provision> index = new LinkedHashMap<>();
    if (structure().isPresent()) {
      return ImmutableMap.of();
    }
    ProvisionId preamble = ProvisionId.preamble();
    add(index, preamble, preambleText());
    findPartiesFormula().ifPresent(formula -> add(index, preamble.formula(1), formula));
    for (int i = 0; i < recitals().size(); i++) {
      add(index, ProvisionId.recital(i + 1), recitals().get(i).text());
    }
    findEnactingFormula().ifPresent(formula -> add(index, preamble.formula(2), formula));
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
    if (findFinalClauses().isPresent()) {
      FinalClauses clauses = findFinalClauses().get();
      ProvisionId conclusions = ProvisionId.conclusions();
      add(index, conclusions, clauses.render());
      add(index, conclusions.formula(1), clauses.testimonium());
      add(index, conclusions.formula(2), clauses.signingClause());
      for (int i = 0; i < clauses.signatures().size(); i++) {
        add(index, conclusions.signature(i + 1), clauses.signatures().get(i).render());
      }
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
    findPartiesFormula().ifPresent(formula -> Texts.checkText("parties formula", formula));
    findEnactingFormula().ifPresent(formula -> Texts.checkText("enacting formula", formula));
    if (structure().isPresent()) {
      checkArgument(
          findPartiesFormula().isEmpty()
              && findEnactingFormula().isEmpty()
              && recitals().isEmpty()
              && articles().isEmpty()
              && findFinalClauses().isEmpty(),
          "a text in a structure of its own has no formulas, recitals, articles or final clauses of"
              + " the treaty layout: they are in its structure");
    } else {
      checkArgument(
          findPartiesFormula().isPresent() && findEnactingFormula().isPresent(),
          "a text in the treaty layout opens with the parties formula and closes its preamble with"
              + " the enacting formula: partiesFormula, enactingFormula");
      checkArgument(!articles().isEmpty(), "an agreement text must have at least one article");
    }
    findFinalClauses()
        .ifPresent(
            clauses ->
                checkArgument(
                    clauses.languages().contains(language()),
                    "the text is in %s, which its final clauses do not name as a language of the"
                        + " originals",
                    language().englishName()));
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
