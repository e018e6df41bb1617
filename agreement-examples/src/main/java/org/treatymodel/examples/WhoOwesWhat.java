package org.treatymodel.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Occurrence;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Walkthrough 1, who owes what: every norm an actor of the Agreement bears, grouped by kind
 * (obligations, entitlements, permissions...), each with its article, to whom it is owed, in which
 * forum, through or at the invitation of whom, under which conditions, and its words, the phrase of
 * each condition in [square brackets]; then the norms owed to that actor.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java -Dexample=WhoOwesWhat
 * -Dexec.args="Director General"}: an actor by name ("the IOM Council", "Secretary-General") or
 * identifier ({@code iom.council}). Without an actor it lists those who bear norms; an actor it
 * does not know is a one-line message and exit status 2.
 */
public final class WhoOwesWhat {
  private WhoOwesWhat() {}

  /** The exit status for an actor this walkthrough cannot find. */
  public static final int USAGE = 2;

  /** Runs the walkthrough and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, UnIomAgreement.agreement(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Prints the norms of the actor {@code args} name, or the actors to choose from if none.
   *
   * @return 0, or {@value #USAGE} if no single actor answers to the name
   */
  public static int run(String[] args, Agreement agreement, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      out.print(actors(agreement));
      return 0;
    }
    String wanted = String.join(" ", args).strip();
    List<Actor> found = find(agreement, wanted);
    if (found.size() != 1) {
      err.println(
          (found.isEmpty()
                  ? "no actor of the Agreement answers to \"" + Arguments.shown(wanted) + "\""
                  : "\""
                      + Arguments.shown(wanted)
                      + "\" could be "
                      + Prose.and(found.stream().map(Actor::shortName).toList()))
              + "; run without an argument for the list");
      return USAGE;
    }
    out.print(render(agreement, found.get(0).id()));
    return 0;
  }

  /** The actors who bear norms, with how many, as a table. */
  public static String actors(Agreement agreement) {
    Handout out = new Handout();
    out.heading("Who owes what: choose an actor", '=');
    List<List<String>> rows = new ArrayList<>();
    for (Actor actor : agreement.actors()) {
      int borne = agreement.normsBorneBy(actor.id()).size();
      int owed = agreement.normsOwedTo(actor.id()).size();
      if (borne + owed > 0) {
        rows.add(
            List.of(
                actor.shortName(),
                String.valueOf(borne),
                String.valueOf(owed),
                actor.id().value()));
      }
    }
    out.table("  ", List.of("Actor", "Bears", "Owed", "Or, by identifier"), rows);
    out.blank().line("Give a name or an identifier, for example: -Dexec.args=\"Director General\"");
    return out.toString();
  }

  /** The actors whose identifier, name or short name is {@code wanted}, or else contains it. */
  static List<Actor> find(Agreement agreement, String wanted) {
    String key = normal(wanted);
    List<Actor> exact =
        agreement.actors().stream()
            .filter(
                actor ->
                    actor.id().value().equals(wanted)
                        || normal(actor.name()).equals(key)
                        || normal(actor.shortName()).equals(key))
            .toList();
    if (!exact.isEmpty() || key.isEmpty()) {
      return exact;
    }
    return agreement.actors().stream()
        .filter(
            actor -> normal(actor.name()).contains(key) || normal(actor.shortName()).contains(key))
        .toList();
  }

  /**
   * Lower case, without a leading "the", hyphens as spaces: "the Secretary-General" → "secretary
   * general".
   */
  private static String normal(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    return lower.startsWith("the ") ? lower.substring(4) : lower;
  }

  /** The norms {@code actor} bears, by kind, and those owed to it. */
  public static String render(Agreement agreement, ActorId actor) {
    AgreementText text = agreement.text();
    Handout out = new Handout();
    String name = agreement.nameOf(actor);
    out.heading("The norms of " + name + ": what it bears, and what is owed to it", '=');
    List<Norm> borne = agreement.normsBorneBy(actor);
    out.line(
        Prose.capitalised(name)
            + " bears "
            + Prose.count(borne.size(), "norm")
            + "; "
            + Prose.count(agreement.normsOwedTo(actor).size(), "norm")
            + " name it as counterparty.");
    out.blank();
    for (NormKind kind : NormKind.values()) {
      List<Norm> norms = borne.stream().filter(norm -> norm.kind() == kind).toList();
      if (norms.isEmpty()) {
        continue;
      }
      out.heading(Prose.capitalised(kind.label()) + "s (" + norms.size() + ")", '-');
      for (Norm norm : norms) {
        norm(out, agreement, text, norm, actor);
      }
    }
    List<Norm> owed = agreement.normsOwedTo(actor);
    if (!owed.isEmpty()) {
      out.heading("Owed to " + name, '-');
      for (Norm norm : owed) {
        out.wrapped(
            "  " + text.citation(norm.provision()) + "  ",
            Prose.capitalised(norm.kind().label())
                + " of "
                + names(agreement, norm.bearers())
                + ": "
                + norm.action());
      }
      out.blank();
    }
    return out.toString();
  }

  private static void norm(
      Handout out, Agreement agreement, AgreementText text, Norm norm, ActorId actor) {
    out.wrapped("  " + text.citation(norm.provision()) + "  ", norm.action());
    if (!norm.bearers().equals(Set.of(actor))) {
      out.wrapped("      jointly:   ", names(agreement, norm.bearers()));
    }
    role(out, agreement, "      to whom:   ", norm.actors(NormRole.COUNTERPARTY));
    role(out, agreement, "      in:        ", norm.actors(NormRole.FORUM));
    role(out, agreement, "      through:   ", norm.actors(NormRole.CHANNEL));
    role(out, agreement, "      invited:   ", norm.actors(NormRole.INVITER));
    List<String> required =
        norm.conditions().stream()
            .filter(condition -> !norm.alternativeConditions().contains(condition))
            .map(Condition::label)
            .toList();
    List<String> alternatives =
        norm.alternativeConditions().stream().map(Condition::label).toList();
    List<String> conditions = new ArrayList<>(required);
    if (!alternatives.isEmpty()) {
      conditions.add("either " + String.join(" or ", alternatives));
    }
    if (!conditions.isEmpty()) {
      out.wrapped("      qualified: ", String.join("; ", conditions));
    }
    out.wrapped("      words:     ", "\"" + highlighted(norm) + "\"");
    out.blank();
  }

  private static void role(Handout out, Agreement agreement, String prefix, Set<ActorId> actors) {
    if (!actors.isEmpty()) {
      out.wrapped(prefix, names(agreement, actors));
    }
  }

  private static String names(Agreement agreement, Set<ActorId> actors) {
    return Prose.and(actors.stream().map(agreement::nameOf).toList());
  }

  /** The words of {@code norm} with each condition's phrase in square brackets. */
  static String highlighted(Norm norm) {
    StringBuilder out = new StringBuilder(norm.words());
    for (Occurrence<Condition> occurrence : norm.conditionOccurrences().reverse()) {
      out.insert(occurrence.end(), ']').insert(occurrence.start(), '[');
    }
    return out.toString();
  }
}
