package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.PlainText;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.RecitalVerb;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * Every identifier the dossier uses resolves: provisions in the text, actors and instruments in the
 * catalogue. A builder cannot check this, since it sees one value at a time.
 */
final class ReferenceRules {
  private ReferenceRules() {}

  static final Rule REFERENCE_SOURCES =
      Rule.of(
          "REF-001",
          Severity.ERROR,
          "every cross-reference leaves from a provision of the text, whose words it quotes",
          ReferenceRules::referenceSources);

  static final Rule REFERENCE_TARGETS =
      Rule.of(
          "REF-002",
          Severity.ERROR,
          "every cross-reference reaches a provision of the text or a known instrument",
          ReferenceRules::referenceTargets);

  static final Rule RECITAL_CITATIONS =
      Rule.of(
          "REF-003",
          Severity.WARNING,
          "a recital that recalls or takes note of something cites it by a cross-reference",
          ReferenceRules::recitalCitations);

  static final Rule INSTRUMENT_RELATIONS =
      Rule.of(
          "REF-004",
          Severity.ERROR,
          "every instrument that an instrument relates to is known",
          ReferenceRules::instrumentRelations);

  static final Rule NORM_PROVISIONS =
      Rule.of(
          "REF-005",
          Severity.ERROR,
          "every norm is anchored at a provision of the text",
          ReferenceRules::normProvisions);

  static final Rule NORM_ACTORS =
      Rule.of(
          "REF-006",
          Severity.ERROR,
          "every actor a norm names, as bearer or in a role, is known",
          ReferenceRules::normActors);

  static final Rule OWN_INSTRUMENT =
      Rule.of(
          "REF-007",
          Severity.ERROR,
          "the agreement's own instrument is among its instruments, as an agreement",
          ReferenceRules::ownInstrument);

  static final Rule RECORD_PROVISIONS =
      Rule.of(
          "REF-008",
          Severity.ERROR,
          "every provision a record names is in the text, with the words the record quotes",
          ReferenceRules::recordProvisions);

  static final Rule PROCEDURE_ACTORS =
      Rule.of(
          "REF-009",
          Severity.ERROR,
          "every actor that a procedure, the signature block or an instrument names is known",
          ReferenceRules::procedureActors);

  static final Rule PROCEDURE_INSTRUMENTS =
      Rule.of(
          "REF-010",
          Severity.ERROR,
          "every instrument that a procedure, an arrangement, the history or a report names is known",
          ReferenceRules::procedureInstruments);

  static final RuleSet SET =
      RuleSet.of(
          "references",
          REFERENCE_SOURCES,
          REFERENCE_TARGETS,
          RECITAL_CITATIONS,
          INSTRUMENT_RELATIONS,
          NORM_PROVISIONS,
          NORM_ACTORS,
          OWN_INSTRUMENT,
          RECORD_PROVISIONS,
          PROCEDURE_ACTORS,
          PROCEDURE_INSTRUMENTS);

  private static void referenceSources(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (CrossReference reference : dossier.crossReferences()) {
      Optional<Provision> source = dossier.text().findProvision(reference.source());
      if (source.isEmpty()) {
        inspection.report(
            Location.of(reference.source()),
            "a cross-reference leaves from "
                + reference.source()
                + ", which is not in the text; record it at the provision whose words make it");
      } else if (!source.get().text().contains(reference.words())) {
        inspection.report(
            Location.of(reference.source()),
            "the cross-reference quotes "
                + PlainText.quote(reference.words())
                + ", which is not in the text of "
                + dossier.text().citation(reference.source())
                + "; quote the words that make the reference");
      }
    }
  }

  private static void referenceTargets(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (CrossReference reference : dossier.crossReferences()) {
      reference
          .targetProvision()
          .filter(target -> dossier.text().findProvision(target).isEmpty())
          .ifPresent(
              target ->
                  inspection.report(
                      Location.of(reference.source()),
                      "the cross-reference "
                          + PlainText.quote(reference.words())
                          + " refers to "
                          + target
                          + ", which is not in the text"));
      reference
          .targetInstrument()
          .filter(target -> dossier.findInstrument(target).isEmpty())
          .ifPresent(
              target ->
                  inspection.report(
                      Location.of(reference.source()),
                      "the cross-reference "
                          + PlainText.quote(reference.words())
                          + " refers to the instrument "
                          + target
                          + ", which is not among the instruments; add it"));
    }
  }

