package org.treatymodel.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;
import org.treatymodel.agreement.procedure.Succession;

/**
 * Relationship agreements between the United Nations and other organizations, as structure only:
 * parties, entry-into-force rule and dated events, from {@code shared/sources/FACTS.md}. No text of
 * these agreements is in the sources, and none is invented; signatories whose names the sources do
 * not give are unnamed. Their actors and instruments are in {@link #catalogue()}, looked up like
 * those of the 2016 Agreement.
 *
 * <p>They show that the model is general: the 2016 UN–IOM Agreement is one instance of {@link
 * ApprovalsThenSignature}; the UN–IAEA agreement follows {@link LaterOfApprovals}, like amendments
 * under Article 15; the UN–ISA and UN–CTBTO agreements follow {@link SignatureThenApproval}. Each
 * procedure here stands alone, so ask its {@link #successionOf succession} whether it is in force.
 */
public final class RelationshipAgreements {
  private RelationshipAgreements() {}

  /** The International Atomic Energy Agency ("IAEA" in FACTS.md). */
  public static final ActorId IAEA = ActorId.of("iaea");

  /** The IAEA General Conference. */
  public static final ActorId IAEA_GENERAL_CONFERENCE = ActorId.of("iaea.general-conference");

  /** The International Seabed Authority. */
  public static final ActorId ISA = ActorId.of("isa");

  /** The ISA Assembly. */
  public static final ActorId ISA_ASSEMBLY = ActorId.of("isa.assembly");

  /** The CTBTO Preparatory Commission, which approved its agreement itself. */
  public static final ActorId CTBTO_PREPARATORY_COMMISSION =
      ActorId.of("ctbto-preparatory-commission");

  /** The International Criminal Court. */
  public static final ActorId ICC = ActorId.of("icc");

  /**
   * The UN–IAEA relationship agreement of 1957; the sources give its year, not its date, so the
   * designation ends with the year.
   */
  public static final InstrumentId UN_IAEA_1957 = InstrumentId.of("agreement/un+iaea/1957");

  /**
   * General Assembly resolution 1145 (XII) of 14 November 1957, approving the UN–IAEA agreement.
   */
  public static final InstrumentId GA_RESOLUTION_1145_XII = InstrumentId.of("A/RES/1145(XII)");

  /** The UN–International Seabed Authority relationship agreement, signed 14 March 1997. */
  public static final InstrumentId UN_ISA_1997 = InstrumentId.of("agreement/un+isa/1997-03-14");

  /** General Assembly resolution 52/27 of 26 November 1997, approving the UN–ISA agreement. */
  public static final InstrumentId GA_RESOLUTION_52_27 = InstrumentId.of("A/RES/52/27");

  /** The UN–CTBTO Preparatory Commission relationship agreement, signed 26 May 2000. */
  public static final InstrumentId UN_CTBTO_PREPCOM_2000 =
      InstrumentId.of("agreement/un+ctbto-preparatory-commission/2000-05-26");

  /**
   * General Assembly resolution 54/280 of 15 June 2000, approving the UN–CTBTO Preparatory
   * Commission agreement.
   */
  public static final InstrumentId GA_RESOLUTION_54_280 = InstrumentId.of("A/RES/54/280");

  /** The UN–International Criminal Court relationship agreement, signed 4 October 2004. */
  public static final InstrumentId UN_ICC_2004 = InstrumentId.of("agreement/un+icc/2004-10-04");

  private static final String FACTS = "FACTS.md, entry-into-force patterns";

