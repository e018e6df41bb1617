package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.UnIomAgreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;

/** Each rule stays silent on the canonical Agreement and fires on a deliberately broken one. */
class RulesTest {
  private static final Agreement CANONICAL = UnIomAgreement.agreement();
  private static final String ARTICLE_4 =
      "The International Organization for Migration may, if it decides it to be appropriate, submit"
          + " reports on its activities to the General Assembly through the Secretary-General.";

  private static Agreement.Builder canonical() {
    return Agreement.builder().from(CANONICAL);
  }

  private static Norm.Builder article4Norm(int ordinal) {
    return Norm.builder()
        .id(NormId.of(ProvisionId.parse("art_4__para_1"), ordinal))
        .force(ForcePhrase.MAY)
        .bearers(Actors.IOM)
        .action("submit reports")
        .words(ARTICLE_4);
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static <T> ImmutableList<T> plus(List<T> values, T... more) {
    return ImmutableList.<T>builder().addAll(values).addAll(java.util.Arrays.asList(more)).build();
  }

  private static List<Diagnostic> run(Rule rule, Agreement agreement) {
    return rule.check(agreement);
  }

  @Test
  void theCanonicalAgreementHasNoDiagnostic() {
    assertEquals(List.of(), Validator.standard().validate(CANONICAL));
  }

  @Test
  void ref001FiresOnAnUnknownActor() {
    Agreement broken =
        canonical()
            .norms(
                plus(
                    CANONICAL.norms(),
                    article4Norm(2).counterparties(ActorId.of("un.unknown-committee")).build()))
            .build();
    List<Diagnostic> found = run(Rules.NORM_ACTORS_RESOLVE, broken);
    assertEquals(1, found.size());
    Diagnostic diagnostic = found.get(0);
    assertEquals("REF-001", diagnostic.code());
    assertEquals(Severity.ERROR, diagnostic.severity());
    assertEquals("art_4__para_1#2", diagnostic.location());
    assertTrue(diagnostic.message().contains("un.unknown-committee"), diagnostic.message());
  }

  @Test
  void ref002FiresOnWordsNotInTheText() {
    Agreement broken =
        canonical()
            .norms(
                plus(
                    CANONICAL.norms(),
                    article4Norm(2).words("IOM may submit reports whenever it likes.").build()))
            .build();
    List<Diagnostic> found = run(Rules.NORM_WORDS_IN_TEXT, broken);
    assertEquals(1, found.size());
    assertTrue(
        found
            .get(0)
            .message()
            .contains("which is not, in this order, in the text of art_4__para_1"));
  }

  @Test
  void ref002FiresOnAProvisionTheTextLacks() {
    Agreement broken =
        canonical()
            .norms(
                plus(
                    CANONICAL.norms(),
                    article4Norm(1).id(NormId.of(ProvisionId.parse("art_4__para_2"), 1)).build()))
            .build();
    assertEquals(
        "is stated in art_4__para_2, which the text lacks",
        run(Rules.NORM_WORDS_IN_TEXT, broken).get(0).message());
  }

  @Test
  void ref003FiresOnAMissingOrOneSidedMirror() {
    Agreement missing =
        canonical()
            .norms(
                plus(
                    CANONICAL.norms(),
                    article4Norm(2).mirror(NormId.parse("art_4__para_1#9")).build()))
            .build();
    assertEquals(1, run(Rules.MIRRORS_ARE_MUTUAL, missing).size());

    Agreement oneSided =
        canonical()
            .norms(
                plus(
                    CANONICAL.norms(),
                    article4Norm(2).mirror(NormId.parse("art_4__para_1#1")).build()))
            .build();
    List<Diagnostic> found = run(Rules.MIRRORS_ARE_MUTUAL, oneSided);
    assertEquals(1, found.size());
    assertTrue(found.get(0).message().contains("does not name it back"));
  }

  @Test
  void ref004FiresOnReferencesThatDoNotResolve() {
    Agreement broken =
        canonical()
            .crossReferences(
                plus(
                    CANONICAL.crossReferences(),
                    CrossReference.toProvision(
                        ProvisionId.parse("art_10__para_1"), ProvisionId.article(17), "Article 17"),
                    CrossReference.toInstrument(
                        ProvisionId.parse("art_16__para_3"),
                        InstrumentId.of("A/RES/99/1"),
                        "resolution 99/1")))
            .build();
    List<String> messages =
        run(Rules.REFERENCES_RESOLVE, broken).stream().map(Diagnostic::message).toList();
    assertEquals(
        List.of(
            "the words \"Article 17\" are not in its text",
            "refers to art_17, not in the text",
            "the referring provision is not in the text",
            "refers to instrument A/RES/99/1, not among the instruments"),
        messages);
  }

  @Test
  void ref005FiresOnUnknownInstruments() {
    Instrument stray =
        Instrument.builder()
            .id(InstrumentId.of("letter/iom.director-general/2016-01-01"))
            .kind(InstrumentKind.LETTER)
            .title("A letter")
            .date(LocalDate.of(2016, 1, 1))
            .provenance("test")
            .relations(
                InstrumentRelation.of(
                    RelationKind.REPLIES_TO,
                    InstrumentId.of("letter/un.secretary-general/2015-01-01")))
            .build();
    AgreementText text = CANONICAL.text();
    List<Recital> recitals = new java.util.ArrayList<>(text.recitals());
    recitals.set(
        2,
        Recital.builder()
            .from(text.recital(3))
            .cites(List.of(InstrumentId.of("A/RES/47/5")))
            .build());
    Agreement broken =
        canonical()
            .instruments(plus(CANONICAL.instruments(), stray))
            .text(AgreementText.builder().from(text).recitals(recitals).build())
            .build();
    List<Diagnostic> found = run(Rules.INSTRUMENTS_RESOLVE, broken);
    assertEquals(
        List.of("letter/iom.director-general/2016-01-01", "preamble__recital_3"),
        found.stream().map(Diagnostic::location).toList());
  }

  @Test
  void cov001FiresOnAnUnanalysedParagraph() {
    Agreement broken = canonical().nonNormativeProvisions(ImmutableList.of()).build();
    List<Diagnostic> found = run(Rules.PARAGRAPHS_ANALYSED, broken);
    assertEquals(
        List.of("art_1__para_1", "art_16__para_2"),
        found.stream().map(Diagnostic::location).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void struct001FiresOnAGapInTheArticles() {
    Agreement broken =
        canonical().text(TextChange.removeArticle(12).applyTo(CANONICAL.text())).build();
    List<Diagnostic> found = run(Rules.ARTICLES_CONSECUTIVE, broken);
    assertEquals(1, found.size());
    assertEquals("art_13", found.get(0).location());
    assertEquals("follows Article 11; a signed text would number it 12", found.get(0).message());
  }

  @Test
  void everyRuleHasAUniqueCodeAndADescription() {
    List<String> codes = Rules.all().stream().map(Rule::code).toList();
    assertEquals(codes.size(), codes.stream().distinct().count());
    for (Rule rule : Rules.all()) {
      assertTrue(rule.code().matches("[A-Z]+-\\d{3}"), rule.code());
      assertTrue(rule.toString().startsWith(rule.code() + " (" + rule.severity() + "): "));
    }
  }

  @Test
  void aValidatorRunsOnlyItsRules() {
    Agreement broken = canonical().nonNormativeProvisions(ImmutableList.of()).build();
    assertEquals(2, Validator.standard().validate(broken).size());
    assertEquals(List.of(), Validator.of(List.of(Rules.ARTICLES_CONSECUTIVE)).validate(broken));
    assertEquals(
        List.of(Rules.ARTICLES_CONSECUTIVE),
        Validator.of(List.of(Rules.ARTICLES_CONSECUTIVE)).rules());
  }

  @Test
  void diagnosticsRejectBlankParts() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Diagnostic("REF-001", Severity.ERROR, " ", "x"));
    assertEquals("location must not be blank: \" \"", error.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Diagnostic("", Severity.ERROR, "a", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> new Diagnostic("C", Severity.ERROR, "a", ""));
    assertEquals(
        "ERROR REF-001 art_1: wrong",
        new Diagnostic("REF-001", Severity.ERROR, "art_1", "wrong").toString());
  }
}
