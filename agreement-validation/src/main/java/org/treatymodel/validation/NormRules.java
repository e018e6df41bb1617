package org.treatymodel.validation;

import java.util.Optional;
import java.util.OptionalInt;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Occurrence;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.PlainText;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The norms against the text they quote and against each other: verbatim words, every condition the
 * words state, the force the agreement's vocabulary reads in them, mutual mirrors, bearers within
 * the parties, every paragraph analysed. That a norm's force phrase and every condition it declares
 * stand in its words, its builder already guarantees; which phrase governs and which conditions the
 * words state depend on the agreement's {@link org.treatymodel.agreement.norm.Vocabulary}, and are
 * checked here.
 */
final class NormRules {
  private NormRules() {}

  static final Rule WORDS_IN_TEXT =
      Rule.of(
          "NORM-001",
          Severity.ERROR,
          "a norm's words stand verbatim, in order, in the text it is read in",
          NormRules::wordsInText);

  static final Rule NO_NORM_WORDS_IN_TEXT =
      Rule.of(
          "NORM-002",
          Severity.ERROR,
          "the words recorded as stating no norm stand verbatim in their provision",
          NormRules::noNormWordsInText);

  static final Rule EVERY_STATED_CONDITION =
      Rule.of(
          "NORM-003",
          Severity.WARNING,
          "a norm carries every condition whose words stand in its words",
          NormRules::everyStatedCondition);

  static final Rule MIRRORS_MUTUAL =
      Rule.of(
          "NORM-004",
          Severity.ERROR,
          "a norm's mirror exists and names it back",
          NormRules::mirrorsMutual);

  static final Rule MIRRORS_OF_ONE_KIND =
      Rule.of(
          "NORM-005",
          Severity.ERROR,
          "a norm and its mirror are of one kind",
          NormRules::mirrorsOfOneKind);

  static final Rule BEARERS_WITHIN_PARTIES =
      Rule.of(
          "NORM-006",
          Severity.ERROR,
          "a norm binds only the parties: its bearers are the parties, their organs, offices or"
              + " staff",
          NormRules::bearersWithinParties);

  static final Rule OTHERS_NAMED =
      Rule.of(
          "NORM-007",
          Severity.WARNING,
          "a norm's other actors belong to a party, or are organizations or coordination bodies",
          NormRules::othersNamed);

  static final Rule NORMS_OR_NONE =
      Rule.of(
          "NORM-008",
          Severity.ERROR,
          "a provision states norms or is recorded as stating none, not both",
          NormRules::normsOrNone);

  static final Rule EVERY_PARAGRAPH_ANALYSED =
      Rule.of(
          "NORM-009",
          Severity.WARNING,
          "every paragraph and point states a norm or is recorded as stating none",
          NormRules::everyParagraphAnalysed);

  static final Rule CHANNELS_AND_INVITERS_OTHERS =
      Rule.of(
          "NORM-010",
          Severity.WARNING,
          "a norm's channel and inviter are others than its bearers",
          NormRules::channelsAndInvitersOthers);

  static final Rule FORCE_GOVERNS =
      Rule.of(
          "NORM-011",
          Severity.ERROR,
          "a norm's force phrase is the governing one of its words in the agreement's vocabulary",
          NormRules::forceGoverns);

  static final RuleSet SET =
      RuleSet.of(
          "norms",
          WORDS_IN_TEXT,
          NO_NORM_WORDS_IN_TEXT,
          EVERY_STATED_CONDITION,
          MIRRORS_MUTUAL,
          MIRRORS_OF_ONE_KIND,
          BEARERS_WITHIN_PARTIES,
          OTHERS_NAMED,
          NORMS_OR_NONE,
          EVERY_PARAGRAPH_ANALYSED,
          CHANNELS_AND_INVITERS_OTHERS,
          FORCE_GOVERNS);

