package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** The aggregate's lookups and queries, including what they say when something is missing. */
class AgreementQueriesTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  @Test
  void crossReferencesAreInDocumentOrderHoweverGiven() {
    Agreement agreement = UnIomAgreement.agreement();
    List<org.treatymodel.agreement.reference.CrossReference> reversed =
        new java.util.ArrayList<>(agreement.crossReferences());
    java.util.Collections.reverse(reversed);
    Agreement rebuilt = Agreement.builder().from(agreement).crossReferences(reversed).build();
    assertEquals(agreement.crossReferences(), rebuilt.crossReferences());
    assertEquals(agreement, rebuilt);
    List<ProvisionId> sources =
        agreement.crossReferences().stream()
            .map(org.treatymodel.agreement.reference.CrossReference::source)
            .toList();
    assertEquals(sources.stream().sorted().toList(), sources);
    // Two references of recital 1, in the order their words stand in it.
    assertEquals(
        List.of(Instruments.CHARTER_OF_THE_UNITED_NATIONS, Instruments.CONSTITUTION_OF_IOM),
        agreement.instrumentsCitedBy(ProvisionId.recital(1)));
  }

  @Test
  void lookupsNameWhatIsMissing() {
    assertEquals(
        "no actor un.unknown",
        assertThrows(
                IllegalArgumentException.class, () -> agreement.actor(ActorId.of("un.unknown")))
            .getMessage());
    assertEquals(
        "no instrument A/RES/1/1",
        assertThrows(
                IllegalArgumentException.class,
                () -> agreement.instrument(InstrumentId.of("A/RES/1/1")))
            .getMessage());
    assertEquals(
        "no norm art_1__para_1#1",
        assertThrows(
                IllegalArgumentException.class,
                () -> agreement.norm(NormId.parse("art_1__para_1#1")))
            .getMessage());
    assertEquals(
        Instruments.GA_RESOLUTION_70_263,
        agreement.instrument(Instruments.GA_RESOLUTION_70_263).id());
  }

  @Test
  void eachPartyHasItsConstituentInstrument() {
    assertEquals(
        Instruments.CHARTER_OF_THE_UNITED_NATIONS,
        agreement.constituentInstrumentOf(Actors.UNITED_NATIONS).orElseThrow().id());
    assertEquals(
        Instruments.CONSTITUTION_OF_IOM,
        agreement.constituentInstrumentOf(Actors.IOM).orElseThrow().id());
    assertTrue(agreement.constituentInstrumentOf(Actors.GENERAL_ASSEMBLY).isEmpty());
  }

  @Test
  void normsOwedToTheSecurityCouncil() {
    assertEquals(
        List.of("art_5__para_2#4"),
        agreement.normsOwedTo(Actors.SECURITY_COUNCIL).stream()
            .map(n -> n.id().toString())
            .toList());
    assertTrue(agreement.normsOwedTo(ActorId.of("un.unknown")).isEmpty());
  }

  @Test
  void normsInAProvisionAndWhere() {
    assertEquals(5, agreement.normsIn(ProvisionId.parse("art_5__para_2")).size());
    assertEquals(
        List.of("art_7__para_2#1", "art_7__para_3#1"),
        agreement.normsWithCondition(Condition.TO_THE_EXTENT_PRACTICABLE).stream()
            .map(n -> n.id().toString())
            .toList());
    assertEquals(3, agreement.normsOfKind(NormKind.SAFEGUARD).size());
    assertEquals(
        agreement.normsOfKind(NormKind.COMMITMENT),
        agreement.normsWhere(norm -> norm.kind() == NormKind.COMMITMENT));
  }

  @Test
  void referencesToAProvisionIncludeThoseToProvisionsWithinIt() {
    assertEquals(2, agreement.referencesTo(ProvisionId.article(14)).size());
    assertTrue(agreement.referencesTo(ProvisionId.article(13)).isEmpty());
    assertTrue(agreement.referencesTo(ProvisionId.parse("art_14__para_1")).isEmpty());
    assertEquals(8, agreement.referencesFrom(ProvisionId.preamble()).size());
  }

  @Test
  void conditionsAndKindsSayWhichWordsStateThem() {
    assertTrue(Condition.UPON_REQUEST.isStatedIn("furnish, upon its request, studies"));
    assertTrue(!Condition.UPON_REQUEST.isStatedIn("furnish studies"));
    assertTrue(!Condition.UPON_REQUEST.isStatedIn("furnish, uponrequest, studies"));
    assertEquals(List.of("without vote"), Condition.WITHOUT_VOTE.phrases());
    assertEquals("at the invitation of", Condition.AT_THE_INVITATION_OF.label());
    assertEquals(
        List.of(ForcePhrase.SHALL_BE_ENTITLED),
        agreement.vocabulary().forcePhrasesOf(NormKind.ENTITLEMENT));
    assertEquals(
        List.of(
            ForcePhrase.SHALL_BE_WITHOUT_PREJUDICE_TO,
            ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED,
            ForcePhrase.SHALL_BE_SUBJECT_TO),
        agreement.vocabulary().forcePhrasesOf(NormKind.SAFEGUARD));
    Norm norm = agreement.norm(NormId.parse("art_4__para_1#1"));
    assertEquals(List.of(Condition.IF_IT_DECIDES_IT_TO_BE_APPROPRIATE), norm.conditions().asList());
    assertEquals(ProvisionId.parse("art_4__para_1"), norm.provision());
  }

  @Test
  void everyIdentifierConstantNamesSomethingOfTheCanonicalData() throws IllegalAccessException {
    Agreement canonical = UnIomAgreement.agreement();
    int actors = 0;
    for (java.lang.reflect.Field field : Actors.class.getFields()) {
      ActorId id = (ActorId) field.get(null);
      assertTrue(canonical.findActor(id).isPresent(), field.getName() + " = " + id);
      actors++;
    }
    assertEquals(canonical.actors().size(), actors, "a constant for every actor");
    int instruments = 0;
    for (java.lang.reflect.Field field : Instruments.class.getFields()) {
      InstrumentId id = (InstrumentId) field.get(null);
      assertTrue(canonical.findInstrument(id).isPresent(), field.getName() + " = " + id);
      instruments++;
    }
    assertEquals(canonical.instruments().size(), instruments, "a constant for every instrument");
  }

  @Test
  void otherAgreementsNameTheirActors() {
    assertEquals(8, RelationshipAgreements.catalogue().actors().size());
    assertEquals(
        Instruments.COOPERATION_AGREEMENT_1996, RelationshipAgreements.unIom1996().instrument());
    assertEquals(
        11,
        UnIomAgreement.agreement().actors().stream()
            .filter(
                actor ->
                    actor.kind() == org.treatymodel.agreement.actor.ActorKind.COORDINATION_BODY)
            .count(),
        "the bodies of Article 3(2), with the umbrella 'any body or bodies'");
    assertEquals(
        UnIomAgreement.agreement().actors().size(),
        UnIomAgreement.agreement().actors().stream().map(actor -> actor.id()).distinct().count());
  }
}
