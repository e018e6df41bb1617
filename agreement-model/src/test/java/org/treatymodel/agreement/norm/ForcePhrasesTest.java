package org.treatymodel.agreement.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.uniom.Actors;

/**
 * The words that give a norm its force are whole words at the limb's governing verb: small norms
 * built here, including the counter-examples a careless reading would get wrong.
 */
class ForcePhrasesTest {

  private static Norm.Builder norm(String... words) {
    return Norm.builder()
        .id(NormId.parse("art_1__para_1#1"))
        .bearers(Actors.IOM)
        .action("act")
        .words(words);
  }

  @Test
  void shallInsideNothingShallBeSoConstruedIsNotAnObligation() {
    Norm safeguard =
        norm("Nothing in this Agreement shall be so construed as to require IOM to act.").build();
    assertEquals(ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED, safeguard.force());
    assertEquals(NormKind.SAFEGUARD, safeguard.kind());
    // A "shall" recorded as the force stands in the words, but does not govern them: the
    // validation module reports it (NORM-011), as the governing phrase depends on the vocabulary.
    assertEquals(
        ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED,
        Vocabulary.english()
            .governing("Nothing in this Agreement shall be so construed as to require IOM to act.")
            .orElseThrow()
            .what());
  }

  @Test
  void mayInAsMayBeFoundAppropriateIsNotAPermission() {
    Norm obligation = norm("IOM shall take such action as may be found appropriate.").build();
    assertEquals(NormKind.OBLIGATION, obligation.kind());
    assertEquals(
        ForcePhrase.SHALL,
        Vocabulary.english()
            .governing("IOM shall take such action as may be found appropriate.")
            .orElseThrow()
            .what());
    // The condition is still there, and the "may" in it makes no permission.
    assertEquals(
        List.of(Condition.AS_MAY_BE_FOUND_APPROPRIATE),
        norm("IOM shall take such action as may be found appropriate.")
            .conditions(Condition.AS_MAY_BE_FOUND_APPROPRIATE)
            .build()
            .conditions()
            .asList());
  }

  @Test
  void mayorIsNotMay() {
    assertRejected(
        () -> norm("The mayor attends the meeting.").build(),
        "the words of norm art_1__para_1#1 state no force (shall, may, agrees to, recognizes...):"
            + " \"The mayor attends the meeting.\"");
    assertRejected(
        () -> norm("The mayor attends the meeting.").force(ForcePhrase.MAY).build(),
        "the force phrase \"may\" of norm art_1__para_1#1 does not stand as whole words");
    assertEquals(NormKind.OBLIGATION, norm("The mayor shall attend.").build().kind());
  }

  @Test
  void recognizedByStatesIsNotARecognition() {
    assertRejected(
        () ->
            norm("Staff shall use it where such use is recognized by States.")
                .force(ForcePhrase.RECOGNIZE)
                .build(),
        "the force phrase \"recognize\" of norm art_1__para_1#1 does not stand as whole words");
    Norm entitlement =
        norm("Staff shall be entitled to use it where such use is recognized by States.").build();
    assertEquals(NormKind.ENTITLEMENT, entitlement.kind());
    assertEquals("shall be entitled", entitlement.forceOccurrence().phrase());
    assertEquals(6, entitlement.forceOccurrence().start());
  }

  @Test
  void theLongestPhraseAtTheGoverningVerbDecides() {
    assertEquals(
        ForcePhrase.SHALL_BE_ENTITLED,
        Vocabulary.english()
            .governing("The Director General shall be entitled to attend.")
            .orElseThrow()
            .what());
    assertEquals(
        ForcePhrase.SHALL_BE_WITHOUT_PREJUDICE_TO,
        Vocabulary.english()
            .governing("The foregoing shall be without prejudice to the mandates.")
            .orElseThrow()
            .what());
    assertEquals(
        ForcePhrase.AGREES_TO,
        Vocabulary.english()
            .governing("IOM agrees to participate in bodies that may be established.")
            .orElseThrow()
            .what());
    assertEquals(
        ForcePhrase.AGREE_TO,
        Vocabulary.english()
            .governing("They, recognizing the need, agree to cooperate.")
            .orElseThrow()
            .what());
    assertTrue(Vocabulary.english().governing("Recognizing the need, they agreed.").isEmpty());
  }

  @Test
  void aConditionMustBeStatedInTheWordsOutsideTheForcePhrase() {
    assertRejected(
        () -> norm("IOM shall act.").conditions(Condition.UPON_REQUEST).build(),
        "norm art_1__para_1#1 carries the condition \"upon request\", which its words do not state"
            + " (as [upon request, upon its request]): \"IOM shall act.\"");
    assertRejected(
        () ->
            norm("The foregoing shall be without prejudice to the mandates.")
                .conditions(Condition.WITHOUT_PREJUDICE_TO)
                .build(),
        "carries the condition \"without prejudice to\", which its words do not state");
    Norm mutual =
        norm("They will cooperate without prejudice to the rights of one another.")
            .conditions(Condition.WITHOUT_PREJUDICE_TO)
            .build();
    assertEquals(20, mutual.conditionOccurrences().get(0).start());
  }

  @Test
  void fragmentsAreJoinedByAnEllipsis() {
    Norm norm = norm("IOM agrees to", "contribute to their budgets.").build();
    assertEquals("IOM agrees to … contribute to their budgets.", norm.words());
    assertEquals(NormKind.UNDERTAKING, norm.kind());
    assertRejected(
        () -> norm("IOM agrees to … contribute.").build(),
        "a fragment of the words of norm art_1__para_1#1 must not contain …");
    assertRejected(() -> norm().build(), "norm art_1__para_1#1 must have words");
  }

  @Test
  void objectsPurposesAndInvitersAreStatedInTheWords() {
    assertRejected(
        () -> norm("IOM shall share information.").objects("documents").build(),
        "the object \"documents\" of norm art_1__para_1#1 does not stand in its words");
    assertRejected(
        () -> norm("IOM shall share information.").purposes("to help").build(),
        "the purpose \"to help\" of norm art_1__para_1#1 does not stand in its words");
    assertRejected(
        () ->
            norm("IOM may, at the invitation of the Council, attend.")
                .conditions(Condition.AT_THE_INVITATION_OF)
                .build(),
        "norm art_1__para_1#1 must name its inviters exactly when it is at the invitation of someone");
    assertRejected(
        () -> norm("IOM may attend.").inviters(Actors.SECURITY_COUNCIL).build(),
        "must name its inviters exactly when");
    Norm invited =
        norm("IOM may, at the invitation of the Council, attend.")
            .conditions(Condition.AT_THE_INVITATION_OF)
            .inviters(Actors.SECURITY_COUNCIL)
            .channels(Actors.SECRETARY_GENERAL)
            .forums(List.of(Actors.SECURITY_COUNCIL))
            .build();
    assertEquals(List.of(Actors.SECURITY_COUNCIL), invited.actors(NormRole.INVITER).asList());
    assertEquals(List.of(Actors.SECRETARY_GENERAL), invited.actors(NormRole.CHANNEL).asList());
    assertEquals(List.of(Actors.SECURITY_COUNCIL), invited.actors(NormRole.FORUM).asList());
    assertEquals("at the invitation of", NormRole.INVITER.label());
  }
}
