package org.treatymodel.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * The parties and the signature: two Organizations, each with its constituent instrument, one
 * signature line and one signatory for each, and a signature block that agrees with the signature
 * recorded. That a signatory holds an office of the party signed for the builders guarantee.
 */
final class PartyRules {
  private PartyRules() {}

  /** Blanks left in a draft for the date and place of signature: "xxth day of xx ... at xxx". */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?<![\\p{L}\\p{N}])[xX]{2,}(?:th)?(?![\\p{L}\\p{N}])");

  static final Rule TWO_PARTIES =
      Rule.of(
          "PARTY-001",
          Severity.ERROR,
          "the agreement has exactly two parties, two Organizations",
          PartyRules::twoParties);

  static final Rule CONSTITUENT_INSTRUMENTS =
      Rule.of(
          "PARTY-002",
          Severity.WARNING,
          "each party's constituent instrument is among the instruments",
          PartyRules::constituentInstruments);

  static final Rule ONE_LINE_PER_PARTY =
      Rule.of(
          "PARTY-003",
          Severity.ERROR,
          "the signature block has one line for each party, and none for another",
          PartyRules::oneLinePerParty);

  static final Rule ONE_SIGNATORY_PER_PARTY =
      Rule.of(
          "PARTY-004",
          Severity.ERROR,
          "the signatories of a signature sign for different parties",
          PartyRules::oneSignatoryPerParty);

  static final Rule BLOCK_AGREES_WITH_SIGNATURE =
      Rule.of(
          "PARTY-005",
          Severity.ERROR,
          "the signature block agrees with the recorded signature: one signatory and office per"
              + " party",
          PartyRules::blockAgreesWithSignature);

  static final Rule SIGNING_CLAUSE_FILLED_IN =
      Rule.of(
          "PARTY-006",
          Severity.INFO,
          "the signing clause gives the date and place of signature, not blanks left in a draft",
          PartyRules::signingClauseFilledIn);

  static final RuleSet SET =
      RuleSet.of(
          "parties and signature",
          TWO_PARTIES,
          CONSTITUENT_INSTRUMENTS,
          ONE_LINE_PER_PARTY,
          ONE_SIGNATORY_PER_PARTY,
          BLOCK_AGREES_WITH_SIGNATURE,
          SIGNING_CLAUSE_FILLED_IN);

  private static void twoParties(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    int parties = dossier.parties().size();
    if (parties != 2) {
      inspection.report(
          Location.of(dossier.instrument()),
          "the agreement has "
              + parties
              + (parties == 1 ? " party" : " parties")
              + " ("
              + Prose.and(dossier.parties().stream().map(inspection::nameOf).toList())
              + "); a relationship agreement is concluded between two Organizations");
    }
  }

  private static void constituentInstruments(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    for (ActorId party : dossier.parties()) {
      if (dossier.constituentInstrumentOf(party).isEmpty()) {
        inspection.report(
            Location.of(party),
            "the constituent instrument of "
                + inspection.nameOf(party)
                + " is not among the instruments, though a party acts within the limits of its"
                + " constituent instrument; add it");
      }
    }
  }

  private static void oneLinePerParty(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    List<SignatureLine> lines = dossier.text().finalClauses().signatures();
    Set<ActorId> signedFor = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      ActorId party = lines.get(i).party();
      Location at = Location.of(ProvisionId.conclusions().signature(i + 1));
      if (!dossier.parties().contains(party)) {
        inspection.report(
            at,
            "the signature block has a line for "
                + inspection.nameOf(party)
                + ", which is not a party; remove it");
      } else if (!signedFor.add(party)) {
        inspection.report(
            at,
            "the signature block has a second line for "
                + inspection.nameOf(party)
                + "; each party signs once");
      }
    }
    for (ActorId party : dossier.parties()) {
      if (!signedFor.contains(party)) {
        inspection.report(
            Location.of(ProvisionId.conclusions()),
            "the signature block has no line for "
                + inspection.nameOf(party)
                + "; add one, with the signatory and office");
      }
    }
  }

  private static void oneSignatoryPerParty(Inspection inspection) {
    for (Procedure procedure : inspection.procedures()) {
      Optional<Signature> signature = procedure.signature();
      if (signature.isEmpty()) {
        continue;
      }
      Set<ActorId> seen = new HashSet<>();
      for (Signatory signatory : signature.get().signatories()) {
        if (!seen.add(signatory.party())) {
          inspection.report(
              Location.of(procedure.instrument(), signature.get()),
              "the signature of "
                  + Dates.forPeople(signature.get().date())
                  + " has two signatories for "
                  + inspection.nameOf(signatory.party())
                  + "; record one signatory for each party");
        }
      }
    }
  }

  private static void blockAgreesWithSignature(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    Optional<Signature> signature = dossier.procedure().signature();
    if (signature.isEmpty()) {
      return;
    }
    Map<ActorId, Signatory> signatories = new HashMap<>();
    for (Signatory signatory : signature.get().signatories()) {
      signatories.putIfAbsent(signatory.party(), signatory);
    }
    List<SignatureLine> lines = dossier.text().finalClauses().signatures();
    for (int i = 0; i < lines.size(); i++) {
      SignatureLine line = lines.get(i);
      Signatory signatory = signatories.get(line.party());
      if (signatory == null) {
        continue; // PROC-003 reports a party no one signed for
      }
      Location at = Location.of(ProvisionId.conclusions().signature(i + 1));
      if (signatory.name().isPresent() && !sameName(signatory.name().get(), line.signatory())) {
        inspection.report(
            at,
            "the signature block names "
                + line.signatory()
                + " for "
                + inspection.nameOf(line.party())
                + ", but the signature records "
                + signatory.name().get()
                + "; record who signed");
      }
      if (signatory.office().isPresent() && !signatory.office().get().equals(line.office())) {
        inspection.report(
            at,
            "the signature block has "
                + inspection.nameOf(line.office())
                + " sign for "
                + inspection.nameOf(line.party())
                + ", but the signature records "
                + inspection.nameOf(signatory.office().get())
                + "; record the office of who signed");
      }
    }
  }

  /**
   * Names compare as people read them: letter case and runs of spaces aside ("Ban Ki-Moon" in the
   * draft is "Ban Ki-moon").
   */
  private static boolean sameName(String a, String b) {
    return normalized(a).equals(normalized(b));
  }

  private static String normalized(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void signingClauseFilledIn(Inspection inspection) {
    Agreement dossier = inspection.dossier();
    String clause = dossier.text().finalClauses().signingClause();
    Matcher blanks = PLACEHOLDER.matcher(clause);
    if (!blanks.find()) {
      return;
    }
    String recorded =
        dossier
            .procedure()
            .signature()
            .map(
                signature ->
                    "; the signature recorded gives "
                        + Dates.forPeople(signature.date())
                        + signature.place().map(place -> " at " + place).orElse(""))
            .orElse("; no signature is recorded");
    inspection.report(
        Location.of(ProvisionId.conclusions().formula(2)),
        "the signing clause leaves blanks (\""
            + blanks.group()
            + "\") for the date or place, as the draft approved before signature does"
            + recorded);
  }
}
