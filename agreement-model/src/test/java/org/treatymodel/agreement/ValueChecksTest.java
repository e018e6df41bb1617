package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatymodel.agreement.Rejections.assertRejected;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.Consolidation;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.ProvisionKind;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.Instruments;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * What each value checks at build(), whichever setter gave it the value, and what its builder's
 * convenience setters do.
 */
class ValueChecksTest {
  private static final LocalDate DAY = LocalDate.of(2030, 1, 1);
  private static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2031-01-01");

  @Test
  void optionalTextIsCheckedWhenGiven() {
    assertRejected(
        () -> Approval.builder().organ(Actors.IOM_COUNCIL).date(DAY).details(" ").build(),
        "approval details must not be blank");
    assertRejected(
        () -> Approval.builder().organ(Actors.IOM_COUNCIL).date(DAY).provenance("a\nb").build(),
        "approval provenance must be one line");
    assertRejected(
        () ->
            Notification.builder()
                .sender(Actors.IOM)
                .recipient(Actors.UNITED_NATIONS)
                .reports(Actors.IOM_COUNCIL)
                .provenance("")
                .build(),
        "notification provenance must not be blank");
    for (String field : List.of("place", "details", "provenance")) {
      Signature.Builder builder =
          Signature.builder().date(DAY).signatories(Signatory.unnamed(Actors.IOM));
      assertRejected(
          () -> {
            switch (field) {
              case "place" -> builder.place(" ");
              case "details" -> builder.details(" ");
              default -> builder.provenance(" ");
            }
            builder.build();
          },
          "must not be blank");
    }
    assertRejected(
        () -> Paragraph.builder().text("In:").points(Point.of('a', "x")).wrapUp("\u00a0").build(),
        "paragraph wrap-up must not be blank");
  }

  @Test
  void convenienceSettersChain() {
    Signature signature =
        Signature.builder()
            .place("Geneva")
            .details("at a ceremony")
            .provenance("test data")
            .date(DAY)
            .signatories(List.of(Signatory.unnamed(Actors.IOM)))
            .build();
    assertEquals(Optional.of("Geneva"), signature.place());
    assertEquals(Optional.of("at a ceremony"), signature.details());
    assertEquals(Optional.of("test data"), signature.provenance());
    Approval approval =
        Approval.builder()
            .details("by consensus")
            .provenance("test data")
            .record(Instruments.GA_RESOLUTION_70_296)
            .organ(Actors.GENERAL_ASSEMBLY)
            .date(DAY)
            .build();
    assertEquals(Optional.of("by consensus"), approval.details());
    Notification notification =
        Notification.builder()
            .provenance("test data")
            .date(DAY)
            .sender(Actors.IOM)
            .recipient(Actors.UNITED_NATIONS)
            .reports(Actors.IOM_COUNCIL)
            .build();
    assertEquals(Optional.of(DAY), notification.date());
    Norm norm =
        Norm.builder()
            .counterparties(Actors.UNITED_NATIONS)
            .counterparties(List.of(Actors.UNITED_NATIONS, Actors.UNITED_NATIONS))
            .mirror(NormId.parse("art_1__para_1#2"))
            .bearers(List.of(Actors.IOM))
            .bearers(Actors.IOM)
            .id(NormId.parse("art_1__para_1#1"))
            .action("cooperate")
            .words("The parties shall cooperate.")
            .build();
    assertEquals(List.of(Actors.UNITED_NATIONS), norm.counterparties().asList());
    Instrument instrument =
        Instrument.builder()
            .issuedBy(Actors.DIRECTOR_GENERAL)
            .relations(
                List.of(
                    InstrumentRelation.of(RelationKind.RECALLS, Instruments.GA_RESOLUTION_47_4)))
            .relations(InstrumentRelation.of(RelationKind.RECALLS, Instruments.GA_RESOLUTION_47_4))
            .id(InstrumentId.of("letter/iom.director-general/2030-01-01"))
            .kind(InstrumentKind.LETTER)
            .title("A letter")
            .provenance("test data")
            .build();
    assertEquals(Optional.of(Actors.DIRECTOR_GENERAL), instrument.issuedBy());
    AnticipatedArrangement arrangement =
        AnticipatedArrangement.builder()
            .concludedBy(List.of(Actors.SECRETARY_GENERAL))
            .concludedBy(Actors.SECRETARY_GENERAL, Actors.DIRECTOR_GENERAL)
            .instruments(Instruments.MEMORANDUM_OF_UNDERSTANDING_2013)
            .provision(ProvisionId.article(14).paragraph(1))
            .kind(ArrangementKind.SUPPLEMENTARY)
            .words("supplementary arrangements")
            .build();
    assertTrue(arrangement.isConcluded());
    TimelineEvent event =
        TimelineEvent.builder()
            .instruments(List.of(Instruments.GA_RESOLUTION_47_4))
            .instruments(Instruments.GA_RESOLUTION_47_4)
            .date(DAY)
            .description("An event")
            .provenance("test data")
            .build();
    assertEquals(List.of(Instruments.GA_RESOLUTION_47_4), event.instruments());
    Paragraph paragraph =
        Paragraph.builder().points(List.of(Point.of('a', "x"))).text("In:").number(2).build();
    assertEquals(List.of(Point.of('a', "x")), paragraph.points());
    Consolidation consolidation =
        Consolidation.builder()
            .originalDate(DAY)
            .amendments(List.of())
            .original(Samples.text())
            .language(org.treatymodel.agreement.text.Language.ENGLISH)
            .build();
    assertEquals("eng@2030-01-01", consolidation.originalVersion().expression());
    Procedure procedure =
        Procedure.builder()
            .parties(List.of(Actors.UNITED_NATIONS, Actors.IOM))
            .events(List.of(Approval.of(Actors.IOM_COUNCIL, DAY)))
            .instrument(Samples.INSTRUMENT)
            .rule(Samples.procedure().rule())
            .build();
    assertEquals(Stage.APPROVED_IN_PART, procedure.statusIgnoringSupersessionOn(DAY).stage());
    Amendment amendment =
        Amendment.builder()
            .changes(List.of(TextChange.removeArticle(2)))
            .instrument(AMENDMENT)
            .procedure(Procedure.builder().from(Samples.procedure()).instrument(AMENDMENT).build())
            .build();
    assertEquals(1, amendment.changes().size());
  }

