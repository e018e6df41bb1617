package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * guava-testlib's EqualsTester over identifiers and values: equal by content, never by identity.
 */
class ValueEqualityTest {
  private static final LocalDate DAY = LocalDate.of(2016, 9, 19);

  @Test
  void identifiers() {
    new EqualsTester()
        .addEqualityGroup(ActorId.of("iom"), ActorId.parse("iom"), Actors.IOM)
        .addEqualityGroup(ActorId.of("iom.council"))
        .addEqualityGroup(InstrumentId.of("A/70/976"), InstrumentId.parse("A/70/976"))
        .addEqualityGroup(InstrumentId.of("A/70/977"))
        .addEqualityGroup(ProvisionId.article(3), ProvisionId.parse("art_3"))
        .addEqualityGroup(ProvisionId.parse("art_3__para_1"), ProvisionId.article(3).paragraph(1))
        .addEqualityGroup(
            NormId.parse("art_3__para_1#1"), NormId.of(ProvisionId.parse("art_3__para_1"), 1))
        .addEqualityGroup(NormId.parse("art_3__para_1#2"))
        .addEqualityGroup(NormId.parse("art_3__para_2#1"))
        .testEquals();
  }

  @Test
  void identifiersOrder() {
    assertTrue(ActorId.of("iom").compareTo(ActorId.of("un")) < 0);
    assertTrue(InstrumentId.of("A/RES/47/4").compareTo(InstrumentId.of("A/RES/51/148")) < 0);
    assertTrue(NormId.parse("art_3__para_1#2").compareTo(NormId.parse("art_3__para_1#10")) < 0);
    assertTrue(NormId.parse("art_3__para_1#2").compareTo(NormId.parse("art_3__para_2#1")) < 0);
    assertTrue(NormId.parse("art_3__para_2#1").compareTo(NormId.parse("art_3__para_1#9")) > 0);
    assertEquals(2, NormId.parse("art_3__para_1#2").ordinal());
    assertEquals(ActorId.of("iom"), ActorId.of("iom").organization());
    assertTrue(ActorId.of("un").parent().isEmpty());
    assertEquals(ActorId.of("un"), ActorId.of("un.a.b").organization());
    assertEquals(ActorId.of("un.a"), ActorId.of("un.a.b").parent().orElseThrow());
  }

  @Test
  void values() {
    new EqualsTester()
        .addEqualityGroup(
            Actor.builder().id(Actors.IOM).kind(ActorKind.ORGANIZATION).name("IOM").build(),
            Actor.builder().id(Actors.IOM).kind(ActorKind.ORGANIZATION).name("IOM").build())
        .addEqualityGroup(
            Actor.builder().id(Actors.IOM).kind(ActorKind.ORGANIZATION).name("I.O.M.").build())
        .addEqualityGroup(Point.of('a', "x"), Point.of('a', "x"))
        .addEqualityGroup(Point.of('b', "x"))
        .addEqualityGroup(
            Provision.of(ProvisionId.article(1), "t"), Provision.of(ProvisionId.article(1), "t"))
        .addEqualityGroup(
            InstrumentRelation.of(RelationKind.RECALLS, InstrumentId.of("A/RES/1")),
            InstrumentRelation.of(RelationKind.RECALLS, InstrumentId.of("A/RES/1")))
        .addEqualityGroup(InstrumentRelation.of(RelationKind.APPROVES, InstrumentId.of("A/RES/1")))
        .addEqualityGroup(
            NonNormativeProvision.of(ProvisionId.article(1), "purpose"),
            NonNormativeProvision.of(ProvisionId.article(1), "purpose"))
        .addEqualityGroup(
            CrossReference.toProvision(
                ProvisionId.article(10), ProvisionId.article(14), "Article 14"),
            CrossReference.toProvision(
                ProvisionId.article(10), ProvisionId.article(14), "Article 14"))
        .addEqualityGroup(
            CrossReference.toInstrument(
                ProvisionId.article(10), InstrumentId.of("A/RES/14"), "Article 14"))
        .addEqualityGroup(
            Approval.of(Actors.IOM_COUNCIL, DAY), Approval.of(Actors.IOM_COUNCIL, DAY))
        .addEqualityGroup(Approval.of(Actors.IOM_COUNCIL, DAY, InstrumentId.of("A/RES/2")))
        .addEqualityGroup(
            Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL),
            Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL))
        .addEqualityGroup(
            Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, DAY))
        .addEqualityGroup(Signatory.unnamed(Actors.IOM), Signatory.unnamed(Actors.IOM))
        .addEqualityGroup(Signatory.of(Actors.IOM, "W", Actors.DIRECTOR_GENERAL))
        .testEquals();
    assertEquals(
        "the United Nations", UnIomAgreement.agreement().actor(Actors.UNITED_NATIONS).name());
    assertEquals(
        "art_14",
        CrossReference.toProvision(ProvisionId.article(10), ProvisionId.article(14), "w")
            .target()
            .toString());
    assertEquals(
        "A/RES/1",
        CrossReference.toInstrument(ProvisionId.article(10), InstrumentId.of("A/RES/1"), "w")
            .target()
            .toString());
  }
}