  private static void wordsInText(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (ProvisionId anchor : inspection.normAnchors()) {
      Optional<Provision> provision = dossier.text().findProvision(anchor);
      if (provision.isEmpty()) {
        continue; // REF-005 reports it
      }
      String reading = dossier.text().readingText(anchor);
      for (Norm norm : inspection.normsAnchoredAt(anchor)) {
        OptionalInt missing = norm.firstFragmentNotIn(reading);
        boolean inOrder = missing.isEmpty();
        if (missing.isPresent()) {
          int i = missing.getAsInt();
          inspection.report(
              Location.of(norm.id()),
              "the words "
                  + PlainText.quote(norm.fragments().get(i))
                  + (i == 0 ? " are not" : " do not follow the words before them")
                  + " in the text of "
                  + dossier.text().citation(anchor)
                  + "; quote the text verbatim, in order");
        }
        String own = provision.get().text();
        if (inOrder && norm.fragments().stream().noneMatch(own::contains)) {
          inspection.report(
              Location.of(norm.id()),
              "none of the words of norm "
                  + norm.id()
                  + " stands in "
                  + dossier.text().citation(anchor)
                  + " itself; anchor the norm where its words are");
        }
      }
    }
  }

  private static void noNormWordsInText(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (NonNormativeProvision none : dossier.nonNormativeProvisions()) {
      Optional<Provision> provision = dossier.text().findProvision(none.provision());
      if (provision.isPresent()
          && none.words().isPresent()
          && !provision.get().text().contains(none.words().get())) {
        inspection.report(
            Location.of(none.provision()),
            "the words "
                + PlainText.quote(none.words().get())
                + ", recorded as stating no norm, are not in the text of "
                + dossier.text().citation(none.provision()));
      }
    }
  }

  private static void everyStatedCondition(Inspection inspection) {
    for (Norm norm : inspection.dossier().norms()) {
      String words = norm.words();
      Occurrence<ForcePhrase> force = norm.forceOccurrence();
      for (Condition condition : inspection.dossier().vocabulary().conditions()) {
        if (norm.hasCondition(condition)) {
          continue;
        }
        Optional<Occurrence<Condition>> found = condition.firstOccurrenceIn(words, 0);
        while (found.isPresent() && found.get().overlaps(force)) {
          found = condition.firstOccurrenceIn(words, found.get().start() + 1);
        }
        found.ifPresent(
            occurrence ->
                inspection.report(
                    Location.of(norm.id()),
                    "the words of norm "
                        + norm.id()
                        + " state "
                        + PlainText.quote(occurrence.phrase())
                        + ", but the norm does not carry the condition "
                        + condition.name()
                        + "; add it"));
      }
    }
  }

