package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.internal.Texts;

/**
 * The whole text of an agreement: title, preamble (the parties, the recitals, "Have agreed as
 * follows:"), articles in increasing order of number (1 to 16 as signed; an amendment may remove
 * one and leave a gap, so that identifiers stay stable), and final clauses.
 *
 * <p>Every unit of the text is a {@link Provision} with a unique {@link ProvisionId}; {@link
 * #provisions()} lists them in document order and {@link #provision(ProvisionId)} finds one. {@link
 * #render()} prints the text as the sources print it, after the normalisation described in {@code
 * shared/sources/README.md}. Instances are immutable.
 */
@Value.Immutable
public abstract class AgreementText {
  AgreementText() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgreementText}. */
  public static final class Builder extends ImmutableAgreementText.Builder {
    Builder() {}
  }

  /** The title, such as "Agreement concerning the Relationship between ...". */
  public abstract String title();

  /**
   * The opening formula naming the parties: "The United Nations and the International Organization
   * for Migration,".
   */
  public abstract String partiesFormula();

  /** The recitals of the preamble, in order. */
  public abstract ImmutableList<Recital> recitals();

  /** The formula that closes the preamble: "Have agreed as follows:". */
  public abstract String enactingFormula();

  /** The articles, in increasing order of number. */
  public abstract ImmutableList<Article> articles();

  /** The testimonium, signing clause and signature block. */
  public abstract FinalClauses finalClauses();

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
    return articles().stream().filter(article -> article.number() == number).findFirst();
  }

  private String articleRange() {
    int first = articles().get(0).number();
    int last = articles().get(articles().size() - 1).number();
    return articles().size() == last - first + 1
        ? first + " to " + last
        : articles().stream()
            .map(article -> String.valueOf(article.number()))
            .collect(java.util.stream.Collectors.joining(", "));
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
   * How a lawyer cites provision {@code id}: "Article 5(1)", "Article 3(2)(a)", "Article 4" (a
   * single unnumbered paragraph is cited by its article), "preamble, recital 4", "final clauses".
   *
   * @throws IllegalArgumentException naming the identifier if the text has no such provision
   */
  public String citation(ProvisionId id) {
    provision(id);
    ImmutableList<String> parts = id.components();
    if (id.articleNumber().isEmpty()) {
      if (parts.get(0).equals("preamble")) {
        return parts.size() > 1 && parts.get(1).startsWith("recital_")
            ? "preamble, recital " + parts.get(1).substring("recital_".length())
            : "preamble";
      }
      return "final clauses";
    }
    Article article = article(id.articleNumber().getAsInt());
    StringBuilder out = new StringBuilder("Article ").append(article.number());
    if (parts.size() > 1 && article.paragraphs().get(0).number().isPresent()) {
      out.append('(').append(parts.get(1).substring("para_".length())).append(')');
    }
    if (parts.size() > 3) {
      String last = parts.get(3);
      if (last.startsWith("point_")) {
        out.append('(').append(last.substring("point_".length())).append(')');
      } else {
        out.append(last.equals("intro") ? ", opening words" : ", closing words");
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
    add(index, preamble, ProvisionKind.PREAMBLE, preambleText());
    add(index, preamble.child("formula_1"), ProvisionKind.FORMULA, partiesFormula());
    for (int i = 0; i < recitals().size(); i++) {
      add(index, ProvisionId.recital(i + 1), ProvisionKind.RECITAL, recitals().get(i).text());
    }
    add(index, preamble.child("formula_2"), ProvisionKind.FORMULA, enactingFormula());
    for (Article article : articles()) {
      add(index, article.id(), ProvisionKind.ARTICLE, article.render());
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId paragraphId = article.paragraphId(paragraph);
        add(index, paragraphId, ProvisionKind.PARAGRAPH, paragraph.render());
        if (!paragraph.points().isEmpty()) {
          ProvisionId list = paragraphId.child("list_1");
          add(index, list.child("intro"), ProvisionKind.INTRO, paragraph.text());
          for (Point point : paragraph.points()) {
            add(index, paragraphId.point(point.label()), ProvisionKind.POINT, point.render());
          }
          paragraph
              .wrapUp()
              .ifPresent(words -> add(index, list.child("wrapup"), ProvisionKind.WRAP_UP, words));
        }
      }
    }
    ProvisionId conclusions = ProvisionId.conclusions();
    add(index, conclusions, ProvisionKind.CONCLUSIONS, finalClauses().render());
    add(index, conclusions.child("formula_1"), ProvisionKind.CLAUSE, finalClauses().testimonium());
    add(
        index,
        conclusions.child("formula_2"),
        ProvisionKind.CLAUSE,
        finalClauses().signingClause());
    for (int i = 0; i < finalClauses().signatures().size(); i++) {
      add(
          index,
          conclusions.child("signature_" + (i + 1)),
          ProvisionKind.SIGNATURE,
          finalClauses().signatures().get(i).render());
    }
    return ImmutableMap.copyOf(index);
  }

  private static void add(
      Map<ProvisionId, Provision> index, ProvisionId id, ProvisionKind kind, String text) {
    Provision previous = index.put(id, Provision.of(id, kind, text));
    checkArgument(previous == null, "duplicate provision id: %s", id);
  }

  @Value.Check
  void check() {
    Texts.checkText("title", title());
    Texts.checkText("parties formula", partiesFormula());
    Texts.checkText("enacting formula", enactingFormula());
    checkArgument(!articles().isEmpty(), "an agreement text must have at least one article");
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
