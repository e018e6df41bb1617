package org.treatymodel.agreement.uniom;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * The identifiers of every instrument the three sources cite; the instruments themselves (titles,
 * dates, relations, provenance) are data, {@code UnIomAgreement.agreement().instruments()}.
 *
 * <p>An instrument with a document symbol is identified by it ({@code A/RES/70/263}); where the
 * sources give none (the letters between the heads of the Organizations, the Agreements themselves,
 * the resolutions of the IOM Council) the identifier is a designation of kind, actors and date or
 * number ({@code agreement/un+iom/2016-09-19}, {@code resolution/iom.council/1309}), as {@link
 * InstrumentId} documents; no symbol is invented. "Source 000" is the Secretary-General's letter of
 * 1 April 2016 with the history of the relationship, "source 001" the President of the General
 * Assembly's letter of 19 July 2016 circulating A/70/L.57 with the text of the Agreement, "source
 * 004" the commentary of August 2016; "FACTS.md" is the project's list of facts from the public
 * record. All four are copied in {@code agreement-model/src/test/resources/sources/}.
 */
@API(status = STABLE, since = "0.1.0")
public final class Instruments {
  private Instruments() {}

  /** The Charter of the United Nations (preamble, first recital; Articles 2(4), 2(5)). */
  public static final InstrumentId CHARTER_OF_THE_UNITED_NATIONS =
      InstrumentId.of("constituent-instrument/un");

  /**
   * The Constitution of the International Organization for Migration (preamble, first recital;
   * Article 2(3)).
   */
  public static final InstrumentId CONSTITUTION_OF_IOM =
      InstrumentId.of("constituent-instrument/iom");

  /** General Assembly resolution 47/4 of 16 October 1992: observer status for IOM. */
  public static final InstrumentId GA_RESOLUTION_47_4 = InstrumentId.of("A/RES/47/4");

  /**
   * The Cooperation Agreement between the United Nations and IOM of 25 June 1996, superseded by
   * Article 16(2).
   */
  public static final InstrumentId COOPERATION_AGREEMENT_1996 =
      InstrumentId.of("agreement/un+iom/1996-06-25");

  /**
   * Economic and Social Council document E/1996/90 of 18 July 1996 on the Cooperation Agreement
   * (source 004).
   */
  public static final InstrumentId ECOSOC_DOCUMENT_E_1996_90 = InstrumentId.of("E/1996/90");

  /** Letter A/51/232 of 11 November 1996 requesting an additional agenda item (FACTS.md). */
  public static final InstrumentId LETTER_A_51_232 = InstrumentId.of("A/51/232");

  /**
   * General Assembly resolution 51/148 of 13 December 1996 on cooperation between the UN and IOM.
   */
  public static final InstrumentId GA_RESOLUTION_51_148 = InstrumentId.of("A/RES/51/148");

  /**
   * The Memorandum of Understanding of 25 June 2013 on a Global Safety and Security Management
   * Partnership.
   */
  public static final InstrumentId MEMORANDUM_OF_UNDERSTANDING_2013 =
      InstrumentId.of("memorandum-of-understanding/un+iom/2013-06-25");

  /**
   * General Assembly resolution 68/4 of 3 October 2013: the declaration of the High-level Dialogue.
   */
  public static final InstrumentId GA_RESOLUTION_68_4 = InstrumentId.of("A/RES/68/4");

  /** IOM Council resolution No. 1309 of 24 November 2015. */
  public static final InstrumentId IOM_COUNCIL_RESOLUTION_1309 =
      InstrumentId.of("resolution/iom.council/1309");

  /** The Director General's letter of 9 December 2015 to the Secretary-General. */
  public static final InstrumentId LETTER_2015_12_09 =
      InstrumentId.of("letter/iom.director-general/2015-12-09");

  /** The Secretary-General's letter of reply of 5 February 2016. */
  public static final InstrumentId LETTER_2016_02_05 =
      InstrumentId.of("letter/un.secretary-general/2016-02-05");

  /** The Director General's letter of reply of 10 March 2016. */
  public static final InstrumentId LETTER_2016_03_10 =
      InstrumentId.of("letter/iom.director-general/2016-03-10");

  /**
   * The Secretary-General's letter of 1 April 2016 requesting an additional agenda item (source
   * 000).
   */
  public static final InstrumentId LETTER_2016_04_01 =
      InstrumentId.of("letter/un.secretary-general/2016-04-01");

  /** General Assembly resolution 70/263 of 27 April 2016. */
  public static final InstrumentId GA_RESOLUTION_70_263 = InstrumentId.of("A/RES/70/263");

  /** IOM Council resolution No. 1317 of 30 June 2016, approving the draft Agreement. */
  public static final InstrumentId IOM_COUNCIL_RESOLUTION_1317 =
      InstrumentId.of("resolution/iom.council/1317");

  /** A/70/976, the Note by the Secretary-General of 8 July 2016 presenting the draft Agreement. */
  public static final InstrumentId NOTE_A_70_976 = InstrumentId.of("A/70/976");

  /**
   * The President of the General Assembly's letter of 19 July 2016 circulating the draft resolution
   * (source 001).
   */
  public static final InstrumentId LETTER_2016_07_19 =
      InstrumentId.of("letter/un.president-of-the-general-assembly/2016-07-19");

  /** Draft resolution A/70/L.57, approving the draft Agreement (source 001). */
  public static final InstrumentId DRAFT_RESOLUTION_A_70_L_57 = InstrumentId.of("A/70/L.57");

  /** General Assembly resolution 70/296 of 25 July 2016, approving the Agreement (FACTS.md). */
  public static final InstrumentId GA_RESOLUTION_70_296 = InstrumentId.of("A/RES/70/296");

  /**
   * The Agreement concerning the Relationship between the United Nations and IOM, signed 19
   * September 2016.
   */
  public static final InstrumentId RELATIONSHIP_AGREEMENT_2016 =
      InstrumentId.of("agreement/un+iom/2016-09-19");
}