  private static void recitalCitations(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (int number = 1; number <= dossier.text().recitals().size(); number++) {
      Recital recital = dossier.text().recital(number);
      boolean recalls =
          recital.verb() == RecitalVerb.RECALLING || recital.verb() == RecitalVerb.TAKING_NOTE_OF;
      if (recalls && dossier.instrumentsCitedBy(ProvisionId.recital(number)).isEmpty()) {
        inspection.report(
            Location.of(ProvisionId.recital(number)),
            "recital "
                + number
                + " opens with \""
                + recital.openingPhrase()
                + "\" but cites no instrument; record the cross-reference to what it recalls or"
                + " takes note of, with the words that name it");
      }
    }
  }

  private static void instrumentRelations(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Instrument instrument : dossier.instruments()) {
      for (InstrumentRelation relation : instrument.relations()) {
        if (dossier.findInstrument(relation.target()).isEmpty()) {
          inspection.report(
              Location.of(instrument.id()),
              instrument.shortTitle()
                  + " "
                  + relation.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " "
                  + relation.target()
                  + ", which is not among the instruments; add it");
        }
      }
    }
  }

  private static void normProvisions(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (ProvisionId anchor : inspection.normAnchors()) {
      if (dossier.text().findProvision(anchor).isEmpty()) {
        for (Norm norm : inspection.normsAnchoredAt(anchor)) {
          inspection.report(
              Location.of(norm.id()),
              "norm "
                  + norm.id()
                  + " is anchored at "
                  + anchor
                  + ", which is not in the text; anchor it at the provision that states it");
        }
      }
    }
  }

  private static void normActors(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Norm norm : dossier.norms()) {
      for (ActorId bearer : norm.bearers()) {
        unknownActor(inspection, Location.of(norm.id()), bearer, "a bearer of norm " + norm.id());
      }
      for (NormRole role : NormRole.values()) {
        for (ActorId actor : norm.actors(role)) {
          unknownActor(
              inspection,
              Location.of(norm.id()),
              actor,
              "a " + role.name().toLowerCase(java.util.Locale.ROOT) + " of norm " + norm.id());
        }
      }
    }
  }

  private static void unknownActor(
      Inspection inspection, Location location, ActorId actor, String what) {
    if (inspection.dossier().findActor(actor).isEmpty()) {
      inspection.report(
          location, actor + ", " + what + ", is not among the actors; add it or correct the id");
    }
  }

  private static void ownInstrument(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Optional<Instrument> own = dossier.findInstrument(dossier.instrument());
    if (own.isEmpty()) {
      inspection.report(
          Location.of(dossier.instrument()),
          "the agreement's own instrument "
              + dossier.instrument()
              + " is not among its instruments; add it, with its title and date");
    } else if (own.get().kind() != InstrumentKind.AGREEMENT) {
      inspection.report(
          Location.of(dossier.instrument()),
          "the agreement's own instrument is recorded as a "
              + own.get().kind().label()
              + "; record it as an agreement");
    }
  }

  private static void recordProvisions(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (NonNormativeProvision none : dossier.nonNormativeProvisions()) {
      if (dossier.text().findProvision(none.provision()).isEmpty()) {
        inspection.report(
            Location.of(none.provision()),
            "a record says that "
                + none.provision()
                + " states no norm, but it is not in the text");
      }
    }
    for (AnticipatedArrangement arrangement : dossier.anticipatedArrangements()) {
      Optional<Provision> provision = dossier.text().findProvision(arrangement.provision());
      if (provision.isEmpty()) {
        inspection.report(
            Location.of(arrangement.provision()),
            "an anticipated arrangement is called for by "
                + arrangement.provision()
                + ", which is not in the text");
      } else if (!provision.get().text().contains(arrangement.words())) {
        inspection.report(
            Location.of(arrangement.provision()),
            "the anticipated arrangement quotes "
                + PlainText.quote(arrangement.words())
                + ", which is not in the text of "
                + dossier.text().citation(arrangement.provision()));
      }
    }
    for (ReportedStatement statement : dossier.reportedStatements()) {
      for (ProvisionId compared : statement.comparedWith()) {
        if (dossier.text().findProvision(compared).isEmpty()) {
          inspection.report(
              Location.of(compared),
              "a reported statement about "
                  + inspection.titleOf(statement.about())
                  + " is compared with "
                  + compared
                  + ", which is not in the text");
        }
      }
    }
  }

  private static void procedureActors(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Procedure procedure : inspection.procedures()) {
      Location where = Location.of(procedure.instrument());
      for (ActorId party : procedure.parties()) {
        unknownActor(
            inspection, where, party, "a party to " + inspection.titleOf(procedure.instrument()));
      }
      for (ActorId organ : procedure.rule().requiredApprovers()) {
        unknownActor(inspection, where, organ, "an organ whose approval the rule requires");
      }
      for (ProcedureEvent event : procedure.events()) {
        Location at = Location.of(procedure.instrument(), event);
        event
            .match(
                approval -> List.of(new Named(approval.organ(), "the approving organ")),
                notification ->
                    List.of(
                        new Named(notification.reports(), "the organ whose approval is notified")),
                signature ->
                    signature.signatories().stream()
                        .flatMap(signatory -> signatory.office().stream())
                        .map(office -> new Named(office, "a signatory's office"))
                        .toList())
            .forEach(named -> unknownActor(inspection, at, named.actor(), named.role()));
      }
    }
    List<SignatureLine> lines =
        dossier.text().findFinalClauses().map(FinalClauses::signatures).orElse(ImmutableList.of());
    for (int i = 0; i < lines.size(); i++) {
      SignatureLine line = lines.get(i);
      unknownActor(
          inspection,
          Location.of(ProvisionId.conclusions().signature(i + 1)),
          line.office(),
          "the office of a signature line");
    }
    for (Instrument instrument : dossier.instruments()) {
      Location at = Location.of(instrument.id());
      instrument.issuedBy().ifPresent(actor -> unknownActor(inspection, at, actor, "its issuer"));
      instrument
          .addressedTo()
          .ifPresent(actor -> unknownActor(inspection, at, actor, "its addressee"));
      instrument
          .constitutes()
          .ifPresent(
              actor -> unknownActor(inspection, at, actor, "the Organization it constitutes"));
    }
  }

  private static void procedureInstruments(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (Procedure procedure : inspection.procedures()) {
      if (!procedure.instrument().equals(dossier.instrument())) {
        unknownInstrument(
            inspection,
            Location.of(procedure.instrument()),
            procedure.instrument(),
            "it has a procedure");
      }
      procedure
          .supersedes()
          .ifPresent(
              superseded ->
                  unknownInstrument(
                      inspection,
                      Location.of(procedure.instrument()),
                      superseded,
                      "it is superseded"));
      for (Approval approval : procedure.approvals()) {
        approval
            .record()
            .ifPresent(
                record ->
                    unknownInstrument(
                        inspection,
                        Location.of(procedure.instrument(), approval),
                        record,
                        "it records an approval"));
      }
    }
    for (AnticipatedArrangement arrangement : dossier.anticipatedArrangements()) {
      for (InstrumentId instrument : arrangement.instruments()) {
        unknownInstrument(
            inspection, Location.of(arrangement.provision()), instrument, "it is an arrangement");
      }
    }
    for (TimelineEvent event : dossier.otherEvents()) {
      for (InstrumentId instrument : event.instruments()) {
        unknownInstrument(
            inspection, Location.of(instrument), instrument, "an event of the history names it");
      }
    }
    for (ReportedStatement statement : dossier.reportedStatements()) {
      unknownInstrument(
          inspection, Location.of(statement.about()), statement.about(), "a statement is about it");
      statement
          .quotedFrom()
          .ifPresent(
              source ->
                  unknownInstrument(
                      inspection, Location.of(source), source, "a statement quotes it"));
      statement
          .cites()
          .ifPresent(
              cited ->
                  unknownInstrument(inspection, Location.of(cited), cited, "a statement cites it"));
    }
  }

  private static void unknownInstrument(
      Inspection inspection, Location location, InstrumentId instrument, String why) {
    if (inspection.dossier().findInstrument(instrument).isEmpty()) {
      inspection.report(
          location,
          "the instrument "
              + instrument
              + " is not among the instruments, though "
              + why
              + "; add it, with its title and date");
    }
  }

  /** An actor an event names, and in which role, for REF-006's message. */
  private record Named(ActorId actor, String role) {}
}
