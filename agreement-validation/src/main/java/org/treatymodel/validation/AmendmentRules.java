package org.treatymodel.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.Consolidation;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * Amendments (Article 15): each follows the amendment rule, between the parties, fits the text it
 * amends, takes effect no earlier than the agreement, and keeps identifiers stable. That an
 * amendment in force fits the text the consolidation already guarantees; these rules look at the
 * rest.
 */
final class AmendmentRules {
  private AmendmentRules() {}

  static final Rule FOLLOWS_THE_AMENDMENT_RULE =
      Rule.of(
          "AMEND-001",
          Severity.ERROR,
          "an amendment enters into force by the agreement's amendment rule (Article 15)",
          AmendmentRules::followsTheAmendmentRule);

  static final Rule PENDING_FITS_THE_TEXT =
      Rule.of(
          "AMEND-002",
          Severity.ERROR,
          "an amendment not yet in force changes provisions that exist in the text it would amend",
          AmendmentRules::pendingFitsTheText);

  static final Rule NO_NORM_FROM_A_CHANGED_PROVISION =
      Rule.of(
          "AMEND-003",
          Severity.INFO,
          "no norm is read from a provision that an amendment in force removed or replaced",
          AmendmentRules::noNormFromAChangedProvision);

  static final Rule BETWEEN_THE_PARTIES =
      Rule.of(
          "AMEND-004",
          Severity.ERROR,
          "an amendment is made between the parties to the agreement",
          AmendmentRules::betweenTheParties);

  static final Rule NOT_BEFORE_THE_AGREEMENT =
      Rule.of(
          "AMEND-005",
          Severity.WARNING,
          "an amendment does not enter into force before the agreement it amends",
          AmendmentRules::notBeforeTheAgreement);

  static final Rule IDENTIFIERS_NOT_REUSED =
      Rule.of(
          "AMEND-006",
          Severity.WARNING,
          "an identifier that an amendment removed is not given to a new provision by a later one",
          AmendmentRules::identifiersNotReused);

  static final Rule ONE_CHANGE_PER_PROVISION_A_DAY =
      Rule.of(
          "AMEND-007",
          Severity.WARNING,
          "amendments that take effect on the same day change different provisions",
          AmendmentRules::oneChangePerProvisionADay);

  static final RuleSet SET =
      RuleSet.of(
          "amendments",
          FOLLOWS_THE_AMENDMENT_RULE,
          PENDING_FITS_THE_TEXT,
          NO_NORM_FROM_A_CHANGED_PROVISION,
          BETWEEN_THE_PARTIES,
          NOT_BEFORE_THE_AGREEMENT,
          IDENTIFIERS_NOT_REUSED,
          ONE_CHANGE_PER_PROVISION_A_DAY);

  private static void followsTheAmendmentRule(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Optional<EntryIntoForceRule> rule = dossier.amendmentRule();
    for (Amendment amendment : dossier.amendments()) {
      if (rule.isEmpty()) {
        inspection.report(
            Location.of(amendment.instrument()),
            "the agreement has no amendment rule, yet records an amendment; record the rule by"
                + " which amendments enter into force");
      } else if (!amendment.procedure().rule().equals(rule.get())) {
        inspection.report(
            Location.of(amendment.instrument()),
            inspection.titleOf(amendment.instrument())
                + " enters into force "
                + Sentences.rule(amendment.procedure().rule(), dossier)
                + ", but the agreement's amendment rule is: "
                + Sentences.rule(rule.get(), dossier));
      }
    }
  }

  /**
   * The pending amendments are applied to the latest text one after another, in the order recorded,
   * so that one may build on another (an article added, then a paragraph added to it).
   */
  private static void pendingFitsTheText(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Consolidation consolidation = dossier.consolidation();
    List<Amendment> pending =
        dossier.amendments().stream()
            .filter(amendment -> consolidation.effectiveDate(amendment).isEmpty())
            .toList();
    if (pending.isEmpty()) {
      return;
    }
    AgreementText text = consolidation.versionOn(LocalDate.MAX).text();
    for (Amendment amendment : pending) {
      for (TextChange change : amendment.changes()) {
        try {
          text = change.applyTo(text);
        } catch (IllegalArgumentException e) {
          inspection.report(
              Location.of(amendment.instrument()),
              "once in force, "
                  + inspection.titleOf(amendment.instrument())
                  + " would not fit the text it amends: "
                  + e.getMessage());
        }
      }
    }
  }

  /** A provision an amendment in force removed or replaced, and from when. */
  private record Removal(Amendment amendment, LocalDate from) {}

