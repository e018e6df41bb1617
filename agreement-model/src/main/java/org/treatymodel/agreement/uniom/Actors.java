package org.treatymodel.agreement.uniom;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.ActorId;

/**
 * The identifiers of the actors the 2016 Agreement names. Use them to ask the model about an actor,
 * for example {@code agreement.normsBorneBy(Actors.DIRECTOR_GENERAL)}; the actors themselves
 * (names, kinds) are data, {@code UnIomAgreement.agreement().actors()}.
 */
@API(status = STABLE, since = "0.1.0")
public final class Actors {
  private Actors() {}

  /** The United Nations, a party (preamble); its constituent instrument is the Charter. */
  public static final ActorId UNITED_NATIONS = ActorId.of("un");

  /**
   * The International Organization for Migration, a party (preamble); its constituent instrument is
   * its Constitution.
   */
  public static final ActorId IOM = ActorId.of("iom");

  /** The General Assembly of the United Nations (Articles 4, 5(2), 15, 16(1)). */
  public static final ActorId GENERAL_ASSEMBLY = ActorId.of("un.general-assembly");

  /** The Committees of the General Assembly (Article 5(2)). */
  public static final ActorId GENERAL_ASSEMBLY_COMMITTEES =
      ActorId.of("un.general-assembly.committees");

  /** The subsidiary organs of the General Assembly (Article 5(2)). */
  public static final ActorId GENERAL_ASSEMBLY_SUBSIDIARY_ORGANS =
      ActorId.of("un.general-assembly.subsidiary-organs");

  /** The Security Council (Article 5(2)). */
  public static final ActorId SECURITY_COUNCIL = ActorId.of("un.security-council");

  /** The Economic and Social Council (Article 5(2)). */
  public static final ActorId ECONOMIC_AND_SOCIAL_COUNCIL =
      ActorId.of("un.economic-and-social-council");

  /** The subsidiary organs of the Economic and Social Council (Article 5(2)). */
  public static final ActorId ECONOMIC_AND_SOCIAL_COUNCIL_SUBSIDIARY_ORGANS =
      ActorId.of("un.economic-and-social-council.subsidiary-organs");

  /** The Secretariat of the United Nations (Articles 5(3), 9). */
  public static final ActorId SECRETARIAT = ActorId.of("un.secretariat");

  /** The Secretary-General of the United Nations (Articles 4, 5(1), 6, 9, 11, 14). */
  public static final ActorId SECRETARY_GENERAL = ActorId.of("un.secretary-general");

  /** The President of the General Assembly, author of the letter of 19 July 2016 (source 001). */
  public static final ActorId PRESIDENT_OF_THE_GENERAL_ASSEMBLY =
      ActorId.of("un.president-of-the-general-assembly");

  /** The Council of the International Organization for Migration (Articles 5(1), 15, 16(1)). */
  public static final ActorId IOM_COUNCIL = ActorId.of("iom.council");

  /** The Administration of the International Organization for Migration (Articles 5(3), 9). */
  public static final ActorId IOM_ADMINISTRATION = ActorId.of("iom.administration");

  /**
   * The Director General of the International Organization for Migration (Articles 5(2), 6, 9, 11,
   * 14).
   */
  public static final ActorId DIRECTOR_GENERAL = ActorId.of("iom.director-general");

  /** The members of the staff of the International Organization for Migration (Article 11). */
  public static final ActorId IOM_STAFF = ActorId.of("iom.staff");

  /**
   * "Any body or bodies that have been established or may be established by the United Nations for
   * the purpose of facilitating such cooperation and coordination" (Article 3(2)).
   */
  public static final ActorId UN_BODIES = ActorId.of("un.bodies");

  /**
   * The "appropriate bodies established by the United Nations" that IOM may consult, and that may
   * consult IOM, on matters within their competence (Article 3(3), 3(4)).
   */
  public static final ActorId APPROPRIATE_UN_BODIES = ActorId.of("un.appropriate-bodies");

  /**
   * "the appropriate organ or organs of the United Nations", to whose members the Secretariat
   * distributes IOM's written statements (Article 5(3)): an organ the text describes, not names.
   */
  public static final ActorId APPROPRIATE_UN_ORGANS = ActorId.of("un.appropriate-organs");

