package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Occurrence;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The norms of the canonical Agreement at the precision of the text: one per limb, in its own
 * verbatim words, with the force phrase at its governing verb and each condition where its words
 * state it.
 */
class NormsTest {
  private final Agreement agreement = UnIomAgreement.agreement();

  /**
   * Whole-word occurrences of {@code phrase} in {@code text}, by a regular expression: an oracle
   * written apart from the model's own search.
   */
  private static List<int[]> wholeWords(String text, String phrase) {
    Matcher matcher =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    List<int[]> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      found.add(new int[] {matcher.start(), matcher.end()});
    }
    return found;
  }

  @Test
  void everyNormsFragmentsStandInOrderInTheTextItIsReadIn() {
    for (Norm norm : agreement.norms()) {
      String text = agreement.text().readingText(norm.provision());
      int from = 0;
      for (String fragment : norm.fragments()) {
        int at = text.indexOf(fragment, from);
        assertTrue(at >= 0, norm.id() + ": \"" + fragment + "\" not in order in its text");
        from = at + fragment.length();
      }
      String own = agreement.provision(norm.provision()).text();
      assertTrue(
          norm.fragments().stream().anyMatch(own::contains),
          norm.id() + ": no fragment stands in the provision it is anchored at");
      assertEquals(String.join(Norm.ELLIPSIS, norm.fragments()), norm.words());
    }
  }

  @Test
  void everyForcePhraseStandsAsWholeWordsAtTheGoverningVerb() {
    for (Norm norm : agreement.norms()) {
      Occurrence<ForcePhrase> force = norm.forceOccurrence();
      assertFalse(wholeWords(norm.words(), norm.force().words()).isEmpty(), norm.id().toString());
      assertEquals(
          norm.force().words(), norm.words().substring(force.start(), force.end()), norm.id() + "");
      // No force phrase of any kind stands earlier in the words.
      for (ForcePhrase phrase : agreement.vocabulary().forcePhrases()) {
        for (int[] at : wholeWords(norm.words(), phrase.words())) {
          assertTrue(
              at[0] >= force.start(),
              norm.id() + ": \"" + phrase.words() + "\" stands before the governing verb");
        }
      }
    }
  }

  @Test
  void everyConditionStandsWhereItsOccurrenceSaysWithinOneFragment() {
    for (Norm norm : agreement.norms()) {
      assertEquals(norm.conditions().size(), norm.conditionOccurrences().size(), norm.id() + "");
      for (Occurrence<Condition> occurrence : norm.conditionOccurrences()) {
        assertTrue(occurrence.what().phrases().contains(occurrence.phrase()));
        assertEquals(
            occurrence.phrase(),
            norm.words().substring(occurrence.start(), occurrence.end()),
            norm.id() + " " + occurrence.what());
        assertFalse(occurrence.phrase().contains("…"));
        assertFalse(occurrence.overlaps(norm.forceOccurrence()), norm.id() + "");
      }
    }
  }

  /**
   * The property of the reading rules: a norm carries a condition exactly when one of the
   * condition's phrases stands, as whole words, in the norm's words outside its force phrase.
   */
  @Test
  void aConditionIsCarriedExactlyWhenItsPhraseStandsInTheNormsWords() {
    for (Norm norm : agreement.norms()) {
      Occurrence<ForcePhrase> force = norm.forceOccurrence();
      for (Condition condition : agreement.vocabulary().conditions()) {
        boolean stated = false;
        for (String phrase : condition.phrases()) {
          for (int[] at : wholeWords(norm.words(), phrase)) {
            stated |= at[1] <= force.start() || at[0] >= force.end();
          }
        }
        assertEquals(
            stated, norm.hasCondition(condition), norm.id() + " and \"" + condition.label() + "\"");
      }
    }
  }

  @Test
  void theClosingWordsOfArticle3Paragraph2GiveTwoUndertakingsEachWithItsOwnCondition() {
    ProvisionId closingWords = ProvisionId.article(3).paragraph(2).wrapUp();
    List<Norm> norms = agreement.normsIn(closingWords);
    assertEquals(2, norms.size());
    assertEquals(
        List.of(Condition.IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES),
        norms.get(0).conditions().asList());
    assertEquals(
        List.of(Condition.AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS),
        norms.get(1).conditions().asList());
    assertEquals(
        "The International Organization for Migration agrees to … contribute to their cost-shared"
            + " budgets, as per established cost-sharing arrangements.",
        norms.get(1).words());
    assertFalse(
        agreement
            .normsWithCondition(Condition.IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES)
            .contains(norms.get(1)),
        "the contribution does not depend on rules of procedure");
    assertEquals("Article 3(2), closing words", agreement.text().citation(closingWords));
    assertTrue(norms.stream().allMatch(norm -> norm.kind() == NormKind.UNDERTAKING));
  }

  @Test
  void aNormStatedInAPointOrAListsIntroductionIsAnchoredThere() {
    ProvisionId paragraph = ProvisionId.article(3).paragraph(2);
    Norm pointC = agreement.normsIn(paragraph.point('c')).get(0);
    assertEquals(NormId.parse("art_3__para_2__list_1__point_c#1"), pointC.id());
    assertEquals("Article 3(2)(c)", agreement.text().citation(pointC.provision()));
    assertEquals(
        List.of(Actors.EXECUTIVE_COMMITTEE_ON_HUMANITARIAN_AFFAIRS), pointC.forums().asList());
    assertEquals(2, agreement.normsIn(paragraph.intro()).size());
    assertEquals(
        "Article 3(2), opening words",
        agreement.text().citation(agreement.normsIn(paragraph.intro()).get(0).provision()));
    // The paragraph finds every norm within it: two in the introduction, one per point, two in the
    // closing words.
    assertEquals(9, agreement.normsIn(paragraph).size());
    assertEquals(5, agreement.normsIn(paragraph.list(1)).size() - 4);
  }

  @Test
  void rolesNameTheOtherActors() {
    assertEquals(List.of("art_4__para_1#1"), ids(agreement.normsThrough(Actors.SECRETARY_GENERAL)));
    assertEquals(
        List.of("art_5__para_2#4"), ids(agreement.normsAtTheInvitationOf(Actors.SECURITY_COUNCIL)));
    assertEquals(
        List.of("art_5__para_1#1", "art_5__para_1#2"),
        ids(agreement.normsInForum(Actors.IOM_COUNCIL)));
    assertEquals(List.of("art_5__para_2#1"), ids(agreement.normsInForum(Actors.GENERAL_ASSEMBLY)));
    assertEquals(
        List.of("art_5__para_2#3"),
        ids(agreement.normsInForum(Actors.GENERAL_ASSEMBLY_SUBSIDIARY_ORGANS)));
    Norm reports = agreement.norm(NormId.parse("art_4__para_1#1"));
    assertEquals(List.of(Actors.GENERAL_ASSEMBLY), reports.actors(NormRole.COUNTERPARTY).asList());
    assertEquals(List.of(Actors.SECRETARY_GENERAL), reports.actors(NormRole.CHANNEL).asList());
    assertEquals(List.of("art_5__para_2#4"), ids(agreement.normsOwedTo(Actors.SECURITY_COUNCIL)));
  }

  @Test
  void rightsExercisedWithoutVoteCanBeAskedForAsSuch() {
    assertEquals(
        List.of("art_5__para_1#2", "art_5__para_2#2", "art_5__para_2#3"),
        ids(agreement.rightsWithoutVote()));
    // The invitation of Article 5(1) is IOM's obligation, not the Secretary-General's right.
    assertTrue(
        agreement.normsWithCondition(Condition.WITHOUT_VOTE).stream()
            .anyMatch(norm -> norm.id().equals(NormId.parse("art_5__para_1#3"))));
  }

  @Test
  void aRightToAttendSomeMeetingsAndToParticipateWithoutVoteInOthersIsTwo() {
    Norm plenary = agreement.norm(NormId.parse("art_5__para_2#1"));
    Norm committees = agreement.norm(NormId.parse("art_5__para_2#2"));
    assertFalse(plenary.hasCondition(Condition.WITHOUT_VOTE));
    assertEquals(List.of("for the purposes of consultations"), plenary.purposes());
    assertTrue(committees.hasCondition(Condition.WITHOUT_VOTE));
    assertFalse(committees.hasCondition(Condition.AS_APPROPRIATE));
    Norm subsidiary = agreement.norm(NormId.parse("art_5__para_2#3"));
    assertTrue(subsidiary.hasCondition(Condition.AS_APPROPRIATE));
    assertTrue(
        subsidiary.hasCondition(Condition.IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE));
  }

  @Test
  void conditionsNameExactlyWhatTheirWordsSay() {
    assertTrue(
        agreement
            .norm(NormId.parse("art_3__para_5#1"))
            .hasCondition(Condition.WITHIN_THEIR_RESPECTIVE_COMPETENCIES));
    assertFalse(
        agreement
            .norm(NormId.parse("art_3__para_5#1"))
            .hasCondition(Condition.WITHIN_THEIR_RESPECTIVE_MANDATES));
    assertEquals(
        List.of(Condition.IF_IT_DECIDES_IT_TO_BE_APPROPRIATE),
        agreement.norm(NormId.parse("art_4__para_1#1")).conditions().asList());
    assertFalse(
        agreement.norm(NormId.parse("art_13__para_1#1")).hasCondition(Condition.AS_APPROPRIATE));
    assertTrue(
        agreement.norm(NormId.parse("art_13__para_1#1")).hasCondition(Condition.IN_ITS_JUDGEMENT));
    assertEquals(
        List.of(Condition.WITHIN_THEIR_RESPECTIVE_MANDATES),
        agreement.norm(NormId.parse("art_3__para_1#1")).conditions().asList());
    assertTrue(agreement.norm(NormId.parse("art_3__para_1#2")).conditions().isEmpty());
  }

  @Test
  void objectsAndPurposesAreWhatTheTextLists() {
    assertEquals(
        List.of("facilities", "staff", "services"),
        agreement.norm(NormId.parse("art_8__para_1#1")).objects());
    assertEquals(
        List.of("information", "publications", "documents"),
        agreement.norm(NormId.parse("art_7__para_1#1")).objects());
    for (Norm norm : agreement.norms()) {
      for (String listed : norm.objects()) {
        assertFalse(wholeWords(norm.words(), listed).isEmpty(), norm.id() + ": " + listed);
      }
      for (String purpose : norm.purposes()) {
        assertTrue(norm.words().contains(purpose), norm.id() + ": " + purpose);
      }
    }
  }

  @Test
  void everyActorANormNamesExists() {
    for (Norm norm : agreement.norms()) {
      for (NormRole role : NormRole.values()) {
        for (ActorId actor : norm.actors(role)) {
          assertTrue(agreement.findActor(actor).isPresent(), norm.id() + ": unknown " + actor);
        }
      }
      for (ActorId actor : norm.bearers()) {
        assertTrue(agreement.findActor(actor).isPresent(), norm.id() + ": unknown bearer " + actor);
      }
    }
  }

  @Test
  void mirrorsAreMutualAndOfOneKind() {
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
  void everyParagraphStatesANormOrSaysWhyNot() {
    for (Provision provision : agreement.text().provisions()) {
      if (provision.kind() != ProvisionKind.PARAGRAPH && provision.kind() != ProvisionKind.POINT) {
        continue;
      }
      boolean hasNorm = !agreement.normsIn(provision.id()).isEmpty();
      boolean declaredNone =
          agreement.nonNormativeProvisions().stream()
              .filter(NonNormativeProvision::coversWholeProvision)
              .map(NonNormativeProvision::provision)
              .anyMatch(provision.id()::isWithin);
      assertTrue(
          hasNorm != declaredNone,
          provision.id() + ": norms " + hasNorm + ", none declared " + declaredNone);
    }
  }

  /**
   * A lawyer's check that nothing was skipped: every sentence of a provision that states norms
   * holds a norm's words or words recorded as stating none, and such words stand verbatim in their
   * provision.
   */
  @Test
  void everySentenceOfANormativeProvisionIsAnalysed() {
    for (NonNormativeProvision none : agreement.nonNormativeProvisions()) {
      none.words()
          .ifPresent(
              words ->
                  assertTrue(
                      agreement.provision(none.provision()).text().contains(words),
                      none.provision() + ": " + words));
    }
    for (Provision provision : agreement.text().provisions()) {
      List<Norm> norms =
          agreement.norms().stream()
              .filter(norm -> norm.provision().equals(provision.id()))
              .toList();
      if (norms.isEmpty()) {
        continue;
      }
      // The text a provision prints starts with its number, "1.", which is no sentence.
      String text = provision.text().replaceFirst("^\\d+\\.\\s+", "");
      for (String sentence : Splitter.onPattern("(?<=[.;:])\\s+(?=[A-Z])").split(text)) {
        boolean analysed =
            norms.stream()
                    .flatMap(norm -> norm.fragments().stream())
                    .anyMatch(
                        fragment -> sentence.contains(fragment) || fragment.contains(sentence))
                || agreement.nonNormativeProvisions().stream()
                    .filter(none -> none.provision().equals(provision.id()))
                    .flatMap(none -> none.words().stream())
                    .anyMatch(sentence::contains);
        assertTrue(analysed, provision.id() + ": unanalysed sentence \"" + sentence + "\"");
      }
    }
  }

  @Test
  void approvalByTheOrgansIsAConditionOfEntryIntoForceNotADutyOfTheOrgans() {
    assertTrue(agreement.normsBorneBy(Actors.GENERAL_ASSEMBLY).isEmpty());
    assertTrue(agreement.normsBorneBy(Actors.IOM_COUNCIL).isEmpty());
    List<NonNormativeProvision> approvals =
        agreement.nonNormativeProvisions().stream()
            .filter(none -> none.words().orElse("").contains("shall be approved"))
            .toList();
    assertEquals(2, approvals.size());
    assertEquals(
        List.of(Condition.IN_WRITING),
        agreement.norm(NormId.parse("art_16__para_1#1")).conditions().asList());
  }

  @Test
  void theAgreementBindsOnlyItsParties() {
    Norm secretariats = agreement.norm(NormId.parse("art_9__para_1#2"));
    assertEquals(List.of(Actors.IOM_ADMINISTRATION), secretariats.bearers().asList());
    assertEquals(
        List.of(Actors.UNITED_NATIONS_SYSTEM_ORGANIZATIONS),
        secretariats.counterparties().asList());
  }

  @Test
  void expensesAreLeftToSeparateArrangements() {
    Norm expenses = agreement.norm(NormId.parse("art_12__para_1#1"));
    assertEquals(NormKind.SAFEGUARD, expenses.kind());
    assertEquals(ForcePhrase.SHALL_BE_SUBJECT_TO, expenses.force());
  }

  @Test
  void confidentialMaterialIsProtectedInOneOfTwoWays() {
    Norm protection = agreement.norm(NormId.parse("art_13__para_2#1"));
    assertEquals(
        List.of(
            Condition.IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED,
            Condition
                .IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY,
            Condition.IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS),
        protection.conditions().asList());
    assertEquals(
        java.util.Set.of(
            Condition
                .IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY,
            Condition.IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS),
        protection.alternativeConditions());
    assertTrue(protection.requires(Condition.IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED));
    assertFalse(protection.requires(Condition.IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS));
    assertFalse(protection.requires(Condition.UPON_REQUEST));
    assertEquals(
        List.of("art_13__para_2#1"),
        ids(agreement.normsWhere(norm -> !norm.alternativeConditions().isEmpty())));
    Norm safeguard = agreement.norm(NormId.parse("art_13__para_1#1"));
    assertEquals(
        List.of(
            Condition.IN_ITS_JUDGEMENT,
            Condition.IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY),
        safeguard.conditions().asList());
  }

  @Test
  void whatIsFurnishedOnRequestConcernsTheRequestingPartysCompetence() {
    for (String id : List.of("art_7__para_2#1", "art_7__para_3#1")) {
      assertTrue(
          agreement
              .norm(NormId.parse(id))
              .requires(
                  Condition.RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY),
          id);
    }
    // The rules of procedure govern the Secretary-General's attendance too (Article 5(1)).
    assertTrue(
        agreement
            .norm(NormId.parse("art_5__para_1#1"))
            .requires(Condition.IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE));
  }

  @Test
  void theAppropriateBodiesOfArticle3AreNotTheCoordinationBodies() {
    assertEquals(
        List.of("art_3__para_3#1", "art_3__para_4#2"),
        ids(agreement.normsOwedTo(Actors.APPROPRIATE_UN_BODIES)));
    assertEquals(
        List.of("art_3__para_4#1"), ids(agreement.normsBorneBy(Actors.APPROPRIATE_UN_BODIES)));
    assertTrue(agreement.normsBorneBy(Actors.UN_BODIES).isEmpty());
  }

  /** The counts of norms per article, as the README's table gives them. */
  @Test
  void normsPerArticle() {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int article = 1; article <= 16; article++) {
      counts.put(article, agreement.normsInArticle(article).size());
    }
    assertEquals(
        Map.ofEntries(
            Map.entry(1, 0),
            Map.entry(2, 11),
            Map.entry(3, 19),
            Map.entry(4, 1),
            Map.entry(5, 11),
            Map.entry(6, 6),
            Map.entry(7, 5),
            Map.entry(8, 2),
            Map.entry(9, 2),
            Map.entry(10, 2),
            Map.entry(11, 1),
            Map.entry(12, 1),
            Map.entry(13, 2),
            Map.entry(14, 1),
            Map.entry(15, 2),
            Map.entry(16, 1)),
        counts);
    assertEquals(67, agreement.norms().size());
  }

  @Test
  void normsBorneByTheDirectorGeneral() {
    assertEquals(
        List.of(
            "art_5__para_2#1",
            "art_5__para_2#2",
            "art_5__para_2#3",
            "art_5__para_2#4",
            "art_5__para_2#5",
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
        List.of(
            "art_5__para_1#1",
            "art_5__para_1#2",
            "art_5__para_2#1",
            "art_5__para_2#2",
            "art_5__para_2#3",
            "art_11__para_1#1"),
        ids(agreement.normsOfKind(NormKind.ENTITLEMENT)));
  }

  @Test
  void article1StatesNoNorm() {
    assertTrue(agreement.normsInArticle(1).isEmpty());
    assertFalse(agreement.normsInArticle(16).isEmpty());
  }

  private static List<String> ids(List<Norm> norms) {
    return norms.stream().map(norm -> norm.id().toString()).toList();
  }

  @Test
  void firstFragmentNotInSaysWhereTheWordsPartFromTheText() {
    Norm norm =
        Norm.builder()
            .id(NormId.parse("art_1__para_1#1"))
            .force(ForcePhrase.SHALL)
            .words("The parties shall", "cooperate.")
            .bearers(Actors.UNITED_NATIONS)
            .action("cooperate")
            .build();
    assertEquals(
        java.util.OptionalInt.empty(),
        norm.firstFragmentNotIn("The parties shall always cooperate."));
    assertEquals(
        java.util.OptionalInt.of(1), norm.firstFragmentNotIn("cooperate. The parties shall"));
    assertEquals(java.util.OptionalInt.of(0), norm.firstFragmentNotIn("Nothing here."));
  }

  /**
   * Every organ the text names as the recipient or forum of a duty has a role in that norm, even
   * when the text describes it rather than names it ("the appropriate governing body").
   */
  @Test
  void describedOrgansThatReceiveOrHearADutyAreItsForums() {
    assertEquals(
        List.of(org.treatymodel.agreement.uniom.Actors.APPROPRIATE_IOM_ORGANS),
        agreement.norm(NormId.parse("art_5__para_3#1")).actors(NormRole.FORUM).asList());
    assertEquals(
        List.of(org.treatymodel.agreement.uniom.Actors.APPROPRIATE_UN_ORGANS),
        agreement.norm(NormId.parse("art_5__para_3#2")).actors(NormRole.FORUM).asList());
    assertEquals(
        List.of(org.treatymodel.agreement.uniom.Actors.APPROPRIATE_IOM_GOVERNING_BODY),
        agreement.norm(NormId.parse("art_6__para_1#3")).actors(NormRole.FORUM).asList());
    assertEquals(
        List.of(
            org.treatymodel.agreement.uniom.Actors.RELEVANT_UN_PRINCIPAL_ORGAN,
            org.treatymodel.agreement.uniom.Actors.OTHER_APPROPRIATE_UN_ORGANS),
        agreement.norm(NormId.parse("art_6__para_2#3")).actors(NormRole.FORUM).asList());
    for (Norm norm : agreement.norms()) {
      String words = norm.words();
      if (words.contains("to the attention of") || words.contains("to all members of")) {
        assertFalse(norm.actors(NormRole.FORUM).isEmpty(), norm.id().toString());
      }
    }
  }
}
