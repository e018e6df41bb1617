package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;

/**
 * The procedures of relationship agreements between the United Nations and other organizations, as
 * structure only: parties, entry-into-force rule and dated events, from {@code
 * shared/sources/FACTS.md}. No text of these agreements is in the sources, and none is invented;
 * signatories whose names the sources do not give are unnamed.
 *
 * <p>They show that the model is general: the 2016 UN–IOM Agreement is one instance of {@link
 * ApprovalsThenSignature}; the UN–IAEA agreement follows {@link LaterOfApprovals}, like amendments
 * under Article 15; the UN–ISA and UN–CTBTO agreements follow {@link SignatureThenApproval}.
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

  /** The UN–IAEA relationship agreement of 1957. */
  public static final InstrumentId UN_IAEA_1957 = InstrumentId.of("UN-IAEA Agreement 1957");

  /** The UN–International Seabed Authority relationship agreement of 1997. */
  public static final InstrumentId UN_ISA_1997 = InstrumentId.of("UN-ISA Agreement 1997");

  /** The UN–CTBTO Preparatory Commission relationship agreement of 2000. */
  public static final InstrumentId UN_CTBTO_PREPCOM_2000 =
      InstrumentId.of("UN-CTBTO Preparatory Commission Agreement 2000");

  /** The UN–International Criminal Court relationship agreement of 2004. */
  public static final InstrumentId UN_ICC_2004 = InstrumentId.of("UN-ICC Agreement 2004");

  private static final ImmutableList<Actor> ACTORS =
      ImmutableList.of(
          Actor.builder().id(IAEA).kind(ActorKind.ORGANIZATION).name("IAEA").build(),
          Actor.builder()
              .id(IAEA_GENERAL_CONFERENCE)
              .kind(ActorKind.ORGAN)
              .name("IAEA General Conference")
              .build(),
          Actor.builder()
              .id(ISA)
              .kind(ActorKind.ORGANIZATION)
              .name("International Seabed Authority")
              .build(),
          Actor.builder().id(ISA_ASSEMBLY).kind(ActorKind.ORGAN).name("ISA Assembly").build(),
          Actor.builder()
              .id(CTBTO_PREPARATORY_COMMISSION)
              .kind(ActorKind.ORGANIZATION)
              .name("CTBTO Preparatory Commission")
              .build(),
          Actor.builder()
              .id(ICC)
              .kind(ActorKind.ORGANIZATION)
              .name("International Criminal Court")
              .build());

  private static final Procedure UN_IOM_1996_PROCEDURE =
      Procedure.builder()
          .instrument(Instruments.COOPERATION_AGREEMENT_1996)
          .addParties(Actors.UNITED_NATIONS, Actors.IOM)
          .rule(ApprovalsThenSignature.uponSignature())
          .addEvents(
              Signature.builder()
                  .date(LocalDate.of(1996, 6, 25))
                  .place("Geneva")
                  .addSignatories(
                      Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
                  .build())
          .build();

  private static final Procedure UN_IOM_2016_PROCEDURE =
      Procedure.builder()
          .instrument(Instruments.RELATIONSHIP_AGREEMENT_2016)
          .addParties(Actors.UNITED_NATIONS, Actors.IOM)
          .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
          .supersedes(Instruments.COOPERATION_AGREEMENT_1996)
          .addEvents(
              Approval.of(
                  Actors.IOM_COUNCIL,
                  LocalDate.of(2016, 6, 30),
                  Instruments.IOM_COUNCIL_RESOLUTION_1317),
              Approval.of(
                  Actors.GENERAL_ASSEMBLY,
                  LocalDate.of(2016, 7, 25),
                  Instruments.GA_RESOLUTION_70_296),
              Notification.undated(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL),
              Notification.undated(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY),
              Signature.builder()
                  .date(LocalDate.of(2016, 9, 19))
                  .place("New York")
                  .addSignatories(
                      Signatory.of(Actors.UNITED_NATIONS, "Ban Ki-moon", Actors.SECRETARY_GENERAL),
                      Signatory.of(Actors.IOM, "William Lacy Swing", Actors.DIRECTOR_GENERAL))
                  .build())
          .build();

  private static final Procedure UN_IAEA_1957_PROCEDURE =
      Procedure.builder()
          .instrument(UN_IAEA_1957)
          .addParties(Actors.UNITED_NATIONS, IAEA)
          .rule(
              LaterOfApprovals.withoutNotification(
                  IAEA_GENERAL_CONFERENCE, Actors.GENERAL_ASSEMBLY))
          .addEvents(
              Approval.of(IAEA_GENERAL_CONFERENCE, LocalDate.of(1957, 10, 23)),
              Approval.of(
                  Actors.GENERAL_ASSEMBLY,
                  LocalDate.of(1957, 11, 14),
                  InstrumentId.of("General Assembly resolution 1145 (XII)")))
          .build();

  private static final Procedure UN_ISA_1997_PROCEDURE =
      Procedure.builder()
          .instrument(UN_ISA_1997)
          .addParties(Actors.UNITED_NATIONS, ISA)
          .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
          .addEvents(
              Signature.builder()
                  .date(LocalDate.of(1997, 3, 14))
                  .addSignatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(ISA))
                  .build(),
              Approval.of(ISA_ASSEMBLY, LocalDate.of(1997, 3, 27)),
              Approval.of(
                  Actors.GENERAL_ASSEMBLY,
                  LocalDate.of(1997, 11, 26),
                  InstrumentId.of("A/RES/52/27")))
          .build();

  private static final Procedure UN_CTBTO_PREPCOM_2000_PROCEDURE =
      Procedure.builder()
          .instrument(UN_CTBTO_PREPCOM_2000)
          .addParties(Actors.UNITED_NATIONS, CTBTO_PREPARATORY_COMMISSION)
          .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
          .addEvents(
              Approval.of(CTBTO_PREPARATORY_COMMISSION, LocalDate.of(2000, 5, 5)),
              Signature.builder()
                  .date(LocalDate.of(2000, 5, 26))
                  .addSignatories(
                      Signatory.unnamed(Actors.UNITED_NATIONS),
                      Signatory.unnamed(CTBTO_PREPARATORY_COMMISSION))
                  .build(),
              Approval.of(
                  Actors.GENERAL_ASSEMBLY,
                  LocalDate.of(2000, 6, 15),
                  InstrumentId.of("A/RES/54/280")))
          .build();

  private static final Procedure UN_ICC_2004_PROCEDURE =
      Procedure.builder()
          .instrument(UN_ICC_2004)
          .addParties(Actors.UNITED_NATIONS, ICC)
          .rule(ApprovalsThenSignature.uponSignature())
          .addEvents(
              Signature.builder()
                  .date(LocalDate.of(2004, 10, 4))
                  .place("New York")
                  .addSignatories(Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(ICC))
                  .build())
          .build();

  /**
   * The Cooperation Agreement of 25 June 1996, signed at Geneva. Its text, and so its clause on
   * entry into force, is not in the sources; source 000 says the Organizations "concluded" it on 25
   * June 1996, and the model takes it to be in force upon that signature.
   */
  public static Procedure unIom1996() {
    return UN_IOM_1996_PROCEDURE;
  }

  /**
   * The 2016 Agreement (Article 16): approved by the IOM Council on 30 June 2016 (resolution No.
   * 1317) and by the General Assembly on 25 July 2016 (A/RES/70/296); the written notifications of
   * both approvals were made on dates that are not public; signed in New York on 19 September 2016
   * by Secretary-General Ban Ki-moon and Director General William Lacy Swing; it supersedes the
   * 1996 Cooperation Agreement.
   */
  public static Procedure unIom2016() {
    return UN_IOM_2016_PROCEDURE;
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
        UN_IOM_1996_PROCEDURE,
        UN_ISA_1997_PROCEDURE,
        UN_CTBTO_PREPCOM_2000_PROCEDURE,
        UN_ICC_2004_PROCEDURE,
        UN_IOM_2016_PROCEDURE);
  }

  /** The parties and organs of the agreements other than UN–IOM, as FACTS.md names them. */
  public static ImmutableList<Actor> otherActors() {
    return ACTORS;
  }
}
