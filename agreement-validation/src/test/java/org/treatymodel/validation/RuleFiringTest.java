package org.treatymodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.validation.Dossiers.CANONICAL;
import static org.treatymodel.validation.Dossiers.amendment;
import static org.treatymodel.validation.Dossiers.approvalBy;
import static org.treatymodel.validation.Dossiers.article4Norm;
import static org.treatymodel.validation.Dossiers.changed;
import static org.treatymodel.validation.Dossiers.events;
import static org.treatymodel.validation.Dossiers.instrument;
import static org.treatymodel.validation.Dossiers.notificationOf;
import static org.treatymodel.validation.Dossiers.plus;
import static org.treatymodel.validation.Dossiers.plusInstruments;
import static org.treatymodel.validation.Dossiers.plusNorms;
import static org.treatymodel.validation.Dossiers.signature;
import static org.treatymodel.validation.Dossiers.withAmendments;
import static org.treatymodel.validation.Dossiers.withProcedure;
import static org.treatymodel.validation.Dossiers.withText;
import static org.treatymodel.validation.Dossiers.without;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;

/**
 * Every rule of the catalogue fires on a dossier broken on purpose, at the location it names, with
 * its severity and a message that says what is wrong; and none fires on the canonical dossier
 * except those the README lists as information.
 */
class RuleFiringTest {
  private static final ActorId IAEA = ActorId.of("iaea");
  private static final InstrumentId MOU_2013 = Instruments.MEMORANDUM_OF_UNDERSTANDING_2013;

  /** A broken dossier and what rule {@code code} must say about it. */
  private record Case(
      String code,
      Supplier<Agreement> dossier,
      Location at,
      String says,
      UnaryOperator<Validator> configure) {
    Case(String code, Supplier<Agreement> dossier, Location at, String says) {
      this(code, dossier, at, says, validator -> validator);
    }
  }

  private static Location at(String provision) {
    return Location.of(ProvisionId.parse(provision));
  }

  private static Location atNorm(String norm) {
    return Location.of(NormId.parse(norm));
  }

  private static Location atEvent(ProcedureEvent event) {
    return Location.of(CANONICAL.instrument(), event);
  }

  private static Agreement withArticle(Article article) {
    return withText(text -> text.articles(plus(CANONICAL.text().articles(), article)));
  }

  private static Article article(int number, Paragraph... paragraphs) {
    return Article.builder().number(number).heading("Test").paragraphs(paragraphs).build();
  }

  private static Paragraph paragraph(int number) {
    return Paragraph.builder().number(number).text("A paragraph for the test.").build();
  }

  private static Agreement withSignatureLines(SignatureLine... lines) {
    return withText(
        text ->
            text.finalClauses(
                FinalClauses.builder()
                    .from(CANONICAL.text().finalClauses())
                    .signatures(lines)
                    .build()));
  }

  private static SignatureLine line(int index) {
    return CANONICAL.text().finalClauses().signatures().get(index);
  }

  private static Agreement withActors(Actor... actors) {
    return changed(dossier -> dossier.actors(plus(CANONICAL.actors(), actors)));
  }

  private static Procedure predecessor(InstrumentId id, LocalDate signed, ActorId... parties) {
    return Procedure.builder()
        .instrument(id)
        .parties(parties)
        .rule(ApprovalsThenSignature.uponSignature())
        .events(
            Signature.builder()
                .date(signed)
                .signatories(java.util.Arrays.stream(parties).map(Signatory::unnamed).toList())
                .build())
        .build();
  }