  /**
   * "the appropriate organ or organs of the International Organization for Migration", to whose
   * members the IOM Administration distributes the United Nations' written statements (Article
   * 5(3)).
   */
  public static final ActorId APPROPRIATE_IOM_ORGANS = ActorId.of("iom.appropriate-organs");

  /**
   * "the appropriate governing body of the International Organization for Migration", to whose
   * attention the Director General brings the agenda items the Secretary-General proposes (Article
   * 6(1)).
   */
  public static final ActorId APPROPRIATE_IOM_GOVERNING_BODY =
      ActorId.of("iom.appropriate-governing-body");

  /**
   * "the relevant principal organ of the United Nations", to whose attention the Secretary-General
   * brings the items the Director General proposes (Article 6(2)).
   */
  public static final ActorId RELEVANT_UN_PRINCIPAL_ORGAN =
      ActorId.of("un.relevant-principal-organ");

  /**
   * "such other organ or organs of the United Nations as may be appropriate", the alternative forum
   * of Article 6(2).
   */
  public static final ActorId OTHER_APPROPRIATE_UN_ORGANS =
      ActorId.of("un.other-appropriate-organs");

  /** The United Nations System Chief Executives Board for Coordination (Article 3(2)(a)). */
  public static final ActorId CHIEF_EXECUTIVES_BOARD =
      ActorId.of("un.bodies.chief-executives-board");

  /**
   * The High-level Committee on Programmes, a subsidiary body of the Chief Executives Board
   * (Article 3(2)(a)).
   */
  public static final ActorId HIGH_LEVEL_COMMITTEE_ON_PROGRAMMES =
      ActorId.of("un.bodies.chief-executives-board.high-level-committee-on-programmes");

  /**
   * The High-level Committee on Management, a subsidiary body of the Chief Executives Board
   * (Article 3(2)(a)).
   */
  public static final ActorId HIGH_LEVEL_COMMITTEE_ON_MANAGEMENT =
      ActorId.of("un.bodies.chief-executives-board.high-level-committee-on-management");

  /**
   * The Inter-Agency Security Management Network, within the High-level Committee on Management
   * (Article 3(2)(a)).
   */
  public static final ActorId INTER_AGENCY_SECURITY_MANAGEMENT_NETWORK =
      ActorId.of(
          "un.bodies.chief-executives-board.high-level-committee-on-management.inter-agency-security-management-network");

  /**
   * The United Nations Development Group, a subsidiary body of the Chief Executives Board (Article
   * 3(2)(a)).
   */
  public static final ActorId UNITED_NATIONS_DEVELOPMENT_GROUP =
      ActorId.of("un.bodies.chief-executives-board.united-nations-development-group");

  /** The regional and country teams of the United Nations Development Group (Article 3(2)(a)). */
  public static final ActorId DEVELOPMENT_GROUP_REGIONAL_AND_COUNTRY_TEAMS =
      ActorId.of(
          "un.bodies.chief-executives-board.united-nations-development-group.regional-and-country-teams");

  /** The Inter-Agency Standing Committee (Article 3(2)(b)). */
  public static final ActorId INTER_AGENCY_STANDING_COMMITTEE =
      ActorId.of("un.bodies.inter-agency-standing-committee");

  /** The Executive Committee on Humanitarian Affairs (Article 3(2)(c)). */
  public static final ActorId EXECUTIVE_COMMITTEE_ON_HUMANITARIAN_AFFAIRS =
      ActorId.of("un.bodies.executive-committee-on-humanitarian-affairs");

  /** The Global Migration Group (Article 3(2)(d)). */
  public static final ActorId GLOBAL_MIGRATION_GROUP =
      ActorId.of("un.bodies.global-migration-group");

  /** Country-level security management teams (Article 3(2)(e)). */
  public static final ActorId COUNTRY_LEVEL_SECURITY_MANAGEMENT_TEAMS =
      ActorId.of("un.bodies.country-level-security-management-teams");

  /** "Other United Nations organizations and subsidiary organs and agencies" (Article 2(4)). */
  public static final ActorId OTHER_UNITED_NATIONS_ORGANIZATIONS =
      ActorId.of("un.other-organizations");

  /** "The other organizations within the United Nations system" (Article 9). */
  public static final ActorId UNITED_NATIONS_SYSTEM_ORGANIZATIONS =
      ActorId.of("un-system-organizations");
}
