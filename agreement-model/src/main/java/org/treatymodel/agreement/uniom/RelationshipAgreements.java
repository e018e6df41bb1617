package org.treatymodel.agreement.uniom;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.akn.AkomaNtosoException;
import org.treatymodel.agreement.akn.CatalogueDocument;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.SignatureThenApproval;
import org.treatymodel.agreement.procedure.Succession;

/**
 * Relationship agreements between the United Nations and other organizations, as structure only:
 * parties, entry-into-force rule and dated events, from FACTS.md (the project's facts from the
 * public record, copied in {@code agreement-model/src/test/resources/sources/}). No text of these
 * agreements is in the sources, and none is invented; signatories whose names the sources do not
 * give are unnamed. Their actors and instruments are in {@link #catalogue()}, looked up like those
 * of the 2016 Agreement.
 *
 * <p>They show that the model is general: the 2016 UN–IOM Agreement is one instance of {@link
 * ApprovalsThenSignature}; the UN–IAEA agreement follows {@link LaterOfApprovals}, like amendments
 * under Article 15; the UN–ISA and UN–CTBTO agreements follow {@link SignatureThenApproval}. Each
 * procedure here stands alone, so ask its {@link #successionOf succession} whether it is in force.
 */
@API(status = STABLE, since = "0.1.0")
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

  /** The classpath resource that holds the actors, instruments and procedures above. */
  public static final String RESOURCE =
      "/org/treatymodel/agreement/uniom/relationship-agreements.xml";

  /** The data of {@value #RESOURCE}, read once on first use. */
  private static final class Holder {
    static final CatalogueDocument DATA = load();
    static final Catalogue CATALOGUE = catalogue(DATA);

    private static CatalogueDocument load() {
      try (InputStream in = RelationshipAgreements.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the relationship agreements are missing: " + RESOURCE);
        }
        return AkomaNtoso.readCatalogue(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "the relationship agreements cannot be read: " + RESOURCE, e);
      } catch (AkomaNtosoException e) {
        throw new IllegalStateException(
            "the relationship agreements are malformed: " + e.getMessage(), e);
      }
    }

    /**
     * The file's actors, with the United Nations and its General Assembly as the Agreement names
     * them.
     */
    private static Catalogue catalogue(CatalogueDocument data) {
      Agreement agreement = UnIomAgreement.agreement();
      return Catalogue.of(
          ImmutableList.<Actor>builder()
              .add(agreement.actor(Actors.UNITED_NATIONS), agreement.actor(Actors.GENERAL_ASSEMBLY))
              .addAll(data.actors())
              .build(),
          data.instruments());
    }

    static Procedure procedure(InstrumentId instrument) {
      return DATA.procedures().stream()
          .filter(procedure -> procedure.instrument().equals(instrument))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no procedure of " + instrument + " in " + RESOURCE));
    }
  }

  /**
   * The procedure of the Cooperation Agreement of 25 June 1996, signed at Geneva, as the 2016
   * Agreement's {@linkplain Agreement#predecessors() predecessor}: superseded on 19 September 2016,
   * as {@code UnIomAgreement.agreement().statusOn(date)} and its succession say.
   */
  public static Procedure unIom1996() {
    return UnIomAgreement.agreement().predecessors().get(0);
  }

  /** The procedure of the 2016 Agreement (Article 16), as {@link Agreement#procedure()} has it. */
  public static Procedure unIom2016() {
    return UnIomAgreement.agreement().procedure();
  }

  /**
   * UN–IAEA (1957): in force on the later approval; IAEA General Conference 23 October 1957, GA 14
   * November 1957.
   */
  public static Procedure unIaea1957() {
    return Holder.procedure(UN_IAEA_1957);
  }

  /**
   * UN–ISA (1997): signed 14 March 1997 and applied provisionally (not modelled); ISA Assembly 27
   * March 1997; in force on the date the General Assembly approved it, 26 November 1997 (resolution
   * 52/27).
   */
  public static Procedure unIsa1997() {
    return Holder.procedure(UN_ISA_1997);
  }

  /**
   * UN–CTBTO Preparatory Commission (2000): approved by the Commission 5 May, signed 26 May, GA 15
   * June 2000.
   */
  public static Procedure unCtbtoPreparatoryCommission2000() {
    return Holder.procedure(UN_CTBTO_PREPCOM_2000);
  }

  /** UN–ICC (2004): in force upon signature, 4 October 2004, New York. */
  public static Procedure unIcc2004() {
    return Holder.procedure(UN_ICC_2004);
  }

  /** Every procedure above, oldest first. */
  public static ImmutableList<Procedure> all() {
    return ImmutableList.of(
        unIaea1957(),
        unIom1996(),
        unIsa1997(),
        unCtbtoPreparatoryCommission2000(),
        unIcc2004(),
        unIom2016());
  }

  /**
   * The succession {@code procedure} belongs to, by its instrument: for the procedure of the 1996
   * or the 2016 UN–IOM agreement, the succession of the two, with {@code procedure} in place of the
   * recorded one (so that a what-if with other events is judged in its succession); for any other,
   * a succession of one. Its {@code statusOn} answers "is it in force?".
   */
  public static Succession successionOf(Procedure procedure) {
    checkNotNull(procedure, "procedure");
    ImmutableList<Procedure> unIom = UnIomAgreement.agreement().succession().procedures();
    if (unIom.stream().noneMatch(each -> each.instrument().equals(procedure.instrument()))) {
      return Succession.of(procedure);
    }
    return Succession.of(
        unIom.stream()
            .map(each -> each.instrument().equals(procedure.instrument()) ? procedure : each)
            .toList());
  }

  /**
   * The actors and instruments of the UN–IAEA, UN–ISA, UN–CTBTO Preparatory Commission and UN–ICC
   * agreements (with the United Nations and its General Assembly), looked up like those of the 2016
   * Agreement: {@code catalogue().findInstrumentBySymbol("A/RES/52/27")}.
   */
  public static Catalogue catalogue() {
    return Holder.CATALOGUE;
  }
}