  private static void forceGoverns(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      Optional<Occurrence<ForcePhrase>> governing = dossier.vocabulary().governing(norm.words());
      if (governing.isPresent() && !governing.get().what().equals(norm.force())) {
        inspection.report(
            Location.of(norm.id()),
            "the force of norm "
                + norm.id()
                + " is recorded as "
                + PlainText.quote(norm.force().words())
                + ", but the governing phrase of its words is "
                + PlainText.quote(governing.get().phrase())
                + " ("
                + governing.get().what().kind().label()
                + "); record that force");
      }
    }
  }

  private static void mirrorsMutual(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      if (norm.mirror().isEmpty()) {
        continue;
      }
      Optional<Norm> mirror = dossier.findNorm(norm.mirror().get());
      if (mirror.isEmpty()) {
        inspection.report(
            Location.of(norm.id()),
            "norm "
                + norm.id()
                + " names "
                + norm.mirror().get()
                + " as its mirror, but there is no such norm");
      } else if (!mirror.get().mirror().equals(Optional.of(norm.id()))) {
        inspection.report(
            Location.of(norm.id()),
            "norm "
                + norm.id()
                + " names "
                + mirror.get().id()
                + " as its mirror, which names "
                + mirror.get().mirror().map(Object::toString).orElse("none")
                + " back; a mirror names the norm that names it");
      }
    }
  }

  private static void mirrorsOfOneKind(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      Optional<Norm> mirror = norm.mirror().flatMap(dossier::findNorm);
      if (mirror.isPresent()
          && mirror.get().kind() != norm.kind()
          && norm.id().compareTo(mirror.get().id()) < 0) {
        inspection.report(
            Location.of(norm.id()),
            "norm "
                + norm.id()
                + " is "
                + Prose.a(norm.kind().label())
                + " but its mirror "
                + mirror.get().id()
                + " is "
                + Prose.a(mirror.get().kind().label())
                + "; a mirror states the same for the other party");
      }
    }
  }

  /**
   * A bearer is a party, or an organ, office or staff of a party: its kind says so, and its
   * identifier descends from the party's. A coordination body or another Organization, even one
   * whose identifier begins with a party's, is not bound.
   */
  private static void bearersWithinParties(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      for (ActorId bearer : norm.bearers()) {
        Optional<Actor> known = dossier.findActor(bearer);
        if (known.isEmpty()) {
          continue; // REF-006 reports it
        }
        ActorKind kind = known.get().kind();
        boolean bound =
            dossier.parties().contains(bearer.organization())
                && (kind == ActorKind.ORGANIZATION
                    || kind == ActorKind.ORGAN
                    || kind == ActorKind.OFFICE
                    || kind == ActorKind.STAFF);
        if (!bound) {
          inspection.report(
              Location.of(norm.id()),
              "norm "
                  + norm.id()
                  + " binds "
                  + inspection.nameOf(bearer)
                  + ", which is neither a party nor an organ, office or staff of one; the Agreement"
                  + " binds only its parties, so make the acting party's organ the bearer and "
                  + inspection.nameOf(bearer)
                  + " a counterparty");
        }
      }
    }
  }

  private static void othersNamed(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      for (NormRole role : NormRole.values()) {
        for (ActorId actor : norm.actors(role)) {
          Optional<Actor> known = dossier.findActor(actor);
          boolean acceptable =
              dossier.parties().contains(actor.organization())
                  || known.isEmpty() // REF-006 reports it
                  || known.get().kind() == ActorKind.ORGANIZATION
                  || known.get().kind() == ActorKind.COORDINATION_BODY;
          if (!acceptable) {
            inspection.report(
                Location.of(norm.id()),
                inspection.nameOf(actor)
                    + ", a "
                    + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " of norm "
                    + norm.id()
                    + ", is "
                    + Prose.a(
                        known
                            .get()
                            .kind()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '))
                    + " of neither party; name the organization it belongs to");
          }
        }
      }
    }
  }

  private static void normsOrNone(Inspection inspection) {
    for (NonNormativeProvision none : inspection.dossier().nonNormativeProvisions()) {
      if (none.coversWholeProvision() && inspection.statesNormsWithin(none.provision())) {
        inspection.report(
            Location.of(none.provision()),
            inspection.citationOf(none.provision())
                + " is recorded as stating no norm, yet norms are anchored there; remove the record"
                + " or the norms");
      }
    }
  }

  private static void everyParagraphAnalysed(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    java.util.Set<ProvisionId> none = new java.util.HashSet<>();
    for (NonNormativeProvision record : dossier.nonNormativeProvisions()) {
      if (record.coversWholeProvision()) {
        none.add(record.provision());
      }
    }
    for (Article article : dossier.text().articles()) {
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId id = article.paragraphId(paragraph);
        check(inspection, none, id);
        for (Point point : paragraph.points()) {
          check(inspection, none, id.list(1).point(point.label()));
        }
      }
    }
  }

  private static void check(
      Inspection inspection, java.util.Set<ProvisionId> none, ProvisionId provision) {
    if (inspection.statesNormsWithin(provision)) {
      return;
    }
    for (Optional<ProvisionId> at = Optional.of(provision);
        at.isPresent();
        at = at.get().parent()) {
      if (none.contains(at.get())) {
        return;
      }
    }
    inspection.report(
        Location.of(provision),
        inspection.dossier().text().citation(provision)
            + " states no norm and is not recorded as stating none; analyse it, or record why it"
            + " states none");
  }

  private static void channelsAndInvitersOthers(Inspection inspection) {
    for (Norm norm : inspection.dossier().norms()) {
      for (NormRole role : new NormRole[] {NormRole.CHANNEL, NormRole.INVITER}) {
        for (ActorId actor : norm.actors(role)) {
          if (norm.bearers().contains(actor)) {
            inspection.report(
                Location.of(norm.id()),
                inspection.nameOf(actor)
                    + " bears norm "
                    + norm.id()
                    + " and is also its "
                    + role.name().toLowerCase(java.util.Locale.ROOT)
                    + "; a bearer does not act through itself or at its own invitation");
          }
        }
      }
    }
  }
}