  @Test
  void instrumentsCheckWhatTheyConstitute() {
    assertRejected(
        () ->
            Instrument.builder()
                .id(InstrumentId.of("constituent-instrument/un"))
                .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
                .title("Charter")
                .provenance("test data")
                .build(),
        "a constituent instrument must name the Organization it constitutes:"
            + " constituent-instrument/un");
    assertRejected(
        () ->
            Instrument.builder()
                .id(InstrumentId.of("constituent-instrument/un"))
                .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
                .title("Charter")
                .constitutes(Actors.GENERAL_ASSEMBLY)
                .provenance("test data")
                .build(),
        "a constituent instrument must name the Organization it constitutes");
    assertRejected(
        () ->
            Instrument.builder()
                .id(InstrumentId.of("A/RES/1"))
                .kind(InstrumentKind.RESOLUTION)
                .title("Resolution")
                .constitutes(Actors.UNITED_NATIONS)
                .provenance("test data")
                .build(),
        "only a constituent instrument constitutes an Organization: A/RES/1 is a resolution");
    InstrumentRelation recall =
        InstrumentRelation.of(RelationKind.RECALLS, Instruments.GA_RESOLUTION_47_4);
    assertRejected(
        () ->
            Instrument.builder()
                .id(InstrumentId.of("A/RES/1"))
                .kind(InstrumentKind.RESOLUTION)
                .title("Resolution")
                .relations(recall, recall)
                .provenance("test data")
                .build(),
        "relations must not hold the same element twice");
    assertEquals(
        "the Charter of the United Nations",
        UnIomAgreement.agreement()
            .instrument(Instruments.CHARTER_OF_THE_UNITED_NATIONS)
            .shortTitle());
  }

  @Test
  void arrangementsEventsAndAmendmentsCheckTheirLists() {
    assertRejected(
        () ->
            AnticipatedArrangement.builder()
                .provision(ProvisionId.article(14).paragraph(1))
                .kind(ArrangementKind.SUPPLEMENTARY)
                .words("supplementary arrangements")
                .build(),
        "the arrangement called for by art_14__para_1 must name who concludes it");
    assertRejected(
        () ->
            AnticipatedArrangement.builder()
                .provision(ProvisionId.article(14).paragraph(1))
                .kind(ArrangementKind.SUPPLEMENTARY)
                .words("supplementary arrangements")
                .concludedBy(Actors.SECRETARY_GENERAL)
                .instruments(Instruments.GA_RESOLUTION_47_4, Instruments.GA_RESOLUTION_47_4)
                .build(),
        "arrangement instruments must not hold the same element twice");
    assertRejected(
        () ->
            TimelineEvent.builder()
                .date(DAY)
                .description("An event")
                .provenance("test data")
                .instruments(Instruments.GA_RESOLUTION_47_4, Instruments.GA_RESOLUTION_47_4)
                .build(),
        "event instruments must not hold the same element twice");
    assertRejected(
        () ->
            Amendment.builder()
                .instrument(AMENDMENT)
                .procedure(
                    Procedure.builder().from(Samples.procedure()).instrument(AMENDMENT).build())
                .build(),
        "amendment " + AMENDMENT + " must make at least one change");
    assertRejected(
        () ->
            Amendment.builder()
                .instrument(AMENDMENT)
                .changes(TextChange.removeArticle(1))
                .procedure(Samples.procedure())
                .build(),
        "amendment " + AMENDMENT + " carries the procedure of " + Samples.INSTRUMENT);
  }

