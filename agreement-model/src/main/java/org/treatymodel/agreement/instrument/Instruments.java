package org.treatymodel.agreement.instrument;

import static org.treatymodel.agreement.instrument.RelationKind.ADOPTS_DRAFT;
import static org.treatymodel.agreement.instrument.RelationKind.APPROVES;
import static org.treatymodel.agreement.instrument.RelationKind.RECALLS;
import static org.treatymodel.agreement.instrument.RelationKind.REPLIES_TO;
import static org.treatymodel.agreement.instrument.RelationKind.SUPERSEDES;
import static org.treatymodel.agreement.instrument.RelationKind.TAKES_NOTE_OF;
import static org.treatymodel.agreement.instrument.RelationKind.TRANSMITS;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.treatymodel.agreement.actor.Actors;

/**
 * Every instrument the three sources cite, with the dates and relations they report.
 *
 * <p>An instrument with a document symbol is identified by it ({@code A/RES/70/263}); where the
 * sources give none (the letters between the heads of the Organizations, the Agreements themselves,
 * the resolutions of the IOM Council) the identifier is a designation of kind, actors and date or
 * number ({@code agreement/un+iom/2016-09-19}, {@code resolution/iom.council/1309}), as {@link
 * InstrumentId} documents; no symbol is invented. "Source 000", "source 001" and "source 004" are
 * the documents of {@code shared/sources}; "FACTS.md" is its list of facts from the public record.
 */
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

  private static final String COOPERATION_TITLE =
      "Cooperation between the United Nations and the International Organization for Migration";
  private static final String AGREEMENT_TITLE =
      "Agreement concerning the Relationship between the United Nations and the International Organization"
          + " for Migration";

  private static final ImmutableList<Instrument> ALL =
      ImmutableList.of(
          Instrument.builder()
              .id(CHARTER_OF_THE_UNITED_NATIONS)
              .shortTitle("the Charter of the United Nations")
              .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
              .title("Charter of the United Nations")
              .constitutes(Actors.UNITED_NATIONS)
              .provenance("source 001, preamble, first recital (no date given)")
              .build(),
          Instrument.builder()
              .id(CONSTITUTION_OF_IOM)
              .shortTitle("the Constitution of IOM")
              .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
              .title("Constitution of the International Organization for Migration")
              .constitutes(Actors.IOM)
              .provenance("source 001, preamble, first recital (no date given)")
              .build(),
          Instrument.builder()
              .id(GA_RESOLUTION_47_4)
              .shortTitle("General Assembly resolution 47/4")
              .kind(InstrumentKind.RESOLUTION)
              .title(
                  "Observer status for the International Organization for Migration in the General Assembly")
              .date(LocalDate.of(1992, 10, 16))
              .issuedBy(Actors.GENERAL_ASSEMBLY)
              .provenance("source 000, annex I, paragraph 2")
              .build(),
          Instrument.builder()
              .id(COOPERATION_AGREEMENT_1996)
              .shortTitle("the Cooperation Agreement of 25 June 1996")
              .kind(InstrumentKind.AGREEMENT)
              .title(
                  "Cooperation Agreement between the United Nations and the International Organization for"
                      + " Migration")
              .date(LocalDate.of(1996, 6, 25))
              .provenance("source 000, annex I, paragraph 3; signed at Geneva (FACTS.md)")
              .build(),
          Instrument.builder()
              .id(ECOSOC_DOCUMENT_E_1996_90)
              .kind(InstrumentKind.NOTE)
              .title(COOPERATION_TITLE)
              .date(LocalDate.of(1996, 7, 18))
              .issuedBy(Actors.ECONOMIC_AND_SOCIAL_COUNCIL)
              .provenance("source 004, \"Details of the Agreement\"")
              .build(),
          Instrument.builder()
              .id(LETTER_A_51_232)
              .shortTitle("letter A/51/232")
              .kind(InstrumentKind.LETTER)
              .title(
                  "Request for an additional agenda item under rule 15, with an explanatory memorandum under"
                      + " rule 20")
              .date(LocalDate.of(1996, 11, 11))
              .provenance("FACTS.md")
              .build(),
          Instrument.builder()
              .id(GA_RESOLUTION_51_148)
              .shortTitle("General Assembly resolution 51/148")
              .kind(InstrumentKind.RESOLUTION)
              .title(COOPERATION_TITLE)
              .date(LocalDate.of(1996, 12, 13))
              .issuedBy(Actors.GENERAL_ASSEMBLY)
              .relations(InstrumentRelation.of(TAKES_NOTE_OF, COOPERATION_AGREEMENT_1996))
              .provenance("source 000, annex I, paragraph 3")
              .build(),
          Instrument.builder()
              .id(MEMORANDUM_OF_UNDERSTANDING_2013)
              .shortTitle("the Memorandum of Understanding of 25 June 2013")
              .kind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
              .title(
                  "Memorandum of Understanding between the United Nations and the International Organization"
                      + " for Migration regarding a Global Safety and Security Management Partnership")
              .date(LocalDate.of(2013, 6, 25))
              .provenance("source 001, preamble, sixth recital")
              .build(),
          Instrument.builder()
              .id(GA_RESOLUTION_68_4)
              .shortTitle("General Assembly resolution 68/4")
              .kind(InstrumentKind.RESOLUTION)
              .title(
                  "Declaration of the High-level Dialogue on International Migration and Development")
              .date(LocalDate.of(2013, 10, 3))
              .issuedBy(Actors.GENERAL_ASSEMBLY)
              .provenance("source 000, annex I, paragraph 10")
              .build(),
          Instrument.builder()
              .id(IOM_COUNCIL_RESOLUTION_1309)
              .shortTitle("IOM Council resolution No. 1309")
              .kind(InstrumentKind.RESOLUTION)
              .title(
                  "Resolution concerning the relationship between the International Organization for Migration"
                      + " and the United Nations")
              .date(LocalDate.of(2015, 11, 24))
              .issuedBy(Actors.IOM_COUNCIL)
              .provenance("source 000, annex I, paragraph 6; source 001, preamble, eighth recital")
              .build(),
          Instrument.builder()
              .id(LETTER_2015_12_09)
              .shortTitle("the Director General's letter of 9 December 2015")
              .kind(InstrumentKind.LETTER)
              .title("Letter transmitting resolution No. 1309 and seeking advice on the next steps")
              .date(LocalDate.of(2015, 12, 9))
              .issuedBy(Actors.DIRECTOR_GENERAL)
              .addressedTo(Actors.SECRETARY_GENERAL)
              .relations(InstrumentRelation.of(TRANSMITS, IOM_COUNCIL_RESOLUTION_1309))
              .provenance("source 000, annex I, paragraph 7")
              .build(),
          Instrument.builder()
              .id(LETTER_2016_02_05)
              .shortTitle("the Secretary-General's letter of 5 February 2016")
              .kind(InstrumentKind.LETTER)
              .title(
                  "Letter of reply supporting the resolution and outlining options for a closer relationship")
              .date(LocalDate.of(2016, 2, 5))
              .issuedBy(Actors.SECRETARY_GENERAL)
              .addressedTo(Actors.DIRECTOR_GENERAL)
              .relations(InstrumentRelation.of(REPLIES_TO, LETTER_2015_12_09))
              .provenance("source 000, annex I, paragraph 8")
              .build(),
          Instrument.builder()
              .id(LETTER_2016_03_10)
              .shortTitle("the Director General's letter of 10 March 2016")
              .kind(InstrumentKind.LETTER)
              .title(
                  "Letter of reply on initiating formal discussions on a draft relationship agreement")
              .date(LocalDate.of(2016, 3, 10))
              .issuedBy(Actors.DIRECTOR_GENERAL)
              .addressedTo(Actors.SECRETARY_GENERAL)
              .relations(InstrumentRelation.of(REPLIES_TO, LETTER_2016_02_05))
              .provenance("source 000, annex I, paragraphs 9 to 12")
              .build(),
          Instrument.builder()
              .id(LETTER_2016_04_01)
              .shortTitle("the Secretary-General's letter of 1 April 2016")
              .kind(InstrumentKind.LETTER)
              .title(
                  "Request for the inclusion of an additional item in the agenda of the seventieth session:"
                      + " Cooperation between the United Nations and the International Organization for"
                      + " Migration")
              .date(LocalDate.of(2016, 4, 1))
              .issuedBy(Actors.SECRETARY_GENERAL)
              .addressedTo(Actors.PRESIDENT_OF_THE_GENERAL_ASSEMBLY)
              .provenance("source 000")
              .build(),
          Instrument.builder()
              .id(GA_RESOLUTION_70_263)
              .shortTitle("General Assembly resolution 70/263")
              .kind(InstrumentKind.RESOLUTION)
              .title(COOPERATION_TITLE)
              .date(LocalDate.of(2016, 4, 27))
              .issuedBy(Actors.GENERAL_ASSEMBLY)
              .relations(
                  InstrumentRelation.of(RECALLS, GA_RESOLUTION_47_4),
                  InstrumentRelation.of(RECALLS, GA_RESOLUTION_51_148),
                  InstrumentRelation.of(RECALLS, COOPERATION_AGREEMENT_1996),
                  InstrumentRelation.of(TAKES_NOTE_OF, IOM_COUNCIL_RESOLUTION_1309),
                  InstrumentRelation.of(TAKES_NOTE_OF, LETTER_2016_03_10))
              .provenance(
                  "source 001 (date); relations from the draft in source 000, annex II, adopted as this"
                      + " resolution (sources README)")
              .build(),
          Instrument.builder()
              .id(IOM_COUNCIL_RESOLUTION_1317)
              .shortTitle("IOM Council resolution No. 1317")
              .kind(InstrumentKind.RESOLUTION)
              .title("Resolution approving the draft " + AGREEMENT_TITLE)
              .date(LocalDate.of(2016, 6, 30))
              .issuedBy(Actors.IOM_COUNCIL)
              .relations(InstrumentRelation.of(APPROVES, RELATIONSHIP_AGREEMENT_2016))
              .provenance("source 001, draft resolution, second preambular paragraph; FACTS.md")
              .build(),
          Instrument.builder()
              .id(NOTE_A_70_976)
              .shortTitle("the Note by the Secretary-General A/70/976")
              .kind(InstrumentKind.NOTE)
              .title(AGREEMENT_TITLE)
              .date(LocalDate.of(2016, 7, 8))
              .issuedBy(Actors.SECRETARY_GENERAL)
              .relations(InstrumentRelation.of(TRANSMITS, RELATIONSHIP_AGREEMENT_2016))
              .provenance("source 004; FACTS.md")
              .build(),
          Instrument.builder()
              .id(LETTER_2016_07_19)
              .shortTitle("the President of the General Assembly's letter of 19 July 2016")
              .kind(InstrumentKind.LETTER)
              .title(
                  "Letter enclosing the advance copy of the draft resolution on the draft agreement")
              .date(LocalDate.of(2016, 7, 19))
              .issuedBy(Actors.PRESIDENT_OF_THE_GENERAL_ASSEMBLY)
              .relations(InstrumentRelation.of(TRANSMITS, DRAFT_RESOLUTION_A_70_L_57))
              .provenance("source 001")
              .build(),
          Instrument.builder()
              .id(DRAFT_RESOLUTION_A_70_L_57)
              .shortTitle("draft resolution A/70/L.57")
              .kind(InstrumentKind.DRAFT_RESOLUTION)
              .title(AGREEMENT_TITLE)
              .issuedBy(Actors.PRESIDENT_OF_THE_GENERAL_ASSEMBLY)
              .relations(
                  InstrumentRelation.of(RECALLS, GA_RESOLUTION_70_263),
                  InstrumentRelation.of(TAKES_NOTE_OF, IOM_COUNCIL_RESOLUTION_1317),
                  InstrumentRelation.of(APPROVES, RELATIONSHIP_AGREEMENT_2016))
              .provenance("source 001 (advance version; the date of issue is not given)")
              .build(),
          Instrument.builder()
              .id(GA_RESOLUTION_70_296)
              .shortTitle("General Assembly resolution 70/296")
              .kind(InstrumentKind.RESOLUTION)
              .title(AGREEMENT_TITLE)
              .date(LocalDate.of(2016, 7, 25))
              .issuedBy(Actors.GENERAL_ASSEMBLY)
              .relations(
                  InstrumentRelation.of(ADOPTS_DRAFT, DRAFT_RESOLUTION_A_70_L_57),
                  InstrumentRelation.of(APPROVES, RELATIONSHIP_AGREEMENT_2016))
              .provenance(
                  "FACTS.md (symbol, date, adoption on draft A/70/L.57); title as in the draft")
              .build(),
          Instrument.builder()
              .id(RELATIONSHIP_AGREEMENT_2016)
              .shortTitle("the 2016 Agreement")
              .kind(InstrumentKind.AGREEMENT)
              .title(AGREEMENT_TITLE)
              .date(LocalDate.of(2016, 9, 19))
              .relations(
                  InstrumentRelation.of(RECALLS, GA_RESOLUTION_47_4),
                  InstrumentRelation.of(RECALLS, COOPERATION_AGREEMENT_1996),
                  InstrumentRelation.of(RECALLS, GA_RESOLUTION_51_148),
                  InstrumentRelation.of(RECALLS, MEMORANDUM_OF_UNDERSTANDING_2013),
                  InstrumentRelation.of(TAKES_NOTE_OF, IOM_COUNCIL_RESOLUTION_1309),
                  InstrumentRelation.of(TAKES_NOTE_OF, GA_RESOLUTION_70_263),
                  InstrumentRelation.of(SUPERSEDES, COOPERATION_AGREEMENT_1996))
              .provenance("source 001 (text); signed 19 September 2016 in New York (FACTS.md)")
              .build());

  /**
   * Every instrument the sources cite, oldest first, undated constituent instruments at the head.
   */
  public static ImmutableList<Instrument> all() {
    return ALL;
  }
}
