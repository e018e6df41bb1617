package org.treatymodel.examples;

import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.UnIomAgreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Occurrence;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;

/**
 * A guided tour of the 2016 Agreement concerning the Relationship between the United Nations and
 * the International Organization for Migration, printed as a handout: the preamble and what it
 * recalls, each article with the norms it states (who owes what to whom, under which conditions, in
 * which words), the cross-references, how it came into force, and the history from 1992 to 2016.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java}.
 */
public final class Tour {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final int WIDTH = 100;

  private final Agreement agreement;
  private final Timeline history;
  private final StringBuilder out = new StringBuilder();

  private Tour(Agreement agreement, Timeline history) {
    this.agreement = agreement;
    this.history = history;
  }

  /** Prints the tour of the canonical Agreement to standard output. */
  public static void main(String[] args) {
    System.out.print(render(UnIomAgreement.agreement()));
  }

  /**
   * The tour of {@code agreement}, as text. Each norm is shown limb by limb, with its roles and its
   * words, each condition's phrase in [square brackets].
   */
  public static String render(Agreement agreement) {
    return new Tour(agreement, agreement.history()).write();
  }

  private String write() {
    AgreementText text = agreement.text();
    heading(text.title(), '=');
    line("A guided tour, generated from the treatymodel library.");
    line("");
    line(
        "Parties: "
            + text.finalClauses().signatures().stream()
                .map(signature -> name(signature.party()))
                .collect(Collectors.joining(" and ")));
    line(
        "Articles: "
            + text.articles().size()
            + "; recitals: "
            + text.recitals().size()
            + "; norms: "
            + agreement.norms().size());
    line("");
    preamble(text);
    articles(text);
    references(text);
    procedure();
    history();
    return out.toString();
  }

  private void preamble(AgreementText text) {
    heading(
        "1. The preamble: what the parties bear in mind, recognize, recall and take note of", '-');
    for (int number = 1; number <= text.recitals().size(); number++) {
      Recital recital = text.recital(number);
      List<InstrumentId> cited = agreement.instrumentsCitedBy(ProvisionId.recital(number));
      String cites =
          cited.isEmpty()
              ? ""
              : "cites "
                  + cited.stream()
                      .map(agreement.catalogue()::titleOf)
                      .collect(Collectors.joining("; "));
      wrapped(String.format("%2d. %-18s", number, recital.openingPhrase()), cites.strip());
    }
    line("");
  }

  private void articles(AgreementText text) {
    heading("2. The articles: who owes what to whom", '-');
    for (Article article : text.articles()) {
      line("Article " + article.number() + " - " + article.heading());
      for (NonNormativeProvision none : agreement.nonNormativeProvisions()) {
        if (none.provision().isWithin(article.id())) {
          String what =
              none.words()
                  .map(words -> "In " + text.citation(none.provision()) + ", \"" + words + "\"")
                  .orElse(text.citation(none.provision()));
          wrapped("    ", what + " states no norm: " + none.reason() + ".");
        }
      }
      for (Norm norm : agreement.normsInArticle(article.number())) {
        norm(text, norm);
      }
      line("");
    }
  }

  private void norm(AgreementText text, Norm norm) {
    line(
        "    "
            + text.citation(norm.provision())
            + "  "
            + norm.kind().label()
            + " (\""
            + norm.force().words()
            + "\")");
    wrapped("      who:     ", names(norm.bearers()));
    role("      to whom: ", norm.actors(NormRole.COUNTERPARTY));
    role("      in:      ", norm.actors(NormRole.FORUM));
    role("      through: ", norm.actors(NormRole.CHANNEL));
    role("      invited: ", norm.actors(NormRole.INVITER));
    wrapped("      what:    ", norm.action());
    if (!norm.conditions().isEmpty()) {
      wrapped(
          "      if:      ",
          norm.conditionOccurrences().stream()
              .map(occurrence -> occurrence.what().label())
              .collect(Collectors.joining("; ")));
    }
    if (!norm.objects().isEmpty()) {
      wrapped("      objects: ", String.join("; ", norm.objects()));
    }
    for (String purpose : norm.purposes()) {
      wrapped("      purpose: ", purpose);
    }
    agreement
        .mirrorOf(norm)
        .ifPresent(mirror -> line("      mirror:  " + text.citation(mirror.provision())));
    wrapped("      words:   ", "\"" + highlighted(norm) + "\"");
  }