  @Test
  void anAmendmentTakesEffectNoEarlierThanTheOriginal() {
    Amendment inForce =
        Amendment.builder()
            .instrument(AMENDMENT)
            .changes(
                TextChange.replaceArticle(
                    org.treatymodel.agreement.text.Article.builder()
                        .from(Samples.text().article(1))
                        .heading("Renamed")
                        .build()))
            .procedure(
                Procedure.builder()
                    .from(Samples.procedure())
                    .instrument(AMENDMENT)
                    .rule(
                        org.treatymodel.agreement.procedure.LaterOfApprovals.withoutNotification(
                            Actors.GENERAL_ASSEMBLY))
                    .events(Approval.of(Actors.GENERAL_ASSEMBLY, DAY))
                    .build())
            .build();
    Consolidation notInForce =
        Consolidation.builder()
            .original(Samples.text())
            .language(org.treatymodel.agreement.text.Language.ENGLISH)
            .amendments(inForce)
            .build();
    assertEquals(Optional.empty(), notInForce.effectiveDate(inForce));
    assertEquals(1, notInForce.versions().size());
    assertTrue(notInForce.versionOn(DAY.plusYears(1)).isOriginal());
    Consolidation later =
        Consolidation.builder()
            .original(Samples.text())
            .originalDate(DAY.plusDays(1))
            .language(org.treatymodel.agreement.text.Language.ENGLISH)
            .amendments(inForce)
            .build();
    assertEquals(Optional.of(DAY.plusDays(1)), later.effectiveDate(inForce));
    assertTrue(later.versionOn(DAY).isOriginal());
    assertEquals("eng@2030-01-02", later.versionOn(DAY.plusDays(1)).expression());
    assertEquals(2, later.versions().size());
    Consolidation earlier =
        Consolidation.builder().from(later).originalDate(DAY.minusDays(1)).build();
    assertEquals(Optional.of(DAY), earlier.effectiveDate(inForce));
  }

  @Test
  void normsCheckTheirBearersMirrorAndWords() {
    Norm.Builder norm =
        Norm.builder()
            .id(NormId.parse("art_1__para_1#1"))
            .action("cooperate")
            .words("The parties shall cooperate.");
    assertRejected(() -> norm.build(), "norm art_1__para_1#1 must have at least one bearer");
    assertEquals(NormKind.OBLIGATION, norm.bearers(Actors.IOM).build().kind());
    assertRejected(
        () -> norm.bearers(Actors.IOM).mirror(NormId.parse("art_1__para_1#1")).build(),
        "norm art_1__para_1#1 cannot be its own mirror");
    assertRejected(
        () ->
            Agreement.builder()
                .from(Samples.agreement())
                .nonNormativeProvisions(
                    List.of(
                        NonNormativeProvision.of(ProvisionId.preamble(), "no norm"),
                        NonNormativeProvision.of(ProvisionId.preamble(), "no norm")))
                .build(),
        "nonNormativeProvisions must not hold the same element twice");
    assertEquals("obligation", NormKind.OBLIGATION.label());
    assertEquals("safeguard", NormKind.SAFEGUARD.label());
    assertEquals("closing words", ProvisionKind.WRAP_UP.label());
    assertEquals("point", ProvisionKind.POINT.label());
    assertEquals("memorandum of understanding", InstrumentKind.MEMORANDUM_OF_UNDERSTANDING.label());
    assertEquals("memorandum-of-understanding", InstrumentKind.MEMORANDUM_OF_UNDERSTANDING.code());
  }

  @Test
  void catalogues() {
    Actor iom = Actor.builder().id(Actors.IOM).kind(ActorKind.ORGANIZATION).name("IOM").build();
    Catalogue one = Catalogue.of(List.of(iom), List.of());
    new EqualsTester()
        .addEqualityGroup(one, Catalogue.of(List.of(iom), List.of()))
        .addEqualityGroup(Catalogue.of(List.of(), List.of()))
        .addEqualityGroup(
            Catalogue.of(
                List.of(iom),
                List.of(UnIomAgreement.agreement().instrument(Instruments.GA_RESOLUTION_47_4))))
        .testEquals();
    assertEquals("Catalogue{1 actors, 0 instruments}", one.toString());
    assertEquals("IOM", one.nameOf(Actors.IOM));
    assertEquals("iom.council", one.nameOf(Actors.IOM_COUNCIL));
    assertEquals("A/RES/47/4", one.titleOf(Instruments.GA_RESOLUTION_47_4));
    assertEquals(iom, one.actor(Actors.IOM));
    assertEquals(ImmutableList.of(), one.instruments());
    assertRejected(() -> one.actor(Actors.IOM_COUNCIL), "no actor iom.council");
    assertRejected(
        () -> one.instrument(Instruments.GA_RESOLUTION_47_4), "no instrument A/RES/47/4");
    assertRejected(
        () -> one.findInstrumentBySymbol("resolution/iom.council/1309"),
        "document symbol must be upper-case segments");
    assertRejected(
        () -> Catalogue.of(List.of(iom, iom), List.of()),
        "actors must not hold the same element twice: \"iom\"");
    assertFalse(one.findActor(ActorId.of("icc")).isPresent());
  }
}
