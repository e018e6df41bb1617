package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * What a reader of Akoma Ntoso is told when a document is wrong: one exception, {@link
 * AkomaNtosoException}, with the line and column of the element at fault and what was expected
 * there. Each case changes one thing in the canonical document.
 */
class AkomaNtosoErrorsTest {
  private static final String CANONICAL = canonical();

  private static String canonical() {
    try (InputStream in = UnIomAgreement.class.getResourceAsStream(UnIomAgreement.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken(
            "not Akoma Ntoso",
            "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"",
            "<akomaNtoso xmlns=\"urn:other\"",
            "expected <akomaNtoso>, found"),
        renamed(
            "another document type",
            "<act name=\"agreement\">",
            "act",
            "bill",
            "expected one <act> in <akomaNtoso>"),
        renamed(
            "a debate",
            "<act name=\"agreement\">",
            "act",
            "debate",
            "<debate> is not supported: treatymodel reads the text of an agreement, an <act> or a"
                + " <bill>"),
        renamed("no preface", "<preface>", "preface", "prefaceX", "expected one <preface>"),
        renamed(
            "an unknown element in the preamble",
            "<recitals>",
            "recitals",
            "recitalsX",
            "expected <formula> or <recitals> in <preamble>"),
        broken(
            "an unknown formula",
            "name=\"parties\"",
            "name=\"partes\"",
            "expected a formula named \"parties\" or \"enactingFormula\", found \"partes\""),
        broken(
            "recitals out of order",
            "eId=\"preamble__recital_2\"",
            "eId=\"preamble__recital_3\"",
            "expected eId preamble__recital_2, found preamble__recital_3"),
        broken(
            "a recital without its opening phrase",
            "<inline name=\"openingPhrase\">Recognizing</inline>",
            "Recognizing",
            "expected <inline name=\"openingPhrase\"> in a recital"),
        broken(
            "a paragraph under the wrong article",
            "<paragraph eId=\"art_2__para_1\">",
            "<paragraph eId=\"art_3__para_1\">",
            "expected the eId of a paragraph of art_2, found art_3__para_1"),
        broken(
            "an article with the eId of a paragraph",
            "<article eId=\"art_2\">",
            "<article eId=\"art_2__para_1\">",
            "expected the eId of an article, found art_2__para_1"),
        broken(
            "an eId that is no provision",
            "<article eId=\"art_2\">",
            "<article eId=\"article two\">",
            "provision id must be components like \"art_3\"",
            "\"article two\""),
        renamed(
            "something else than an article in the body",
            "<article eId=\"art_1\">",
            "article",
            "section",
            "expected <article>, found"),
        broken(
            "an article without a heading",
            "<heading>Principles</heading>",
            "",
            "expected one <heading>"),
        broken(
            "a list with a wrong eId",
            "<list eId=\"art_3__para_2__list_1\">",
            "<list eId=\"art_3__para_2__list_2\">",
            "expected eId art_3__para_2__list_1"),
        broken(
            "a list without its introduction",
            "<intro eId=\"art_3__para_2__list_1__intro\">",
            "<intro eId=\"art_3__para_2__list_1__point_z\">",
            "expected eId art_3__para_2__list_1__intro"),
        broken(
            "a point of another list",
            "<point eId=\"art_3__para_2__list_1__point_a\">",
            "<point eId=\"art_3__para_1__list_1__point_a\">",
            "expected the eId of a point of art_3__para_2__list_1"),
        broken(
            "closing words with a wrong eId",
            "<wrapUp eId=\"art_3__para_2__list_1__wrapup\">",
            "<wrapUp eId=\"art_3__para_2__list_1__intro\">",
            "expected eId art_3__para_2__list_1__wrapup"),
        renamed(
            "an unknown part of a list",
            "<wrapUp eId=\"art_3__para_2__list_1__wrapup\">",
            "wrapUp",
            "tail",
            "expected <intro>, <point> or <wrapUp> in <list>"),
        broken(
            "no languages on the conclusions",
            "<conclusions tm:languages=\"eng\">",
            "<conclusions>",
            "expected attribute tm:languages on <conclusions>"),
        broken(
            "an unknown language",
            "<conclusions tm:languages=\"eng\">",
            "<conclusions tm:languages=\"eng xx\">",
            "unknown language code \"xx\""),
        broken(
            "an unknown expression language",
            "<FRBRlanguage language=\"eng\"/>",
            "<FRBRlanguage language=\"klingon\"/>",
            "unknown language code \"klingon\""),
        broken(
            "an unknown formula of the conclusions",
            "name=\"testimonium\"",
            "name=\"witness\"",
            "expected a formula named \"testimonium\" or \"signingClause\""),
        renamed(
            "an unknown part of the conclusions",
            "<blockContainer eId=\"conclusions__signature_2\">",
            "blockContainer",
            "container",
            "expected <formula> or <blockContainer> in <conclusions>"),
        broken(
            "a signature with one role",
            "<role refersTo=\"#un.secretary-general\">Secretary-General</role>",
            "",
            "expected two <role> in <signature>"),
        broken(
            "a role that refers to no entry",
            "<role refersTo=\"#un\">",
            "<role refersTo=\"un\">",
            "expected refersTo to be \"#\" and an eId, found \"un\""),
        broken(
            "a reference to neither a provision nor an instrument",
            "<ref href=\"/akn/un/doc/A/RES/47/4\">",
            "<ref href=\"https://example.org/\">",
            "expected href \"#\" and an eId, or an instrument's IRI"),
        broken(
            "a norm with an unknown force phrase",
            "force=\"recognizes\"",
            "force=\"hopes\"",
            "unknown force \"hopes\": the dossier's vocabulary has shall-be-entitled"),
        broken(
            "a norm with something foreign in it",
            "<tm:bearer actor=\"un\"/>",
            "<bearer actor=\"un\"/>",
            "expected an element of the tm namespace in <tm:norm>"),
        broken(
            "a norm with an unknown part",
            "<tm:bearer actor=\"un\"/>",
            "<tm:owner actor=\"un\"/>",
            "unexpected <tm:owner"),
        broken(
            "a norm whose bearer is no actor id",
            "<tm:bearer actor=\"un\"/>",
            "<tm:bearer actor=\"U N\"/>",
            "\"U N\""),
        broken(
            "a condition marked neither true nor false",
            "<tm:condition name=\"upon-request\"/>",
            "<tm:condition alternative=\"maybe\" name=\"upon-request\"/>",
            "expected true or false, found \"maybe\""),
        broken(
            "an arrangement of an unknown kind",
            "kind=\"separate\"",
            "kind=\"secret\"",
            "unknown ArrangementKind \"secret\""),
        broken(
            "a statement with something else in it",
            "<tm:quoted>intergovernmental",
            "<tm:words>x</tm:words><tm:quoted>intergovernmental",
            "expected one <tm:words>"),
        broken(
            "a statement with an unknown part",
            "<tm:quoted>intergovernmental organizations have been invited to attend as observers</tm:quoted>",
            "<tm:note>x</tm:note>",
            "expected <tm:words> and <tm:quoted> in <tm:statement>"),
        broken(
            "a step of an unknown kind",
            "refersTo=\"#tm_approval\"",
            "refersTo=\"#tm_ratification\"",
            "expected refersTo=\"#tm_approval\", \"#tm_notification\" or \"#tm_signature\" on a step, found \"#tm_ratification\""),
        broken(
            "a step with an impossible date",
            "<step date=\"2016-06-30\"",
            "<step date=\"2016-02-30\"",
            "expected a date as 2016-09-19, found \"2016-02-30\""),
        broken(
            "a step by no entry",
            "by=\"#iom.council\"",
            "by=\"iom.council\"",
            "expected by to be \"#\" and an eId"),
        broken(
            "a signatory with a name and no office",
            "<tm:signatory party=\"un\" name=\"Ban Ki-moon\" office=\"un.secretary-general\"/>",
            "<tm:signatory party=\"un\" name=\"Ban Ki-moon\"/>",
            "a signatory has a name and an office, or neither"),
        broken(
            "two procedures for the agreement",
            "<tm:amendmentRule>",
            "<tm:procedure instrument=\"agreement/un+iom/2016-09-19\" parties=\"un iom\"><tm:approvalsThenSignature approvers=\"\" notifications=\"false\"/></tm:procedure><tm:amendmentRule>",
            "expected one <tm:procedure> for the agreement"),
        renamed(
            "no procedure for the agreement",
            "<tm:procedure instrument=\"agreement/un+iom/2016-09-19\"",
            "tm:procedure",
            "tm:procedureX",
            "unexpected <tm:procedureX"),
        broken(
            "two amendment rules",
            "</tm:amendmentRule>",
            "</tm:amendmentRule><tm:amendmentRule><tm:signatureThenApproval approver=\"iom.council\"/></tm:amendmentRule>",
            "expected one <tm:amendmentRule>"),
        broken(
            "an amendment rule of two rules",
            "<tm:laterOfApprovals approvers=\"un.general-assembly iom.council\" notifications=\"true\"/>",
            "<tm:laterOfApprovals approvers=\"un.general-assembly iom.council\" notifications=\"true\"/><tm:signatureThenApproval approver=\"iom.council\"/>",
            "expected one rule in <tm:amendmentRule>"),
        broken(
            "an unknown rule",
            "<tm:approvalsThenSignature approvers=\"un.general-assembly iom.council\" notifications=\"true\"/>",
            "<tm:ratification/>",
            "expected a rule (<tm:approvalsThenSignature>, <tm:laterOfApprovals> or <tm:signatureThenApproval>)"),
        broken(
            "approvals without notifications",
            "approvers=\"un.general-assembly iom.council\" notifications=\"true\"/>\n            <tm:notification",
            "approvers=\"un.general-assembly iom.council\" notifications=\"false\"/>\n            <tm:notification",
            "an approvals-then-signature rule with approvers requires notifications=\"true\""),
        broken(
            "a procedure without a rule",
            "<tm:approvalsThenSignature approvers=\"\" notifications=\"false\"/>\n",
            "",
            "expected a rule"),
        broken(
            "an unknown event in a procedure",
            "<tm:notification sender=\"iom\"",
            "<tm:letter sender=\"iom\"",
            "expected <tm:approval>, <tm:notification> or <tm:signature> after the rule"),
        renamed(
            "a predecessor that is no procedure",
            "<tm:procedure instrument=\"agreement/un+iom/1996-06-25\"",
            "tm:procedure",
            "tm:agreement",
            "expected <tm:procedure>, found"),
        broken(
            "an instrument of an unknown kind",
            "kind=\"memorandum-of-understanding\"",
            "kind=\"treaty\"",
            "unknown instrument kind \"treaty\""),
        broken(
            "an instrument without a title",
            "title=\"Charter of the United Nations\" ",
            "",
            "expected attribute title on <tm:instrument"),
        broken(
            "an unknown relation",
            "<tm:relation kind=\"takes-note-of\"",
            "<tm:relation kind=\"ignores\"",
            "unknown RelationKind \"ignores\""),
        broken(
            "an instrument identifier that is a sentence",
            "<tm:instrument id=\"A/RES/47/4\"",
            "<tm:instrument id=\"The resolution of 1992\"",
            "\"The resolution of 1992\""),
        broken(
            "an event without a date",
            "<tm:event date=\"2016-07-15\"",
            "<tm:event",
            "expected attribute date on <tm:event"),
        broken(
            "an actor of an unknown kind",
            "tm:kind=\"coordination-body\"",
            "tm:kind=\"club\"",
            "unknown ActorKind \"club\"; expected one of"),
        broken(
            "an actor without a name",
            "<TLCOrganization eId=\"iom\" href=\"/akn/ontology/organizations/iom\" showAs=\"the International Organization for Migration\"",
            "<TLCOrganization eId=\"iom\" href=\"/akn/ontology/organizations/iom\"",
            "expected attribute showAs on <TLCOrganization"),
        broken(
            "a dossier of an agreement with no identifier",
            "<tm:dossier agreement=\"agreement/un+iom/2016-09-19\"",
            "<tm:dossier",
            "expected attribute agreement on <tm:dossier"));
  }

  /** The canonical document with the first {@code find} replaced. */
  /**
   * Documents whose dossier names provisions the text does not have, or quotes words it does not:
   * the reader reads them (their shape is sound), so that the validation module reports every such
   * finding at once (REF-005, REF-008, NORM-001, NORM-002); what is read writes back the same.
   */
  static Stream<Arguments> documentsForTheValidator() {
    return Stream.of(
        broken(
            "a norm whose words are not in its provision",
            "The United Nations recognizes the International Organization for Migration as an organization with a global leading role in the field of migration.</tm:fragment>",
            "The United Nations recognizes nothing.</tm:fragment>",
            "the words of norm art_2__para_1#1 are not in its provision, in order: \"The United Nations recognizes nothing.\""),
        broken(
            "a norm of a provision the text does not have",
            "<tm:norm id=\"art_2__para_1#1\"",
            "<tm:norm id=\"art_2__para_9#1\"",
            "unknown eId art_2__para_9: the text has no such provision"),
        broken(
            "words recorded as stating no norm that are not in the provision",
            "the Agreement shall enter into force on the date of the later of the said approvals.</tm:noNorm>",
            "the Agreement shall never enter into force.</tm:noNorm>",
            "the words recorded as stating no norm are not in art_15__para_1"),
        broken(
            "a provision stating no norm that does not exist",
            "<tm:noNorm provision=\"art_1\"",
            "<tm:noNorm provision=\"art_99\"",
            "unknown eId art_99"),
        broken(
            "an arrangement of a provision that does not exist",
            "<tm:arrangement provision=\"art_12__para_1\"",
            "<tm:arrangement provision=\"art_12__para_7\"",
            "unknown eId art_12__para_7"),
        broken(
            "a statement compared with a provision that does not exist",
            "comparedWith=\"art_5__para_1 art_5__para_2\"",
            "comparedWith=\"art_5__para_1 art_5__para_9\"",
            "unknown eId art_5__para_9"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentsForTheValidator")
  void aDocumentWhoseDossierDoesNotMatchItsTextReadsForTheValidatorToJudge(
      String what, String document, List<String> unused) {
    Agreement read = AkomaNtoso.read(document);
    assertEquals(read, AkomaNtoso.read(AkomaNtoso.write(read)), what);
  }

  private static Arguments broken(
      String what, String find, String replacement, String... expected) {
    int at = CANONICAL.indexOf(find);
    if (at < 0) {
      throw new AssertionError("the canonical document has no " + find);
    }
    String document =
        CANONICAL.substring(0, at) + replacement + CANONICAL.substring(at + find.length());
    return Arguments.of(what, document, List.of(expected));
  }

  /** The canonical document with the element that starts with {@code start} renamed. */
  private static Arguments renamed(
      String what, String start, String from, String to, String expected) {
    int at = CANONICAL.indexOf(start);
    int end = CANONICAL.indexOf("</" + from + ">", at);
    if (at < 0 || end < 0 || !start.startsWith("<" + from)) {
      throw new AssertionError("the canonical document has no " + start + "...</" + from + ">");
    }
    String document =
        CANONICAL.substring(0, at)
            + "<"
            + to
            + CANONICAL.substring(at + from.length() + 1, end)
            + "</"
            + to
            + CANONICAL.substring(end + from.length() + 2);
    return Arguments.of(what, document, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentIsRefusedWithWhereAndWhat(
      String what, String document, List<String> expected) {
    AkomaNtosoException e =
        assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.read(document), what);
    String message = String.valueOf(e.getMessage());
    assertTrue(e.line() > 0 && e.column() > 0, () -> what + ": no place in " + message);
    assertTrue(message.startsWith("line " + e.line() + ", column " + e.column() + ": "), message);
    for (String words : expected) {
      assertTrue(
          message.contains(words), () -> what + ": expected \"" + words + "\" in: " + message);
    }
  }
}