  /** The words of {@code norm} with each condition's phrase in square brackets. */
  private static String highlighted(Norm norm) {
    StringBuilder out = new StringBuilder(norm.words());
    for (Occurrence<Condition> occurrence : norm.conditionOccurrences().reverse()) {
      out.insert(occurrence.end(), ']').insert(occurrence.start(), '[');
    }
    return out.toString();
  }

  private void role(String prefix, Set<ActorId> actors) {
    if (!actors.isEmpty()) {
      wrapped(prefix, names(actors));
    }
  }

  private String names(Set<ActorId> actors) {
    return actors.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private void references(AgreementText text) {
    heading("3. Cross-references", '-');
    for (CrossReference reference : agreement.crossReferences()) {
      String target =
          reference
              .targetProvision()
              .map(text::citation)
              .orElseGet(
                  () -> agreement.catalogue().titleOf(reference.targetInstrument().orElseThrow()));
      line("  " + Strings.padEnd(text.citation(reference.source()), 22, ' ') + " -> " + target);
    }
    line("");
  }

  private void procedure() {
    Procedure procedure = agreement.procedure();
    heading("4. How it came into force (Article 16)", '-');
    wrapped("  Rule: ", procedure.rule().describe(agreement) + ".");
    for (Approval approval : procedure.approvals()) {
      wrapped(
          "  " + Strings.padEnd(DATE.format(approval.date()), 18, ' ') + " ",
          "approved by "
              + name(approval.organ())
              + approval
                  .record()
                  .map(record -> " (" + agreement.catalogue().titleOf(record) + ")")
                  .orElse(""));
    }
    procedure
        .signature()
        .ifPresent(
            signature ->
                wrapped(
                    "  " + Strings.padEnd(DATE.format(signature.date()), 18, ' ') + " ",
                    "signed"
                        + signature.place().map(place -> " in " + place).orElse("")
                        + " by "
                        + signature.signatories().stream()
                            .map(signatory -> signatory.name().orElse("an unnamed signatory"))
                            .collect(Collectors.joining(" and "))));
    for (Irregularity irregularity : procedure.irregularities()) {
      wrapped("  Note: ", irregularity.describe(agreement) + ".");
    }
    line("");
    line("  Status of the Agreement, computed from these events:");
    for (LocalDate date :
        List.of(
            LocalDate.of(2015, 1, 1),
            LocalDate.of(2016, 7, 1),
            LocalDate.of(2016, 8, 1),
            LocalDate.of(2016, 9, 19))) {
      Status status = agreement.statusOn(date);
      line("    " + Strings.padEnd(DATE.format(date), 18, ' ') + " " + status.stage().label());
    }
    line("");
    line("  The instrument governing the relationship:");
    for (LocalDate date :
        List.of(LocalDate.of(1996, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2016, 9, 19))) {
      line(
          "    "
              + Strings.padEnd(DATE.format(date), 18, ' ')
              + " "
              + agreement
                  .governingInstrumentOn(date)
                  .map(agreement.catalogue()::titleOf)
                  .orElse("none"));
    }
    line("");
  }

  private void history() {
    heading(
        "5. History of the relationship, "
            + history.start().getYear()
            + " to "
            + history.end().getYear(),
        '-');
    for (TimelineEvent event : history.events()) {
      wrapped("  " + Strings.padEnd(DATE.format(event.date()), 18, ' ') + " ", event.description());
    }
  }

  private String name(ActorId actor) {
    return agreement.nameOf(actor);
  }

  private void heading(String title, char underline) {
    line(title);
    line(String.valueOf(underline).repeat(Math.min(title.length(), WIDTH)));
  }

  /**
   * Prints {@code text} after {@code prefix}, wrapped at {@value #WIDTH} columns under its first
   * word.
   */
  private void wrapped(String prefix, String text) {
    StringBuilder current = new StringBuilder(prefix);
    String indent = " ".repeat(prefix.length());
    for (String word : Splitter.on(' ').split(text)) {
      if (current.length() > prefix.length() && current.length() + 1 + word.length() > WIDTH) {
        line(current.toString());
        current = new StringBuilder(indent);
      } else if (current.length() > prefix.length()) {
        current.append(' ');
      }
      current.append(word);
    }
    line(current.toString());
  }

  private void line(String text) {
    out.append(text.stripTrailing()).append('\n');
  }
}
