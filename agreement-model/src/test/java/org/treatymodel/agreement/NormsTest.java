package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionKind;

/** The norms of the canonical Agreement rest on its words and name only actors it knows. */
class NormsTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  @Test
  void everyNormsWordsStandInItsProvision() {
    for (Norm norm : agreement.norms()) {
      String provisionText = agreement.provision(norm.provision()).text();
      assertTrue(
          provisionText.contains(norm.words()), norm.id() + ": words not in " + norm.provision());
    }
  }

  @Test
  void everyActorANormNamesExists() {
    for (Norm norm : agreement.norms()) {
      for (ActorId actor : norm.bearers()) {
        assertTrue(agreement.findActor(actor).isPresent(), norm.id() + ": unknown bearer " + actor);
      }
      for (ActorId actor : norm.counterparties()) {
        assertTrue(
            agreement.findActor(actor).isPresent(), norm.id() + ": unknown counterparty " + actor);
      }
    }
  }

  @Test
  void mirrorsAreMutual() {
    long mirrored = 0;
    for (Norm norm : agreement.norms()) {
      if (norm.mirror().isPresent()) {
        mirrored++;
        Norm mirror = agreement.mirrorOf(norm).orElseThrow();
        assertEquals(norm.id(), mirror.mirror().orElseThrow(), norm.id() + " <-> " + mirror.id());
        assertEquals(norm.kind(), mirror.kind(), norm.id() + " and its mirror differ in kind");
      }
    }
    assertEquals(18, mirrored);
  }

  @Test
  void theMirrorPairsOfTheDesignBrief() {
    assertMirrors("art_5__para_1#1", "art_5__para_2#1");
    assertMirrors("art_6__para_1#1", "art_6__para_2#1");
    assertMirrors("art_7__para_2#1", "art_7__para_3#1");
    assertMirrors("art_3__para_3#1", "art_3__para_4#1");
  }

  @Test
  void everyParagraphStatesANormOrSaysWhyNot() {
    for (Provision provision : agreement.text().provisions()) {
      if (provision.kind() != ProvisionKind.PARAGRAPH) {
        continue;
      }
      boolean hasNorm = !agreement.normsIn(provision.id()).isEmpty();
      boolean declaredNone =
          agreement.nonNormativeProvisions().stream()
              .map(NonNormativeProvision::provision)
              .anyMatch(provision.id()::isWithin);
      assertTrue(
          hasNorm != declaredNone,
          provision.id() + ": norms " + hasNorm + ", none declared " + declaredNone);
    }
  }

  @Test
  void normsBorneByTheDirectorGeneral() {
    assertEquals(
        List.of(
            "art_5__para_2#1",
            "art_5__para_2#2",
            "art_5__para_2#3",
            "art_5__para_2#4",
            "art_6__para_1#3",
            "art_6__para_2#1",
            "art_14__para_1#1"),
        ids(agreement.normsBorneBy(Actors.DIRECTOR_GENERAL)));
  }

  @Test
  void normsOnRequest() {
    assertEquals(
        List.of("art_3__para_5#1", "art_7__para_2#1", "art_7__para_3#1"),
        ids(agreement.normsWithCondition(Condition.UPON_REQUEST)));
  }

  @Test
  void entitlementsAreThoseOfArticles5And11() {
    assertEquals(
        List.of("art_5__para_1#1", "art_5__para_2#1", "art_5__para_2#2", "art_11__para_1#1"),
        ids(agreement.normsOfKind(NormKind.ENTITLEMENT)));
  }

  @Test
  void conditionsAreReadFromTheWords() {
    Norm norm = agreement.norm(NormId.parse("art_5__para_2#2"));
    assertEquals(
        List.of(
            Condition.AS_APPROPRIATE,
            Condition.WITHOUT_VOTE,
            Condition.IN_ACCORDANCE_WITH_RULES_OF_PROCEDURE),
        norm.conditions().asList());
  }

  @Test
  void article1StatesNoNorm() {
    assertTrue(agreement.normsInArticle(1).isEmpty());
    assertFalse(agreement.normsInArticle(16).isEmpty());
  }

  private void assertMirrors(String a, String b) {
    assertEquals(NormId.parse(b), agreement.norm(NormId.parse(a)).mirror().orElseThrow());
  }

  private static List<String> ids(List<Norm> norms) {
    return norms.stream().map(norm -> norm.id().toString()).toList();
  }
}
