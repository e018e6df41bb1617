package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.Optional;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionKind;

/**
 * The catalogue of rules, listed with their codes in this module's README. Validating the canonical
 * 2016 Agreement yields no diagnostic.
 */
public final class Rules {
  private Rules() {}

  /** REF-001: every bearer and counterparty of a norm is an actor of the agreement. */
  public static final Rule NORM_ACTORS_RESOLVE =
      new DefinedRule(
          "REF-001",
          Severity.ERROR,
          "every bearer and counterparty of a norm is an actor of the agreement",
          (agreement, findings) -> {
            for (Norm norm : agreement.norms()) {
              for (ActorId actor : Iterables.concat(norm.bearers(), norm.counterparties())) {
                if (agreement.findActor(actor).isEmpty()) {
                  findings.accept(
                      norm.id().toString(),
                      "names actor "
                          + actor
                          + ", which the agreement does not list; add it to the actors"
                          + " or name a listed one");
                }
              }
            }
          });

  /** REF-002: every norm stands in a provision of the text, in the words it quotes. */
  public static final Rule NORM_WORDS_IN_TEXT =
      new DefinedRule(
          "REF-002",
          Severity.ERROR,
          "every norm's words stand verbatim in the provision that states it",
          (agreement, findings) -> {
            for (Norm norm : agreement.norms()) {
              Optional<Provision> provision = agreement.text().findProvision(norm.provision());
              if (provision.isEmpty()) {
                findings.accept(
                    norm.id().toString(),
                    "is stated in " + norm.provision() + ", which the text lacks");
              } else if (!provision.get().text().contains(norm.words())) {
                findings.accept(
                    norm.id().toString(),
                    "quotes \""
                        + norm.words()
                        + "\", which is not in the text of "
                        + norm.provision());
              }
            }
          });

  /** REF-003: every mirror norm exists and names the norm back. */
  public static final Rule MIRRORS_ARE_MUTUAL =
      new DefinedRule(
          "REF-003",
          Severity.ERROR,
          "every mirror norm exists and names its mirror back",
          (agreement, findings) -> {
            for (Norm norm : agreement.norms()) {
              if (norm.mirror().isEmpty()) {
                continue;
              }
              Optional<Norm> mirror =
                  agreement.norms().stream()
                      .filter(other -> other.id().equals(norm.mirror().get()))
                      .findFirst();
              if (mirror.isEmpty()) {
                findings.accept(
                    norm.id().toString(),
                    "names mirror " + norm.mirror().get() + ", which does not exist");
              } else if (!mirror.get().mirror().equals(Optional.of(norm.id()))) {
                findings.accept(
                    norm.id().toString(),
                    "names mirror " + mirror.get().id() + ", which does not name it back");
              }
            }
          });

  /**
   * REF-004: every cross-reference leaves from a provision of the text and reaches a known target.
   */
  public static final Rule REFERENCES_RESOLVE =
      new DefinedRule(
          "REF-004",
          Severity.ERROR,
          "every cross-reference leaves from a provision of the text and reaches a known target",
          (agreement, findings) -> {
            for (CrossReference reference : agreement.crossReferences()) {
              String location = reference.source().toString();
              Optional<Provision> source = agreement.text().findProvision(reference.source());
              if (source.isEmpty()) {
                findings.accept(location, "the referring provision is not in the text");
              } else if (!source.get().text().contains(reference.words())) {
                findings.accept(
                    location, "the words \"" + reference.words() + "\" are not in its text");
              }
              reference
                  .targetProvision()
                  .filter(target -> agreement.text().findProvision(target).isEmpty())
                  .ifPresent(
                      target ->
                          findings.accept(location, "refers to " + target + ", not in the text"));
              reference
                  .targetInstrument()
                  .filter(target -> agreement.findInstrument(target).isEmpty())
                  .ifPresent(
                      target ->
                          findings.accept(
                              location,
                              "refers to instrument " + target + ", not among the instruments"));
            }
          });

  /** REF-005: every instrument an instrument relates to, or a recital cites, is known. */
  public static final Rule INSTRUMENTS_RESOLVE =
      new DefinedRule(
          "REF-005",
          Severity.ERROR,
          "every instrument that an instrument relates to, or that a recital cites, is known",
          (agreement, findings) -> {
            for (Instrument instrument : agreement.instruments()) {
              for (InstrumentRelation relation : instrument.relations()) {
                if (agreement.findInstrument(relation.target()).isEmpty()) {
                  findings.accept(
                      instrument.id().toString(),
                      relation.kind()
                          + " "
                          + relation.target()
                          + ", which is not among the instruments");
                }
              }
            }
            for (int number = 1; number <= agreement.text().recitals().size(); number++) {
              for (InstrumentId cited : agreement.text().recital(number).cites()) {
                if (agreement.findInstrument(cited).isEmpty()) {
                  findings.accept(
                      "preamble__recital_" + number,
                      "cites " + cited + ", which is not among the instruments");
                }
              }
            }
          });

  /** COV-001: every paragraph states a norm, or is recorded as stating none. */
  public static final Rule PARAGRAPHS_ANALYSED =
      new DefinedRule(
          "COV-001",
          Severity.WARNING,
          "every paragraph states a norm or is recorded as stating none",
          (agreement, findings) -> {
            for (Provision provision : agreement.text().provisions()) {
              if (provision.kind() != ProvisionKind.PARAGRAPH
                  || !agreement.normsIn(provision.id()).isEmpty()) {
                continue;
              }
              boolean declared =
                  agreement.nonNormativeProvisions().stream()
                      .map(NonNormativeProvision::provision)
                      .anyMatch(provision.id()::isWithin);
              if (!declared) {
                findings.accept(
                    provision.id().toString(),
                    "states no norm and is not recorded as non-normative; add its norms or a"
                        + " NonNormativeProvision with the reason");
              }
            }
          });

  /** STRUCT-001: the articles are numbered 1, 2, 3... without gap, as signed. */
  public static final Rule ARTICLES_CONSECUTIVE =
      new DefinedRule(
          "STRUCT-001",
          Severity.WARNING,
          "the articles are numbered 1, 2, 3... without gap, as a signed text is",
          (agreement, findings) -> {
            int expected = 1;
            for (Article article : agreement.text().articles()) {
              if (article.number() != expected) {
                findings.accept(
                    article.id().toString(),
                    "follows Article "
                        + (expected - 1)
                        + "; a signed text would number it "
                        + expected);
              }
              expected = article.number() + 1;
            }
          });

  private static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          NORM_ACTORS_RESOLVE,
          NORM_WORDS_IN_TEXT,
          MIRRORS_ARE_MUTUAL,
          REFERENCES_RESOLVE,
          INSTRUMENTS_RESOLVE,
          PARAGRAPHS_ANALYSED,
          ARTICLES_CONSECUTIVE);

  /** Every rule, in the order of the catalogue. */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