  private static final Catalogue CATALOGUE =
      Catalogue.of(
          ImmutableList.of(
              actor(Actors.UNITED_NATIONS),
              actor(Actors.GENERAL_ASSEMBLY),
              Actor.builder().id(IAEA).kind(ActorKind.ORGANIZATION).name("IAEA").build(),
              Actor.builder()
                  .id(IAEA_GENERAL_CONFERENCE)
                  .kind(ActorKind.ORGAN)
                  .name("IAEA General Conference")
                  .shortName("the IAEA General Conference")
                  .build(),
              Actor.builder()
                  .id(ISA)
                  .kind(ActorKind.ORGANIZATION)
                  .name("International Seabed Authority")
                  .shortName("the International Seabed Authority")
                  .build(),
              Actor.builder()
                  .id(ISA_ASSEMBLY)
                  .kind(ActorKind.ORGAN)
                  .name("ISA Assembly")
                  .shortName("the ISA Assembly")
                  .build(),
              Actor.builder()
                  .id(CTBTO_PREPARATORY_COMMISSION)
                  .kind(ActorKind.ORGANIZATION)
                  .name("CTBTO Preparatory Commission")
                  .shortName("the CTBTO Preparatory Commission")
                  .build(),
              Actor.builder()
                  .id(ICC)
                  .kind(ActorKind.ORGANIZATION)
                  .name("International Criminal Court")
                  .shortName("the International Criminal Court")
                  .build()),
          ImmutableList.of(
              agreement(UN_IAEA_1957, "the UN–IAEA relationship agreement (1957)", "IAEA").build(),
              approvingResolution(
                  GA_RESOLUTION_1145_XII,
                  "General Assembly resolution 1145 (XII)",
                  LocalDate.of(1957, 11, 14),
                  UN_IAEA_1957),
              agreement(
                      UN_ISA_1997,
                      "the UN–ISA relationship agreement (1997)",
                      "International Seabed Authority")
                  .date(LocalDate.of(1997, 3, 14))
                  .build(),
              approvingResolution(
                  GA_RESOLUTION_52_27,
                  "General Assembly resolution 52/27",
                  LocalDate.of(1997, 11, 26),
                  UN_ISA_1997),
              agreement(
                      UN_CTBTO_PREPCOM_2000,
                      "the UN–CTBTO Preparatory Commission relationship agreement (2000)",
                      "CTBTO Preparatory Commission")
                  .date(LocalDate.of(2000, 5, 26))
                  .build(),
              approvingResolution(
                  GA_RESOLUTION_54_280,
                  "General Assembly resolution 54/280",
                  LocalDate.of(2000, 6, 15),
                  UN_CTBTO_PREPCOM_2000),
              agreement(
                      UN_ICC_2004,
                      "the UN–ICC relationship agreement (2004)",
                      "International Criminal Court")
                  .date(LocalDate.of(2004, 10, 4))
                  .build()));

  private static Actor actor(ActorId id) {
    return Actors.all().stream().filter(actor -> actor.id().equals(id)).findFirst().orElseThrow();
  }

  private static Instrument.Builder agreement(InstrumentId id, String shortTitle, String other) {
    return Instrument.builder()
        .id(id)
        .kind(InstrumentKind.AGREEMENT)
        .title("Relationship agreement between the United Nations and the " + other)
        .shortTitle(shortTitle)
        .provenance(FACTS);
  }

  private static Instrument approvingResolution(
      InstrumentId id, String shortTitle, LocalDate date, InstrumentId approved) {
    return Instrument.builder()
        .id(id)
        .kind(InstrumentKind.RESOLUTION)
        .title("Resolution approving the relationship agreement")
        .shortTitle(shortTitle)
        .date(date)
        .issuedBy(Actors.GENERAL_ASSEMBLY)
        .relations(InstrumentRelation.of(RelationKind.APPROVES, approved))
        .provenance(FACTS + " (the symbol as the General Assembly writes it)")
        .build();
  }

  private static final Procedure UN_IAEA_1957_PROCEDURE =
      Procedure.builder()
          .instrument(UN_IAEA_1957)
          .parties(Actors.UNITED_NATIONS, IAEA)
          .rule(
              LaterOfApprovals.withoutNotification(
                  IAEA_GENERAL_CONFERENCE, Actors.GENERAL_ASSEMBLY))
          .events(
              Approval.of(IAEA_GENERAL_CONFERENCE, LocalDate.of(1957, 10, 23)),
              Approval.of(
                  Actors.GENERAL_ASSEMBLY, LocalDate.of(1957, 11, 14), GA_RESOLUTION_1145_XII))
          .build();