  private static void noNormFromAChangedProvision(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Map<ProvisionId, Removal> changed = new HashMap<>();
    for (Amendment amendment : dossier.amendments()) {
      Optional<LocalDate> from = dossier.consolidation().effectiveDate(amendment);
      if (from.isEmpty()) {
        continue;
      }
      for (TextChange change : amendment.changes()) {
        if (!(change instanceof TextChange.AddArticle)
            && !(change instanceof TextChange.AddParagraph)) {
          changed.putIfAbsent(change.target(), new Removal(amendment, from.get()));
        }
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    for (ProvisionId anchor : inspection.normAnchors()) {
      for (Optional<ProvisionId> at = Optional.of(anchor); at.isPresent(); at = at.get().parent()) {
        Removal removal = changed.get(at.get());
        if (removal != null) {
          for (Norm norm : inspection.normsAnchoredAt(anchor)) {
            inspection.report(
                Location.of(norm.id()),
                "norm "
                    + norm.id()
                    + " is read from "
                    + inspection.citationOf(at.get())
                    + ", which "
                    + inspection.titleOf(removal.amendment().instrument())
                    + " removed or replaced from "
                    + Dates.forPeople(removal.from())
                    + "; the norm states the law before that date only");
          }
          break;
        }
      }
    }
  }

  private static void betweenTheParties(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Amendment amendment : dossier.amendments()) {
      if (!amendment.procedure().parties().equals(dossier.parties())) {
        inspection.report(
            Location.of(amendment.instrument()),
            inspection.titleOf(amendment.instrument())
                + " is between "
                + names(inspection, amendment.procedure().parties())
                + ", but the agreement is between "
                + names(inspection, dossier.parties())
                + "; an agreement is amended by agreement between its parties");
      }
    }
  }

  static String names(Inspection inspection, Set<ActorId> actors) {
    return Prose.and(actors.stream().map(inspection::nameOf).toList());
  }

  private static void notBeforeTheAgreement(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Optional<LocalDate> agreementInForce = dossier.entryIntoForce();
    for (Amendment amendment : dossier.amendments()) {
      Optional<LocalDate> inForce = amendment.entryIntoForce();
      if (inForce.isEmpty()
          || (agreementInForce.isPresent() && !inForce.get().isBefore(agreementInForce.get()))) {
        continue;
      }
      inspection.report(
          locationOfEntryIntoForce(amendment.procedure(), inForce.get()),
          inspection.titleOf(amendment.instrument())
              + " is in force by its procedure from "
              + Dates.forPeople(inForce.get())
              + ", "
              + agreementInForce
                  .map(date -> "before the agreement it amends (" + Dates.forPeople(date) + ")")
                  .orElse("though the agreement it amends is not in force")
              + "; it takes effect only with the agreement");
    }
  }

  /** The event of {@code procedure} that brought it into force on {@code date}. */
  static Location locationOfEntryIntoForce(Procedure procedure, LocalDate date) {
    Optional<? extends ProcedureEvent> event =
        procedure.approvals().stream().filter(approval -> approval.date().equals(date)).findFirst();
    if (event.isEmpty()) {
      event = procedure.signature().filter(signature -> signature.date().equals(date));
    }
    return event
        .<Location>map(found -> Location.of(procedure.instrument(), found))
        .orElse(Location.of(procedure.instrument()));
  }

  private static void identifiersNotReused(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Consolidation consolidation = dossier.consolidation();
    List<Amendment> inOrder = new ArrayList<>();
    for (Amendment amendment : dossier.amendments()) {
      if (consolidation.effectiveDate(amendment).isPresent()) {
        inOrder.add(amendment);
      }
    }
    inOrder.sort(
        Comparator.comparing(amendment -> consolidation.effectiveDate(amendment).orElseThrow()));
    Map<ProvisionId, Amendment> removed = new HashMap<>();
    for (Amendment amendment : inOrder) {
      for (TextChange change : amendment.changes()) {
        if (change instanceof TextChange.RemoveArticle
            || change instanceof TextChange.RemoveParagraph) {
          removed.putIfAbsent(change.target(), amendment);
        } else if ((change instanceof TextChange.AddArticle
                || change instanceof TextChange.AddParagraph)
            && removed.containsKey(change.target())) {
          inspection.report(
              Location.of(amendment.instrument()),
              inspection.titleOf(amendment.instrument())
                  + " adds "
                  + inspection.citationOf(change.target())
                  + ", the identifier of the provision that "
                  + inspection.titleOf(removed.get(change.target()).instrument())
                  + " removed; give the new provision a new number, so that an identifier means"
                  + " one provision in every version");
        }
      }
    }
  }

  private static void oneChangePerProvisionADay(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Consolidation consolidation = dossier.consolidation();
    Map<LocalDate, Map<ProvisionId, Amendment>> byDay = new HashMap<>();
    for (Amendment amendment : dossier.amendments()) {
      Optional<LocalDate> day = consolidation.effectiveDate(amendment);
      if (day.isEmpty()) {
        continue;
      }
      Map<ProvisionId, Amendment> targets = byDay.computeIfAbsent(day.get(), d -> new HashMap<>());
      Set<ProvisionId> own = new HashSet<>();
      for (TextChange change : amendment.changes()) {
        own.add(change.target());
      }
      for (ProvisionId target : own) {
        Amendment other = overlapping(targets, target);
        if (other != null && other != amendment) {
          inspection.report(
              Location.of(amendment.instrument()),
              inspection.titleOf(amendment.instrument())
                  + " and "
                  + inspection.titleOf(other.instrument())
                  + " both change "
                  + inspection.citationOf(target)
                  + " on "
                  + Dates.forPeople(day.get())
                  + "; the text of that day depends on the order they are recorded in");
        }
      }
      for (ProvisionId target : own) {
        targets.putIfAbsent(target, amendment);
      }
    }
  }

  /** The amendment that changes {@code target}, a provision within it or one enclosing it. */
  private static @Nullable Amendment overlapping(
      Map<ProvisionId, Amendment> targets, ProvisionId target) {
    for (Optional<ProvisionId> at = Optional.of(target); at.isPresent(); at = at.get().parent()) {
      Amendment found = targets.get(at.get());
      if (found != null) {
        return found;
      }
    }
    for (Map.Entry<ProvisionId, Amendment> entry : targets.entrySet()) {
      if (entry.getKey().isWithin(target)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