  private static final Approval GA = approvalBy(Actors.GENERAL_ASSEMBLY);
  private static final Approval COUNCIL = approvalBy(Actors.IOM_COUNCIL);
  private static final LocalDate Y2020 = LocalDate.of(2020, 3, 2);
  private static final LocalDate Y2021 = LocalDate.of(2021, 3, 2);

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // structure
    cases.add(
        new Case(
            "STRUCT-001",
            () -> withArticle(article(18, paragraph(1))),
            at("art_18"),
            "Article 17"));
    cases.add(
        new Case(
            "STRUCT-002",
            () ->
                withText(
                    text ->
                        text.articles(
                            plus(
                                without(CANONICAL.text().articles(), a -> a.number() == 16),
                                Article.builder()
                                    .from(CANONICAL.article(16))
                                    .paragraphs(
                                        plus(CANONICAL.article(16).paragraphs(), paragraph(4)))
                                    .build()))),
            at("art_16__para_4"),
            "paragraph 3"));
    cases.add(
        new Case(
            "STRUCT-003",
            () ->
                withArticle(
                    article(
                        17,
                        Paragraph.builder()
                            .text("The parties agree:")
                            .points(Point.of('a', "to meet;"), Point.of('c', "to write."))
                            .build())),
            at("art_17__para_1__list_1__point_c"),
            "point (b)"));
    cases.add(
        new Case(
            "STRUCT-004",
            () ->
                changed(
                    d ->
                        d.amendments(
                            List.of(
                                amendment(
                                    CANONICAL.instrument().value(),
                                    List.of(),
                                    TextChange.addParagraph(16, paragraph(3)))))),
            Location.of(CANONICAL.instrument()),
            "the agreement itself"));
    cases.add(
        new Case(
            "STRUCT-005",
            () -> plusNorms(article4Norm("art_4__para_1", 3).build()),
            atNorm("art_4__para_1#3"),
            "#2"));
    cases.add(
        new Case(
            "STRUCT-006",
            () -> plusNorms(article4Norm("art_4", 1).build()),
            atNorm("art_4#1"),
            "anchored at a"));
    // references
    cases.add(
        new Case(
            "REF-001",
            () ->
                changed(
                    d ->
                        d.crossReferences(
                            plus(
                                CANONICAL.crossReferences(),
                                CrossReference.toProvision(
                                    ProvisionId.parse("art_4__para_1"),
                                    ProvisionId.article(14),
                                    "Article 14")))),
            at("art_4__para_1"),
            "\"Article 14\""));
    cases.add(
        new Case(
            "REF-002",
            () ->
                changed(
                    d ->
                        d.crossReferences(
                            plus(
                                CANONICAL.crossReferences(),
                                CrossReference.toProvision(
                                    ProvisionId.parse("art_10__para_1"),
                                    ProvisionId.article(99),
                                    "Article 14")))),
            at("art_10__para_1"),
            "art_99"));
    InstrumentId unknown = InstrumentId.of("A/RES/99/1");
    cases.add(
        new Case(
            "REF-003",
            () ->
                changed(
                    d ->
                        d.crossReferences(
                            without(
                                CANONICAL.crossReferences(),
                                r -> r.source().equals(ProvisionId.recital(3))))),
            at("preamble__recital_3"),
            "cites no instrument"));
    cases.add(
        new Case(
            "REF-004",
            () ->
                plusInstruments(
                    instrument("A/70/999", LocalDate.of(2016, 1, 1))
                        .relations(InstrumentRelation.of(RelationKind.RECALLS, unknown))
                        .build()),
            Location.of(InstrumentId.of("A/70/999")),
            "A/RES/99/1"));
    cases.add(
        new Case(
            "REF-005",
            () -> plusNorms(article4Norm("art_4__para_2", 1).build()),
            atNorm("art_4__para_2#1"),
            "not in the text"));
    cases.add(
        new Case(
            "REF-006",
            () ->
                plusNorms(
                    article4Norm("art_4__para_1", 2)
                        .counterparties(ActorId.of("un.unknown-committee"))
                        .build()),
            atNorm("art_4__para_1#2"),
            "un.unknown-committee"));
    cases.add(
        new Case(
            "REF-007",
            () ->
                changed(
                    d ->
                        d.instruments(
                            without(
                                CANONICAL.instruments(),
                                i -> i.id().equals(CANONICAL.instrument())))),
            Location.of(CANONICAL.instrument()),
            "not among its instruments"));
    cases.add(
        new Case(
            "REF-008",
            () ->
                changed(
                    d ->
                        d.nonNormativeProvisions(
                            plus(
                                CANONICAL.nonNormativeProvisions(),
                                NonNormativeProvision.of(ProvisionId.article(99), "test")))),
            at("art_99"),
            "not in the text"));
    cases.add(
        new Case(
            "REF-009",
            () ->
                plusInstruments(
                    instrument("A/70/999", LocalDate.of(2016, 1, 1))
                        .issuedBy(ActorId.of("un.unknown-committee"))
                        .build()),
            Location.of(InstrumentId.of("A/70/999")),
            "un.unknown-committee"));
    Approval recordedUnknown =
        Approval.of(
            Actors.IOM_COUNCIL, COUNCIL.date(), InstrumentId.of("resolution/iom.council/9999"));
    cases.add(
        new Case(
            "REF-010",
            () -> withProcedure(p -> p.events(events(e -> e.equals(COUNCIL), recordedUnknown))),
            atEvent(recordedUnknown),
            "resolution/iom.council/9999"));
    // norms
    cases.add(
        new Case(
            "NORM-001",
            () ->
                plusNorms(
                    article4Norm("art_4__para_1", 2)
                        .words("The International Organization for Migration may submit reports.")
                        .build()),
            atNorm("art_4__para_1#2"),
            "verbatim"));
    cases.add(
        new Case(
            "NORM-002",
            () ->
                changed(
                    d ->
                        d.nonNormativeProvisions(
                            plus(
                                CANONICAL.nonNormativeProvisions(),
                                NonNormativeProvision.ofWords(
                                    ProvisionId.parse("art_16__para_1"),
                                    "The Agreement shall be void.",
                                    "test")))),
            at("art_16__para_1"),
            "\"The Agreement shall be void.\""));
    NormId studies = NormId.parse("art_7__para_2#1");
    cases.add(
        new Case(
            "NORM-003",
            () ->
                changed(
                    d ->
                        d.norms(
                            CANONICAL.norms().stream()
                                .map(
                                    norm ->
                                        norm.id().equals(studies)
                                            ? Norm.builder()
                                                .from(norm)
                                                .conditions(
                                                    java.util.Set.of(
                                                        Condition.TO_THE_EXTENT_PRACTICABLE))
                                                .build()
                                            : norm)
                                .toList())),
            atNorm("art_7__para_2#1"),
            "upon-request"));
    cases.add(
        new Case(
            "NORM-004",
            () ->
                plusNorms(
                    article4Norm("art_4__para_1", 2)
                        .mirror(NormId.parse("art_4__para_1#9"))
                        .build()),
            atNorm("art_4__para_1#2"),
            "no such norm"));
    NormId consult = NormId.parse("art_8__para_1#1");
    cases.add(
        new Case(
            "NORM-005",
            () ->
                changed(
                    d ->
                        d.norms(
                            plus(
                                CANONICAL.norms().stream()
                                    .map(
                                        norm ->
                                            norm.id().equals(consult)
                                                ? Norm.builder()
                                                    .from(norm)
                                                    .mirror(NormId.parse("art_4__para_1#2"))
                                                    .build()
                                                : norm)
                                    .toList(),
                                article4Norm("art_4__para_1", 2).mirror(consult).build()))),
            atNorm("art_4__para_1#2"),
            "permission"));
    cases.add(
        new Case(
            "NORM-006",
            () ->
                plusNorms(
                    article4Norm("art_4__para_1", 2)
                        .bearers(Actors.UNITED_NATIONS_SYSTEM_ORGANIZATIONS)
                        .build()),
            atNorm("art_4__para_1#2"),
            "binds only its parties"));
    ActorId board = ActorId.of("iaea.board-of-governors");
    cases.add(
        new Case(
            "NORM-007",
            () ->
                Agreement.builder()
                    .from(
                        withActors(
                            Actor.builder()
                                .id(board)
                                .kind(ActorKind.ORGAN)
                                .name("the Board of Governors of the IAEA")
                                .build()))
                    .norms(
                        plus(
                            CANONICAL.norms(),
                            article4Norm("art_4__para_1", 2).counterparties(board).build()))
                    .build(),
            atNorm("art_4__para_1#2"),
            "of neither party"));
    cases.add(
        new Case(
            "NORM-008",
            () ->
                changed(
                    d ->
                        d.nonNormativeProvisions(
                            plus(
                                CANONICAL.nonNormativeProvisions(),
                                NonNormativeProvision.of(
                                    ProvisionId.parse("art_4__para_1"), "test")))),
            at("art_4__para_1"),
            "yet norms are anchored there"));
    cases.add(
        new Case(
            "NORM-009",
            () ->
                changed(
                    d ->
                        d.nonNormativeProvisions(
                            without(
                                CANONICAL.nonNormativeProvisions(),
                                none -> none.provision().equals(ProvisionId.article(1))))),
            at("art_1__para_1"),
            "Article 1"));
    cases.add(
        new Case(
            "NORM-010",
            () -> plusNorms(article4Norm("art_4__para_1", 2).channels(Actors.IOM).build()),
            atNorm("art_4__para_1#2"),
            "through itself"));
    cases.add(
        new Case(
            "STRUCT-007",
            RuleFiringTest::importedWithAWrongNumber,
            Location.of(org.treatymodel.agreement.instrument.InstrumentId.of("/akn/xx/act/2030/1")),
            "the article chp_I__art_3bis is numbered \"Article 4\" in the text, but its eId says"
                + " 3bis"));
    cases.add(
        new Case(
            "NORM-011",
            () ->
                changed(
                    d ->
                        d.norms(
                            CANONICAL.norms().stream()
                                .map(
                                    norm ->
                                        norm.id().toString().equals("art_13__para_1#1")
                                            ? Norm.builder()
                                                .from(norm)
                                                .force(ForcePhrase.SHALL)
                                                .build()
                                            : norm)
                                .toList())),
            atNorm("art_13__para_1#1"),
            "the governing phrase of its words is \"Nothing in this Agreement"));
    // parties and signature
    cases.add(
        new Case(
            "PARTY-001",
            () -> withProcedure(p -> p.parties(Actors.UNITED_NATIONS, Actors.IOM, IAEA)),
            Location.of(CANONICAL.instrument()),
            "3 parties"));
    cases.add(
        new Case(
            "PARTY-002",
            () ->
                changed(
                    d ->
                        d.instruments(
                            without(
                                CANONICAL.instruments(),
                                i -> i.id().equals(Instruments.CONSTITUTION_OF_IOM)))),
            Location.of(Actors.IOM),
            "constituent instrument of IOM"));
    cases.add(
        new Case(
            "PARTY-003",
            () ->
                withSignatureLines(
                    line(0),
                    line(1),
                    SignatureLine.builder()
                        .party(IAEA)
                        .caption("For the IAEA:")
                        .signatory("Someone")
                        .title("Director General")
                        .office(ActorId.of("iaea.director-general"))
                        .build()),
            at("conclusions__signature_3"),
            "not a party"));
    Signature twice =
        Signature.builder()
            .from(signature())
            .signatories(
                plus(
                    signature().signatories(),
                    Signatory.of(Actors.UNITED_NATIONS, "Jan Eliasson", Actors.SECRETARY_GENERAL)))
            .build();
    cases.add(
        new Case(
            "PARTY-004",
            () -> withProcedure(p -> p.events(events(e -> e instanceof Signature, twice))),
            atEvent(twice),
            "two signatories for the United Nations"));
    cases.add(
        new Case(
            "PARTY-005",
            () ->
                withSignatureLines(
                    SignatureLine.builder().from(line(0)).signatory("Kofi Annan").build(), line(1)),
            at("conclusions__signature_1"),
            "Kofi Annan"));
    cases.add(new Case("PARTY-006", () -> CANONICAL, at("conclusions__formula_2"), "\"xxth\""));
    // procedure
    Signature early = Signature.builder().from(signature()).date(LocalDate.of(2016, 7, 1)).build();
    cases.add(
        new Case(
            "PROC-001",
            () -> withProcedure(p -> p.events(events(e -> e instanceof Signature, early))),
            atEvent(early),
            "before the approval by the General Assembly"));
    cases.add(
        new Case(
            "PROC-002",
            () -> withProcedure(p -> p.rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))),
            atEvent(GA),
            "before the signature"));
    Signature halfSigned =
        Signature.builder()
            .from(signature())
            .signatories(
                Signatory.of(Actors.UNITED_NATIONS, "Ban Ki-moon", Actors.SECRETARY_GENERAL))
            .build();
    cases.add(
        new Case(
            "PROC-003",
            () -> withProcedure(p -> p.events(events(e -> e instanceof Signature, halfSigned))),
            atEvent(halfSigned),
            "no signatory for IOM"));
    cases.add(
        new Case(
            "PROC-004",
            () ->
                withProcedure(
                    p -> p.events(events(e -> e.equals(notificationOf(Actors.IOM_COUNCIL))))),
            atEvent(COUNCIL),
            "no written notification"));
    cases.add(
        new Case(
            "PROC-005",
            () -> CANONICAL,
            atEvent(notificationOf(Actors.IOM_COUNCIL)),
            "is not known"));
    Notification tooEarly =
        Notification.of(
            Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, LocalDate.of(2016, 6, 1));
    cases.add(
        new Case(
            "PROC-006",
            () ->
                withProcedure(
                    p ->
                        p.events(
                            events(e -> e.equals(notificationOf(Actors.IOM_COUNCIL)), tooEarly))),
            atEvent(tooEarly),
            "had not yet been given"));
    Notification late =
        Notification.of(
            Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, LocalDate.of(2016, 10, 1));
    cases.add(
        new Case(
            "PROC-007",
            () ->
                withProcedure(
                    p -> p.events(events(e -> e.equals(notificationOf(Actors.IOM_COUNCIL)), late))),
            atEvent(late),
            "after the signature"));
    Approval bySecretaryGeneral = Approval.of(Actors.SECRETARY_GENERAL, LocalDate.of(2016, 7, 26));
    cases.add(
        new Case(
            "PROC-008",
            () -> withProcedure(p -> p.events(events(e -> false, bySecretaryGeneral))),
            atEvent(bySecretaryGeneral),
            "not one the rule requires"));
    cases.add(
        new Case(
            "PROC-009",
            () -> withProcedure(p -> p.rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY))),
            Location.of(CANONICAL.instrument()),
            "no approval by an organ of IOM"));
    Notification ofNothing =
        Notification.of(
            Actors.UNITED_NATIONS, Actors.IOM, Actors.SECURITY_COUNCIL, LocalDate.of(2016, 8, 1));
    cases.add(
        new Case(
            "PROC-010",
            () -> withProcedure(p -> p.events(events(e -> false, ofNothing))),
            atEvent(ofNothing),
            "which is not recorded"));
    Notification byTheOther =
        Notification.of(
            Actors.UNITED_NATIONS, Actors.IOM, Actors.IOM_COUNCIL, LocalDate.of(2016, 8, 1));
    cases.add(
        new Case(
            "PROC-011",
            () -> withProcedure(p -> p.events(events(e -> false, byTheOther))),
            atEvent(byTheOther),
            "its own organ's approval"));
    Approval recordedByTheOther =
        Approval.of(Actors.IOM_COUNCIL, COUNCIL.date(), Instruments.GA_RESOLUTION_70_296);
    cases.add(
        new Case(
            "PROC-012",
            () -> withProcedure(p -> p.events(events(e -> e.equals(COUNCIL), recordedByTheOther))),
            atEvent(recordedByTheOther),
            "issued by the General Assembly"));
    // chronology
    cases.add(
        new Case(
            "CHRON-001",
            () -> CANONICAL,
            atEvent(signature()),
            "after today (1 August 2016)",
            validator ->
                validator.withClock(
                    Clock.fixed(
                        LocalDate.of(2016, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        ZoneOffset.UTC))));
    InstrumentId later = InstrumentId.of("A/RES/98/1");
    cases.add(
        new Case(
            "CHRON-002",
            () ->
                Agreement.builder()
                    .from(
                        plusInstruments(instrument("A/RES/98/1", LocalDate.of(2017, 1, 1)).build()))
                    .crossReferences(
                        plus(
                            CANONICAL.crossReferences(),
                            CrossReference.toInstrument(
                                ProvisionId.recital(3), later, "General Assembly resolution 47/4")))
                    .build(),
            at("preamble__recital_3"),
            "1 January 2017"));
    cases.add(
        new Case(
            "CHRON-003",
            () ->
                plusInstruments(
                    instrument("A/98/54", LocalDate.of(1999, 1, 1))
                        .relations(
                            InstrumentRelation.of(RelationKind.RECALLS, CANONICAL.instrument()))
                        .build()),
            Location.of(InstrumentId.of("A/98/54")),
            "which is later"));
    Approval dayAfter =
        Approval.of(
            Actors.IOM_COUNCIL,
            COUNCIL.date().plusDays(1),
            Instruments.IOM_COUNCIL_RESOLUTION_1317);
    cases.add(
        new Case(
            "CHRON-004",
            () -> withProcedure(p -> p.events(events(e -> e.equals(COUNCIL), dayAfter))),
            atEvent(dayAfter),
            "30 June 2016"));
    // amendments
    cases.add(
        new Case(
            "AMEND-001",
            () ->
                withAmendments(
                    amendment(
                        "agreement/un+iom/2020-03-02",
                        ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL),
                        List.of(),
                        TextChange.addParagraph(16, paragraph(3)))),
            Location.of(InstrumentId.of("agreement/un+iom/2020-03-02")),
            "amendment rule"));
    cases.add(
        new Case(
            "AMEND-002",
            () ->
                withAmendments(
                    amendment(
                        "agreement/un+iom/2020-03-02", List.of(), TextChange.removeArticle(99))),
            Location.of(InstrumentId.of("agreement/un+iom/2020-03-02")),
            "would not fit"));
    cases.add(
        new Case(
            "AMEND-003",
            () ->
                withAmendments(
                    amendment(
                        "agreement/un+iom/2020-03-02",
                        List.of(Y2020, Y2020.plusDays(3)),
                        TextChange.removeArticle(12))),
            atNorm("art_12__para_1#1"),
            "before that date only"));
    cases.add(
        new Case(
            "AMEND-004",
            () ->
                withAmendments(
                    org.treatymodel.agreement.amendment.Amendment.builder()
                        .from(
                            amendment(
                                "agreement/un+iom/2020-03-02",
                                List.of(),
                                TextChange.addParagraph(16, paragraph(3))))
                        .procedure(
                            Procedure.builder()
                                .instrument(InstrumentId.of("agreement/un+iom/2020-03-02"))
                                .parties(Actors.UNITED_NATIONS, Actors.IOM, IAEA)
                                .rule(CANONICAL.amendmentRule().orElseThrow())
                                .build())
                        .build()),
            Location.of(InstrumentId.of("agreement/un+iom/2020-03-02")),
            "between its parties"));
    org.treatymodel.agreement.amendment.Amendment early2016 =
        amendment(
            "agreement/un+iom/2016-08-02",
            List.of(LocalDate.of(2016, 8, 1), LocalDate.of(2016, 8, 2)),
            TextChange.addParagraph(16, paragraph(3)));
    cases.add(
        new Case(
            "AMEND-005",
            () -> withAmendments(early2016),
            Location.of(
                early2016.instrument(),
                early2016.procedure().approvalBy(Actors.IOM_COUNCIL).orElseThrow()),
            "before the agreement it amends"));
    cases.add(
        new Case(
            "AMEND-006",
            () ->
                withAmendments(
                    amendment(
                        "agreement/un+iom/2020-03-02",
                        List.of(Y2020, Y2020),
                        TextChange.removeArticle(12)),
                    amendment(
                        "agreement/un+iom/2021-03-02",
                        List.of(Y2021, Y2021),
                        TextChange.addArticle(article(12, paragraph(1))))),
            Location.of(InstrumentId.of("agreement/un+iom/2021-03-02")),
            "new number"));
    cases.add(
        new Case(
            "AMEND-007",
            () ->
                withAmendments(
                    amendment(
                        "agreement/un+iom/2020-03-02",
                        List.of(Y2020, Y2020),
                        TextChange.replaceParagraph(
                            12, 1, Paragraph.builder().text("First.").build())),
                    amendment(
                        "agreement/un+iom/2020-03-03",
                        List.of(Y2020, Y2020),
                        TextChange.replaceParagraph(
                            12, 1, Paragraph.builder().text("Second.").build()))),
            Location.of(InstrumentId.of("agreement/un+iom/2020-03-03")),
            "order they are recorded in"));
    // succession
    cases.add(
        new Case(
            "SUCC-001",
            () ->
                changed(
                    d ->
                        d.predecessors(
                            List.of(
                                predecessor(
                                    Instruments.COOPERATION_AGREEMENT_1996,
                                    LocalDate.of(2017, 1, 1),
                                    Actors.UNITED_NATIONS,
                                    Actors.IOM)))),
            Location.of(CANONICAL.instrument()),
            "1 January 2017"));
    cases.add(
        new Case(
            "SUCC-002",
            () ->
                changed(
                    d ->
                        d.predecessors(
                            List.of(
                                predecessor(
                                    Instruments.COOPERATION_AGREEMENT_1996,
                                    LocalDate.of(1996, 6, 25),
                                    Actors.UNITED_NATIONS,
                                    IAEA)))),
            Location.of(CANONICAL.instrument()),
            "only the parties"));
    cases.add(
        new Case(
            "SUCC-003",
            () -> changed(d -> d.predecessors(List.of())),
            Location.of(CANONICAL.instrument()),
            "not among the predecessors"));
    InstrumentId parallel = InstrumentId.of("agreement/un+iom/2001-03-01");
    cases.add(
        new Case(
            "SUCC-004",
            () ->
                Agreement.builder()
                    .from(
                        plusInstruments(
                            instrument(parallel.value(), LocalDate.of(2001, 3, 1)).build()))
                    .predecessors(
                        plus(
                            CANONICAL.predecessors(),
                            predecessor(
                                parallel,
                                LocalDate.of(2001, 3, 1),
                                Actors.UNITED_NATIONS,
                                Actors.IOM)))
                    .build(),
            Location.of(parallel),
            "two instruments would govern it at once"));
    cases.add(
        new Case(
            "SUCC-005",
            () ->
                changed(
                    d ->
                        d.crossReferences(
                            without(
                                CANONICAL.crossReferences(),
                                r ->
                                    r.targetInstrument()
                                        .equals(
                                            java.util.Optional.of(
                                                Instruments.COOPERATION_AGREEMENT_1996))))),
            Location.of(CANONICAL.instrument()),
            "no provision of the text refers to it"));
    cases.add(
        new Case(
            "SUCC-006",
            () ->
                changed(
                    d ->
                        d.predecessors(
                            plus(
                                CANONICAL.predecessors(),
                                Procedure.builder()
                                    .from(
                                        predecessor(
                                            MOU_2013,
                                            LocalDate.of(2013, 6, 25),
                                            Actors.UNITED_NATIONS,
                                            Actors.IOM))
                                    .supersedes(CANONICAL.instrument())
                                    .build()))),
            Location.of(MOU_2013),
            "supersedes the agreement itself"));
    return cases;
  }

  @TestFactory
  List<DynamicTest> everyRuleFiresOnADossierBrokenOnPurpose() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case broken : cases()) {
      tests.add(
          DynamicTest.dynamicTest(
              broken.code(),
              () -> {
                Rule rule = Rules.byCode(RuleCode.of(broken.code()));
                Report report =
                    broken.configure().apply(Validator.standard()).validate(broken.dossier().get());
                List<Diagnostic> found = report.withCode(RuleCode.of(broken.code()));
                List<Diagnostic> there =
                    found.stream().filter(d -> d.location().equals(broken.at())).toList();
                assertFalse(
                    there.isEmpty(),
                    broken.code() + " did not fire at " + broken.at() + "; the report:\n" + report);
                for (Diagnostic diagnostic : there) {
                  assertEquals(rule.severity(), diagnostic.severity());
                }
                assertTrue(
                    there.stream().anyMatch(d -> d.message().contains(broken.says())),
                    "no message says \"" + broken.says() + "\": " + there);
              }));
    }
    return tests;
  }

  /** A message a rule gives on its broken dossier: the README's example. */
  record Example(String code, String message) {}

  /** For each rule, in the order of the catalogue, the first message it gives at its location. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (Case broken : cases()) {
      Report report =
          broken.configure().apply(Validator.standard()).validate(broken.dossier().get());
      report.withCode(RuleCode.of(broken.code())).stream()
          .filter(d -> d.location().equals(broken.at()) && d.message().contains(broken.says()))
          .findFirst()
          .ifPresent(d -> examples.add(new Example(broken.code(), d.message())));
    }
    return examples;
  }

  @Test
  void everyRuleOfTheCatalogueHasAFiringCase() {
    Set<String> tested =
        cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalogue =
        Rules.all().codes().stream()
            .map(RuleCode::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogue, tested);
  }

  /** A text written elsewhere whose Article 3bis is printed "Article 4". */
  private static Agreement importedWithAWrongNumber() {
    return org.treatymodel.agreement.akn.AkomaNtoso.importDocument(
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <act name="act"><meta><identification source="#x">
                <FRBRWork><FRBRthis value="/akn/xx/act/2030/1/!main"/><FRBRuri value="/akn/xx/act/2030/1"/>
                <FRBRdate date="2030-01-01" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="xx"/></FRBRWork>
                <FRBRExpression><FRBRthis value="/akn/xx/act/2030/1/eng@/!main"/><FRBRuri value="/akn/xx/act/2030/1/eng@"/>
                <FRBRdate date="2030-01-01" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression>
                <FRBRManifestation><FRBRthis value="/akn/xx/act/2030/1/eng@/!main.xml"/><FRBRuri value="/akn/xx/act/2030/1/eng@.xml"/>
                <FRBRdate date="2030-01-01" name="x"/><FRBRauthor href="#x"/></FRBRManifestation>
              </identification></meta>
              <body><chapter eId="chp_I"><num>Chapter I</num>
                <article eId="chp_I__art_3bis"><num>Article 4</num><content><p>Words.</p></content></article>
              </chapter></body></act>
            </akomaNtoso>
            """)
        .agreement();
  }
}