  private static final Procedure UN_ISA_1997_PROCEDURE =
      Procedure.builder()
          .instrument(UN_ISA_1997)
          .parties(Actors.UNITED_NATIONS, ISA)
          .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
          .events(
              Signature.builder()
                  .date(LocalDate.of(1997, 3, 14))
                  .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(ISA))
                  .build(),
              Approval.of(ISA_ASSEMBLY, LocalDate.of(1997, 3, 27)),
              Approval.of(Actors.GENERAL_ASSEMBLY, LocalDate.of(1997, 11, 26), GA_RESOLUTION_52_27))
          .build();

  private static final Procedure UN_CTBTO_PREPCOM_2000_PROCEDURE =
      Procedure.builder()
          .instrument(UN_CTBTO_PREPCOM_2000)
          .parties(Actors.UNITED_NATIONS, CTBTO_PREPARATORY_COMMISSION)
          .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
          .events(
              Approval.of(CTBTO_PREPARATORY_COMMISSION, LocalDate.of(2000, 5, 5)),
              Signature.builder()
                  .date(LocalDate.of(2000, 5, 26))
                  .signatories(
                      Signatory.unnamed(Actors.UNITED_NATIONS),
                      Signatory.unnamed(CTBTO_PREPARATORY_COMMISSION))
                  .build(),
              Approval.of(Actors.GENERAL_ASSEMBLY, LocalDate.of(2000, 6, 15), GA_RESOLUTION_54_280))
          .build();

  private static final Procedure UN_ICC_2004_PROCEDURE =
      Procedure.builder()
          .instrument(UN_ICC_2004)
          .parties(Actors.UNITED_NATIONS, ICC)
          .rule(ApprovalsThenSignature.uponSignature())
          .events(
              Signature.builder()
                  .date(LocalDate.of(2004, 10, 4))
                  .place("New York")
                  .signatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(ICC))
                  .build())
          .build();

  /**
   * The procedure of the Cooperation Agreement of 25 June 1996, signed at Geneva, as the 2016
   * Agreement's {@linkplain Agreement#predecessors() predecessor}: superseded on 19 September 2016,
   * as {@code UnIomAgreement.agreement().statusOn(date)} and its succession say.
   */
  public static Procedure unIom1996() {
    return UnIom2016Procedures.COOPERATION_AGREEMENT_1996;
  }

  /** The procedure of the 2016 Agreement (Article 16), as {@link Agreement#procedure()} has it. */
  public static Procedure unIom2016() {
    return UnIom2016Procedures.RELATIONSHIP_AGREEMENT_2016;
  }

  /**
   * UN–IAEA (1957): in force on the later approval; IAEA General Conference 23 October 1957, GA 14
   * November 1957.
   */
  public static Procedure unIaea1957() {
    return UN_IAEA_1957_PROCEDURE;
  }

  /**
   * UN–ISA (1997): signed 14 March 1997 and applied provisionally (not modelled); ISA Assembly 27
   * March 1997; in force on the date the General Assembly approved it, 26 November 1997 (resolution
   * 52/27).
   */
  public static Procedure unIsa1997() {
    return UN_ISA_1997_PROCEDURE;
  }

  /**
   * UN–CTBTO Preparatory Commission (2000): approved by the Commission 5 May, signed 26 May, GA 15
   * June 2000.
   */
  public static Procedure unCtbtoPreparatoryCommission2000() {
    return UN_CTBTO_PREPCOM_2000_PROCEDURE;
  }

  /** UN–ICC (2004): in force upon signature, 4 October 2004, New York. */
  public static Procedure unIcc2004() {
    return UN_ICC_2004_PROCEDURE;
  }

  /** Every procedure above, oldest first. */
  public static ImmutableList<Procedure> all() {
    return ImmutableList.of(
        UN_IAEA_1957_PROCEDURE,
        unIom1996(),
        UN_ISA_1997_PROCEDURE,
        UN_CTBTO_PREPCOM_2000_PROCEDURE,
        UN_ICC_2004_PROCEDURE,
        unIom2016());
  }

  /**
   * The succession {@code procedure} belongs to: the 1996 and 2016 UN–IOM agreements for either of
   * them, a succession of one for the others. Its {@code statusOn} answers "is it in force?".
   */
  public static Succession successionOf(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    return procedure.equals(unIom1996()) || procedure.equals(unIom2016())
        ? UnIomAgreement.agreement().succession()
        : Succession.of(procedure);
  }

  /**
   * The actors and instruments of the UN–IAEA, UN–ISA, UN–CTBTO Preparatory Commission and UN–ICC
   * agreements (with the United Nations and its General Assembly), looked up like those of the 2016
   * Agreement: {@code catalogue().findInstrumentBySymbol("A/RES/52/27")}.
   */
  public static Catalogue catalogue() {
    return CATALOGUE;
  }
}
