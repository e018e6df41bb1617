package org.treatymodel.agreement;

import static org.treatymodel.agreement.actor.Actors.APPROPRIATE_UN_BODIES;
import static org.treatymodel.agreement.actor.Actors.CHIEF_EXECUTIVES_BOARD;
import static org.treatymodel.agreement.actor.Actors.COUNTRY_LEVEL_SECURITY_MANAGEMENT_TEAMS;
import static org.treatymodel.agreement.actor.Actors.DEVELOPMENT_GROUP_REGIONAL_AND_COUNTRY_TEAMS;
import static org.treatymodel.agreement.actor.Actors.DIRECTOR_GENERAL;
import static org.treatymodel.agreement.actor.Actors.ECONOMIC_AND_SOCIAL_COUNCIL;
import static org.treatymodel.agreement.actor.Actors.ECONOMIC_AND_SOCIAL_COUNCIL_SUBSIDIARY_ORGANS;
import static org.treatymodel.agreement.actor.Actors.EXECUTIVE_COMMITTEE_ON_HUMANITARIAN_AFFAIRS;
import static org.treatymodel.agreement.actor.Actors.GENERAL_ASSEMBLY;
import static org.treatymodel.agreement.actor.Actors.GENERAL_ASSEMBLY_COMMITTEES;
import static org.treatymodel.agreement.actor.Actors.GENERAL_ASSEMBLY_SUBSIDIARY_ORGANS;
import static org.treatymodel.agreement.actor.Actors.GLOBAL_MIGRATION_GROUP;
import static org.treatymodel.agreement.actor.Actors.HIGH_LEVEL_COMMITTEE_ON_MANAGEMENT;
import static org.treatymodel.agreement.actor.Actors.HIGH_LEVEL_COMMITTEE_ON_PROGRAMMES;
import static org.treatymodel.agreement.actor.Actors.INTER_AGENCY_SECURITY_MANAGEMENT_NETWORK;
import static org.treatymodel.agreement.actor.Actors.INTER_AGENCY_STANDING_COMMITTEE;
import static org.treatymodel.agreement.actor.Actors.IOM;
import static org.treatymodel.agreement.actor.Actors.IOM_ADMINISTRATION;
import static org.treatymodel.agreement.actor.Actors.IOM_COUNCIL;
import static org.treatymodel.agreement.actor.Actors.IOM_STAFF;
import static org.treatymodel.agreement.actor.Actors.OTHER_UNITED_NATIONS_ORGANIZATIONS;
import static org.treatymodel.agreement.actor.Actors.SECRETARIAT;
import static org.treatymodel.agreement.actor.Actors.SECRETARY_GENERAL;
import static org.treatymodel.agreement.actor.Actors.SECURITY_COUNCIL;
import static org.treatymodel.agreement.actor.Actors.UNITED_NATIONS;
import static org.treatymodel.agreement.actor.Actors.UNITED_NATIONS_DEVELOPMENT_GROUP;
import static org.treatymodel.agreement.actor.Actors.UNITED_NATIONS_SYSTEM_ORGANIZATIONS;
import static org.treatymodel.agreement.actor.Actors.UN_BODIES;
import static org.treatymodel.agreement.norm.Condition.AS_APPROPRIATE;
import static org.treatymodel.agreement.norm.Condition.AS_EITHER_ORGANIZATION_MAY_REQUIRE;
import static org.treatymodel.agreement.norm.Condition.AS_MAY_BE_APPROPRIATE;
import static org.treatymodel.agreement.norm.Condition.AS_MAY_BE_FOUND_APPROPRIATE;
import static org.treatymodel.agreement.norm.Condition.AS_MAY_BE_NECESSARY;
import static org.treatymodel.agreement.norm.Condition.AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS;
import static org.treatymodel.agreement.norm.Condition.AT_MEETINGS_CONSIDERING_MATTERS_OF_INTEREST_TO_THE_UNITED_NATIONS;
import static org.treatymodel.agreement.norm.Condition.AT_THE_INVITATION_OF;
import static org.treatymodel.agreement.norm.Condition.BASED_ON_CONDITIONS_IN_SUPPLEMENTARY_ARRANGEMENTS;
import static org.treatymodel.agreement.norm.Condition.FOR_DISTRIBUTION;
import static org.treatymodel.agreement.norm.Condition.FOR_THE_PURPOSES_OF_THIS_PARAGRAPH;
import static org.treatymodel.agreement.norm.Condition.IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY;
import static org.treatymodel.agreement.norm.Condition.IF_IT_DECIDES_IT_TO_BE_APPROPRIATE;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_ADMINISTRATIVE_ARRANGEMENTS;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_ARRANGEMENTS_AGREED_FROM_TIME_TO_TIME;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_ARRANGEMENTS_WITH_THE_ORGANIZATIONS_CONCERNED;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES;
import static org.treatymodel.agreement.norm.Condition.IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE;
import static org.treatymodel.agreement.norm.Condition.IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED;
import static org.treatymodel.agreement.norm.Condition.IN_ITS_JUDGEMENT;
import static org.treatymodel.agreement.norm.Condition.IN_RELATION_TO_MATTERS_OF_COMMON_INTEREST;
import static org.treatymodel.agreement.norm.Condition.IN_SUCH_CASES;
import static org.treatymodel.agreement.norm.Condition.IN_WRITING;
import static org.treatymodel.agreement.norm.Condition.ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED;
import static org.treatymodel.agreement.norm.Condition.RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY;
import static org.treatymodel.agreement.norm.Condition.TO_THE_EXTENT_PRACTICABLE;
import static org.treatymodel.agreement.norm.Condition.UPON_REQUEST;
import static org.treatymodel.agreement.norm.Condition.WHENEVER_NECESSARY;
import static org.treatymodel.agreement.norm.Condition.WHENEVER_REQUIRED;
import static org.treatymodel.agreement.norm.Condition.WHERE_APPLICABLE;
import static org.treatymodel.agreement.norm.Condition.WHERE_APPROPRIATE;
import static org.treatymodel.agreement.norm.Condition.WHERE_EXPERT_ADVICE_IS_REQUIRED;
import static org.treatymodel.agreement.norm.Condition.WHERE_SUCH_USE_IS_RECOGNIZED_BY_STATES;
import static org.treatymodel.agreement.norm.Condition.WITHIN_THEIR_RESPECTIVE_COMPETENCIES;
import static org.treatymodel.agreement.norm.Condition.WITHIN_THEIR_RESPECTIVE_MANDATES;
import static org.treatymodel.agreement.norm.Condition.WITHOUT_PREJUDICE_TO;
import static org.treatymodel.agreement.norm.Condition.WITHOUT_VOTE;
import static org.treatymodel.agreement.norm.Condition.WITH_DUE_REGARD_TO_COST_SAVINGS;
import static org.treatymodel.agreement.norm.Condition.WITH_DUE_REGARD_TO_THE_POLICIES_OF_THE_UNITED_NATIONS;
import static org.treatymodel.agreement.norm.ForcePhrase.AGREES_TO;
import static org.treatymodel.agreement.norm.ForcePhrase.AGREE_TO;
import static org.treatymodel.agreement.norm.ForcePhrase.MAY;
import static org.treatymodel.agreement.norm.ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED;
import static org.treatymodel.agreement.norm.ForcePhrase.RECOGNIZE;
import static org.treatymodel.agreement.norm.ForcePhrase.RECOGNIZES;
import static org.treatymodel.agreement.norm.ForcePhrase.SHALL;
import static org.treatymodel.agreement.norm.ForcePhrase.SHALL_BE_ENTITLED;
import static org.treatymodel.agreement.norm.ForcePhrase.SHALL_BE_SUBJECT_TO;
import static org.treatymodel.agreement.norm.ForcePhrase.SHALL_BE_WITHOUT_PREJUDICE_TO;
import static org.treatymodel.agreement.norm.ForcePhrase.UNDERTAKES_TO;
import static org.treatymodel.agreement.norm.ForcePhrase.WILL;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The norms of the 2016 Agreement, limb by limb, and the provisions that state none.
 *
 * <p>Reading rules (see {@link Norm} for the model they follow):
 *
 * <ul>
 *   <li><b>One norm per limb.</b> Where the parts of a sentence differ in bearer, action,
 *       counterparty or qualifier, each part is its own norm, and a qualifier belongs only to the
 *       part whose words state it. Article 3(1) gives two undertakings, to cooperate closely
 *       "within their respective mandates" and to consult; the closing words of Article 3(2) two,
 *       to participate in the bodies "in accordance with their established rules of procedures" and
 *       to contribute to their budgets "as per established cost-sharing arrangements"; Article 5(2)
 *       gives the Director General a right to attend plenary meetings of the General Assembly,
 *       another to attend and participate without vote in its Committees and the Economic and
 *       Social Council, and a third, "as appropriate and in accordance with the relevant rules of
 *       procedure", in their subsidiary organs.
 *   <li><b>What is one limb.</b> A compound subject ("The United Nations and the International
 *       Organization for Migration shall ...") is one bearer set, and "to attend and participate
 *       without vote" one right. The bodies named in one point of Article 3(2) are one limb: IOM's
 *       membership in them.
 *   <li><b>Words.</b> Each norm quotes its limb verbatim; where the limb shares its subject and
 *       verb with another, the fragments are joined by an ellipsis: "The International Organization
 *       for Migration agrees to … contribute to their cost-shared budgets, as per established
 *       cost-sharing arrangements." A norm stated in a point is read with its list's introduction,
 *       and anchored at the point; one stated in a list's introduction or closing words is anchored
 *       there.
 *   <li><b>Bearers and roles.</b> A passive duty names the actor the text makes act: "shall be
 *       distributed by the Administration" is borne by the Administration; "shall also be invited"
 *       (Article 5(1)) by IOM, which convenes the meetings. A safeguard is borne by both parties
 *       and protects the actor it names. The organ in whose meetings a right is exercised is its
 *       forum; "through the Secretary-General" (Article 4) is a channel; "at the invitation of the
 *       Security Council" (Article 5(2)) names an inviter.
 *   <li><b>Not norms.</b> The preamble, the purpose clause of Article 1, the statements of legal
 *       effect (Article 16(2); the entry into force in Articles 15 and 16(1), which the procedure
 *       model computes) and the final clauses; a participle ("recognizing the need to work
 *       jointly", Article 3(1)) states a motive, not a norm. "Shall be approved by the General
 *       Assembly ... and by the Council" (Articles 15, 16(1)) is a condition of entry into force,
 *       not a duty of either organ to approve: the procedure model holds it. Each is recorded with
 *       its words and the reason.
 *   <li><b>Qualifiers shared by a compound verb.</b> In Article 5(1) "to attend and to participate
 *       in relation to matters of common interest, without vote and in accordance with the relevant
 *       rules of procedure", the rules of procedure govern attendance as well as participation; "in
 *       relation to matters of common interest" and "without vote" make sense of participation
 *       only.
 *   <li><b>"The United Nations bodies referred to above"</b> (Article 3(4)) are read as the
 *       "appropriate bodies established by the United Nations" of Article 3(3), the nearest
 *       antecedent, which the reciprocal structure of the two paragraphs confirms; the bodies of
 *       Article 3(2) are coordination bodies in which IOM takes part, not bodies that consult it.
 *   <li><b>Pacta tertiis.</b> The Agreement binds only its parties: where it speaks of others (the
 *       secretariats of the other organizations of the United Nations system, Article 9), the norm
 *       is borne by the party's organ that acts and the others are its counterparties.
 * </ul>
 */
final class UnIom2016Norms {
  private UnIom2016Norms() {}

  private static final String UN = "The United Nations";
  private static final String IOM_ = "The International Organization for Migration";
  private static final String BOTH =
      "The United Nations and the International Organization for Migration";

  /**
   * The bodies of Article 3(2): those established or to be established, and those of the points.
   */
  private static final ImmutableList<ActorId> COORDINATION_BODIES =
      ImmutableList.of(
          UN_BODIES,
          CHIEF_EXECUTIVES_BOARD,
          HIGH_LEVEL_COMMITTEE_ON_PROGRAMMES,
          HIGH_LEVEL_COMMITTEE_ON_MANAGEMENT,
          INTER_AGENCY_SECURITY_MANAGEMENT_NETWORK,
          UNITED_NATIONS_DEVELOPMENT_GROUP,
          DEVELOPMENT_GROUP_REGIONAL_AND_COUNTRY_TEAMS,
          INTER_AGENCY_STANDING_COMMITTEE,
          EXECUTIVE_COMMITTEE_ON_HUMANITARIAN_AFFAIRS,
          GLOBAL_MIGRATION_GROUP,
          COUNTRY_LEVEL_SECURITY_MANAGEMENT_TEAMS);

  /** The coordination bodies and the United Nations, which established them. */
  private static final ImmutableList<ActorId> COORDINATION_BODIES_WITH_THE_UNITED_NATIONS =
      ImmutableList.<ActorId>builder().add(UNITED_NATIONS).addAll(COORDINATION_BODIES).build();

  private static final String ARTICLE_3_2_INTRO_BODIES =
      "any body or bodies that have been established or may be established by the United Nations"
          + " for the purpose of facilitating such cooperation and coordination at the global,"
          + " regional or country level";

  private static final String FACILITATING_COOPERATION =
      "for the purpose of facilitating such cooperation and coordination at the global, regional or"
          + " country level";

  private static final String ARTICLE_3_1_HEAD =
      BOTH
          + ", recognizing the need to work jointly to achieve mutual objectives, and with a view to"
          + " facilitating the effective exercise of their responsibilities, agree to";

  private static final String EFFECTIVE_EXERCISE =
      "with a view to facilitating the effective exercise of their responsibilities";

  static final ImmutableList<NonNormativeProvision> NON_NORMATIVE =
      ImmutableList.of(
          NonNormativeProvision.of(
              ProvisionId.preamble(),
              "the preamble states the parties, the context and the instruments recalled; it binds no one"),
          NonNormativeProvision.of(
              ProvisionId.article(1),
              "purpose clause: it defines the terms of the relationship that the other articles set out"),
          NonNormativeProvision.ofWords(
              ProvisionId.article(15).paragraph(1),
              "Any such amendment shall be approved by the General Assembly of the United Nations and"
                  + " by the Council of the International Organization for Migration.",
              "condition of entry into force of an amendment, not a duty of either organ: the"
                  + " amendment rule of the procedure model requires both approvals"),
          NonNormativeProvision.ofWords(
              ProvisionId.article(15).paragraph(1),
              "the Agreement shall enter into force on the date of the later of the said approvals.",
              "statement of legal effect: the entry into force of an amendment, computed by the"
                  + " procedure model (\"the Agreement\" here is the amendment)"),
          NonNormativeProvision.ofWords(
              ProvisionId.article(16).paragraph(1),
              "The present Agreement shall be approved by the General Assembly of the United Nations"
                  + " and by the Council of the International Organization for Migration.",
              "condition of entry into force, not a duty of either organ: the entry-into-force rule of"
                  + " the procedure model requires both approvals"),
          NonNormativeProvision.ofWords(
              ProvisionId.article(16).paragraph(1),
              "The Agreement shall thereafter enter into force upon signature.",
              "statement of legal effect: the entry into force, computed by the procedure model"),
          NonNormativeProvision.of(
              ProvisionId.article(16).paragraph(2),
              "statement of legal effect: supersession of the Cooperation Agreement of 25 June 1996 upon"
                  + " entry into force, computed by the procedure model"),
          NonNormativeProvision.of(
              ProvisionId.conclusions(),
              "final clauses: testimonium, signing clause and signature block"));

  static final ImmutableList<Norm> NORMS =
      ImmutableList.of(
          // Article 2: Principles
          norm("art_2__para_1#1", RECOGNIZES)
              .words(
                  UN
                      + " recognizes the International Organization for Migration as an organization with"
                      + " a global leading role in the field of migration.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize IOM as an organization with a global leading role in the field of migration")
              .build(),
          norm("art_2__para_1#2", RECOGNIZES)
              .words(
                  UN
                      + " recognizes that the Member States of the International Organization for"
                      + " Migration regard it, as per the International Organization for Migration"
                      + " Council Resolution No. 1309, as the global lead agency on migration.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize that IOM's Member States regard it as the global lead agency on migration")
              .build(),
          norm("art_2__para_1#3", SHALL_BE_WITHOUT_PREJUDICE_TO)
              .words(
                  "The foregoing shall be without prejudice to the mandates and activities of the United"
                      + " Nations, its Offices, Funds and Programmes in the field of migration.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS)
              .objects("mandates", "activities")
              .action(
                  "leave unaffected the mandates and activities of the United Nations, its Offices, Funds"
                      + " and Programmes in the field of migration")
              .build(),
          norm("art_2__para_2#1", RECOGNIZES)
              .words(
                  UN
                      + " recognizes the International Organization for Migration as an essential"
                      + " contributor in the field of human mobility, in the protection of migrants, in"
                      + " operational activities related to migrants, displaced people and"
                      + " migration-affected communities, including in the areas of resettlement and"
                      + " returns, and in mainstreaming migration in development plans.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action("recognize IOM as an essential contributor in the fields listed")
              .objects(
                  "the field of human mobility",
                  "the protection of migrants",
                  "operational activities related to migrants, displaced people and migration-affected"
                      + " communities, including in the areas of resettlement and returns",
                  "mainstreaming migration in development plans")
              .build(),
          norm("art_2__para_3#1", RECOGNIZES)
              .words(
                  UN
                      + " recognizes that the International Organization for Migration, by virtue of its"
                      + " Constitution, shall function as an independent, autonomous and non-normative"
                      + " international organization in the working relationship with the United Nations"
                      + " established by this Agreement, noting its essential elements and attributes"
                      + " defined by the Council of the International Organization for Migration as per"
                      + " its Council Resolution No. 1309.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize that IOM functions as an independent, autonomous and non-normative"
                      + " international organization")
              .build(),
          norm("art_2__para_4#1", RECOGNIZES)
              .words(
                  IOM_ + " recognizes the responsibilities of the United Nations under its Charter",
                  "including in the field of migration.")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .action(
                  "recognize the responsibilities of the United Nations under its Charter, including in"
                      + " the field of migration")
              .build(),
          norm("art_2__para_4#2", RECOGNIZES)
              .words(
                  IOM_ + " recognizes",
                  "the mandates and responsibilities of other United Nations organizations and subsidiary"
                      + " organs and agencies, including in the field of migration.")
              .bearers(IOM)
              .counterparties(OTHER_UNITED_NATIONS_ORGANIZATIONS)
              .action(
                  "recognize the mandates and responsibilities of other United Nations organizations,"
                      + " subsidiary organs and agencies, including in the field of migration")
              .build(),
          norm("art_2__para_5#1", UNDERTAKES_TO)
              .words(
                  IOM_
                      + " undertakes to conduct its activities in accordance with the Purposes and"
                      + " Principles of the Charter of the United Nations")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .action(
                  "conduct its activities in accordance with the Purposes and Principles of the Charter")
              .build(),
          norm("art_2__para_5#2", UNDERTAKES_TO)
              .words(
                  IOM_ + " undertakes to conduct its activities",
                  "with due regard to the policies of the United Nations furthering those Purposes and"
                      + " Principles and to other relevant instruments in the international migration,"
                      + " refugee and human rights fields.")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .conditions(WITH_DUE_REGARD_TO_THE_POLICIES_OF_THE_UNITED_NATIONS)
              .action(
                  "conduct its activities with due regard to the policies of the United Nations furthering"
                      + " the Purposes and Principles of the Charter and to other relevant instruments")
              .build(),
          norm("art_2__para_6#1", WILL)
              .words(
                  BOTH + " will cooperate",
                  "without prejudice to the rights and responsibilities of one another under their"
                      + " respective constituent instruments.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WITHOUT_PREJUDICE_TO)
              .action(
                  "cooperate without prejudice to each other's rights and responsibilities under their"
                      + " constituent instruments")
              .build(),
          norm("art_2__para_6#2", WILL)
              .words(
                  BOTH + " will",
                  "conduct their activities without prejudice to the rights and responsibilities of one"
                      + " another under their respective constituent instruments.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WITHOUT_PREJUDICE_TO)
              .action(
                  "conduct their activities without prejudice to each other's rights and responsibilities"
                      + " under their constituent instruments")
              .build(),
          // Article 3: Cooperation and coordination
          norm("art_3__para_1#1", AGREE_TO)
              .words(ARTICLE_3_1_HEAD + " cooperate closely within their respective mandates")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WITHIN_THEIR_RESPECTIVE_MANDATES)
              .purposes(EFFECTIVE_EXERCISE)
              .action("cooperate closely")
              .build(),
          norm("art_3__para_1#2", AGREE_TO)
              .words(ARTICLE_3_1_HEAD, "consult on matters of mutual interest and concern.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .purposes(EFFECTIVE_EXERCISE)
              .action("consult each other on matters of mutual interest and concern")
              .build(),
          norm("art_3__para_1#3", SHALL)
              .words(
                  "To that end, the United Nations and the International Organization for Migration shall"
                      + " cooperate with each other in accordance with the provisions of their respective"
                      + " constituent instruments.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS)
              .action("cooperate with each other")
              .build(),
          norm("art_3__para_2__list_1__intro#1", AGREES_TO)
              .words(IOM_ + " agrees to participate in", ARTICLE_3_2_INTRO_BODIES)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .forums(UN_BODIES)
              .purposes(FACILITATING_COOPERATION)
              .action(
                  "participate in the United Nations bodies for cooperation and coordination, established"
                      + " or to be established")
              .build(),
          norm("art_3__para_2__list_1__intro#2", AGREES_TO)
              .words(IOM_ + " agrees to", "cooperate with, " + ARTICLE_3_2_INTRO_BODIES)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS, UN_BODIES)
              .purposes(FACILITATING_COOPERATION)
              .action(
                  "cooperate with the United Nations bodies for cooperation and coordination, established"
                      + " or to be established")
              .build(),
          membership(
              'a',
              "The United Nations System Chief Executives Board for Coordination and its subsidiary"
                  + " bodies (the High-level Committee on Programmes, the High-level Committee on"
                  + " Management (including the Inter-Agency Security Management Network), and the"
                  + " United Nations Development Group and its regional and country teams);",
              "the United Nations System Chief Executives Board for Coordination and its subsidiary"
                  + " bodies",
              CHIEF_EXECUTIVES_BOARD,
              HIGH_LEVEL_COMMITTEE_ON_PROGRAMMES,
              HIGH_LEVEL_COMMITTEE_ON_MANAGEMENT,
              INTER_AGENCY_SECURITY_MANAGEMENT_NETWORK,
              UNITED_NATIONS_DEVELOPMENT_GROUP,
              DEVELOPMENT_GROUP_REGIONAL_AND_COUNTRY_TEAMS),
          membership(
              'b',
              "The Inter-Agency Standing Committee;",
              "the Inter-Agency Standing Committee",
              INTER_AGENCY_STANDING_COMMITTEE),
          membership(
              'c',
              "The Executive Committee on Humanitarian Affairs;",
              "the Executive Committee on Humanitarian Affairs",
              EXECUTIVE_COMMITTEE_ON_HUMANITARIAN_AFFAIRS),
          membership(
              'd',
              "The Global Migration Group;",
              "the Global Migration Group",
              GLOBAL_MIGRATION_GROUP),
          membership(
              'e',
              "Country-level security management teams.",
              "country-level security management teams",
              COUNTRY_LEVEL_SECURITY_MANAGEMENT_TEAMS),
          norm("art_3__para_2__list_1__wrapup#1", AGREES_TO)
              .words(
                  IOM_
                      + " agrees to participate in such bodies in accordance with their established"
                      + " rules of procedures")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .forums(COORDINATION_BODIES)
              .conditions(IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES)
              .action("participate in the coordination bodies")
              .build(),
          norm("art_3__para_2__list_1__wrapup#2", AGREES_TO)
              .words(
                  IOM_ + " agrees to",
                  "contribute to their cost-shared budgets, as per established cost-sharing"
                      + " arrangements.")
              .bearers(IOM)
              .counterparties(COORDINATION_BODIES_WITH_THE_UNITED_NATIONS)
              .conditions(AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS)
              .action("contribute to the cost-shared budgets of the coordination bodies")
              .build(),
          norm("art_3__para_3#1", MAY)
              .words(
                  IOM_
                      + " may also consult with appropriate bodies established by the United Nations on"
                      + " matters within their competence and on which the International Organization for"
                      + " Migration requires expert advice.")
              .bearers(IOM)
              .counterparties(APPROPRIATE_UN_BODIES)
              .conditions(
                  ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED,
                  WHERE_EXPERT_ADVICE_IS_REQUIRED)
              .action("consult appropriate bodies established by the United Nations")
              .mirror(id("art_3__para_4#1"))
              .build(),
          norm("art_3__para_3#2", AGREES_TO)
              .words(
                  UN
                      + ", on its part, agrees to take such action as may be necessary to facilitate such"
                      + " consultation.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .conditions(AS_MAY_BE_NECESSARY)
              .purposes("to facilitate such consultation")
              .action("take such action as may be necessary to facilitate such consultation")
              .mirror(id("art_3__para_4#2"))
              .build(),
          norm("art_3__para_4#1", MAY)
              .words(
                  "The United Nations bodies referred to above may also consult with the International"
                      + " Organization for Migration on all matters within its competence and on which they"
                      + " require expert advice.")
              .bearers(APPROPRIATE_UN_BODIES)
              .counterparties(IOM)
              .conditions(
                  ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED,
                  WHERE_EXPERT_ADVICE_IS_REQUIRED)
              .action("consult IOM")
              .mirror(id("art_3__para_3#1"))
              .build(),
          norm("art_3__para_4#2", AGREES_TO)
              .words(
                  IOM_
                      + ", on its part, agrees to take such action as may be necessary to facilitate"
                      + " such consultation.")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS, APPROPRIATE_UN_BODIES)
              .conditions(AS_MAY_BE_NECESSARY)
              .purposes("to facilitate such consultation")
              .action("take such action as may be necessary to facilitate such consultation")
              .mirror(id("art_3__para_3#2"))
              .build(),
          norm("art_3__para_5#1", SHALL)
              .words(
                  BOTH
                      + ", within their respective competencies and in accordance with the provisions of"
                      + " their respective constituent instruments, shall cooperate by providing each"
                      + " other, upon request, with such information and assistance as either"
                      + " organization may require in the exercise of its responsibilities.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(
                  WITHIN_THEIR_RESPECTIVE_COMPETENCIES,
                  IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS,
                  UPON_REQUEST,
                  AS_EITHER_ORGANIZATION_MAY_REQUIRE)
              .objects("information", "assistance")
              .action("cooperate by providing each other with information and assistance")
              .build(),
          norm("art_3__para_6#1", RECOGNIZE)
              .words(
                  BOTH
                      + " recognize the desirability of cooperation in the statistical field within the"
                      + " framework of their respective mandates.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WITHIN_THEIR_RESPECTIVE_MANDATES)
              .action("recognize the desirability of cooperation in the statistical field")
              .build(),
          norm("art_3__para_7#1", RECOGNIZE)
              .words(
                  BOTH
                      + " recognize the necessity of achieving, where applicable, effective coordination"
                      + " of the activities and services of the United Nations and the International"
                      + " Organization for Migration with a view to avoiding duplication of their"
                      + " activities and services.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WHERE_APPLICABLE)
              .objects("activities", "services")
              .purposes("with a view to avoiding duplication of their activities and services")
              .action(
                  "recognize the necessity of effective coordination of their activities and services")
              .build(),
          // Article 4: Reports to the United Nations
          norm("art_4__para_1#1", MAY)
              .words(
                  IOM_
                      + " may, if it decides it to be appropriate, submit reports on its activities to"
                      + " the General Assembly through the Secretary-General.")
              .bearers(IOM)
              .counterparties(GENERAL_ASSEMBLY)
              .channels(SECRETARY_GENERAL)
              .conditions(IF_IT_DECIDES_IT_TO_BE_APPROPRIATE)
              .action("submit reports on its activities to the General Assembly")
              .build(),
          // Article 5: Reciprocal representation
          norm("art_5__para_1#1", SHALL_BE_ENTITLED)
              .words(
                  "The Secretary-General of the United Nations shall be entitled to attend",
                  "in accordance with the relevant rules of procedure, in sessions of the Council of"
                      + " the International Organization for Migration.")
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .forums(IOM_COUNCIL)
              .conditions(IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE)
              .action("attend sessions of the Council of IOM")
              .mirror(id("art_5__para_2#1"))
              .build(),
          norm("art_5__para_1#2", SHALL_BE_ENTITLED)
              .words(
                  "The Secretary-General of the United Nations shall be entitled",
                  "to participate in relation to matters of common interest, without vote and in"
                      + " accordance with the relevant rules of procedure, in sessions of the Council of"
                      + " the International Organization for Migration.")
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .forums(IOM_COUNCIL)
              .conditions(
                  IN_RELATION_TO_MATTERS_OF_COMMON_INTEREST,
                  WITHOUT_VOTE,
                  IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE)
              .action("participate in sessions of the Council of IOM")
              .build(),
          norm("art_5__para_1#3", SHALL)
              .words(
                  "The Secretary-General shall also be invited, as appropriate, to attend and participate"
                      + " without vote in such other meetings as the International Organization for"
                      + " Migration may convene at which matters of interest to the United Nations are"
                      + " under consideration.")
              .bearers(IOM)
              .counterparties(SECRETARY_GENERAL)
              .conditions(
                  AS_APPROPRIATE,
                  WITHOUT_VOTE,
                  AT_MEETINGS_CONSIDERING_MATTERS_OF_INTEREST_TO_THE_UNITED_NATIONS)
              .action(
                  "invite the Secretary-General to attend and participate in other meetings it convenes")
              .build(),
          norm("art_5__para_1#4", MAY)
              .words(
                  "The Secretary-General may, for the purposes of this paragraph, designate any person as"
                      + " his or her representative.")
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .conditions(FOR_THE_PURPOSES_OF_THIS_PARAGRAPH)
              .action("designate any person as his or her representative")
              .mirror(id("art_5__para_2#5"))
              .build(),
          norm("art_5__para_2#1", SHALL_BE_ENTITLED)
              .words(
                  "The Director General of the International Organization for Migration shall be entitled"
                      + " to attend plenary meetings of the General Assembly of the United Nations for the"
                      + " purposes of consultations.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .forums(GENERAL_ASSEMBLY)
              .purposes("for the purposes of consultations")
              .action("attend plenary meetings of the General Assembly")
              .mirror(id("art_5__para_1#1"))
              .build(),
          norm("art_5__para_2#2", SHALL_BE_ENTITLED)
              .words(
                  "The Director General shall be entitled to attend and participate without vote in"
                      + " meetings of the Committees of the General Assembly and meetings of the Economic"
                      + " and Social Council")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .forums(GENERAL_ASSEMBLY_COMMITTEES, ECONOMIC_AND_SOCIAL_COUNCIL)
              .conditions(WITHOUT_VOTE)
              .action(
                  "attend and participate in meetings of the Committees of the General Assembly and of"
                      + " the Economic and Social Council")
              .build(),
          norm("art_5__para_2#3", SHALL_BE_ENTITLED)
              .words(
                  "The Director General shall be entitled to attend and participate without vote in",
                  "as appropriate and in accordance with the relevant rules of procedure, meetings of"
                      + " subsidiary organs of the Assembly and the Council.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .forums(
                  GENERAL_ASSEMBLY_SUBSIDIARY_ORGANS, ECONOMIC_AND_SOCIAL_COUNCIL_SUBSIDIARY_ORGANS)
              .conditions(
                  WITHOUT_VOTE, AS_APPROPRIATE, IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE)
              .action(
                  "attend and participate in meetings of subsidiary organs of the General Assembly and of"
                      + " the Economic and Social Council")
              .build(),
          norm("art_5__para_2#4", MAY)
              .words(
                  "The Director General may, at the invitation of the Security Council, attend its"
                      + " meetings to supply it with information or give it other assistance with regard"
                      + " to matters within the competence of the International Organization for"
                      + " Migration.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(SECURITY_COUNCIL)
              .forums(SECURITY_COUNCIL)
              .inviters(SECURITY_COUNCIL)
              .conditions(AT_THE_INVITATION_OF)
              .purposes(
                  "to supply it with information or give it other assistance with regard to matters"
                      + " within the competence of the International Organization for Migration")
              .action("attend meetings of the Security Council")
              .build(),
          norm("art_5__para_2#5", MAY)
              .words(
                  "The Director General may, for the purposes of this paragraph, designate any person as"
                      + " his or her representative.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .conditions(FOR_THE_PURPOSES_OF_THIS_PARAGRAPH)
              .action("designate any person as his or her representative")
              .mirror(id("art_5__para_1#4"))
              .build(),
          norm("art_5__para_3#1", SHALL)
              .words(
                  "Written statements presented by the United Nations to the International Organization for"
                      + " Migration for distribution shall be distributed by the Administration of the"
                      + " International Organization for Migration to all members of the appropriate organ or"
                      + " organs of the International Organization for Migration.")
              .bearers(IOM_ADMINISTRATION)
              .counterparties(UNITED_NATIONS)
              .conditions(FOR_DISTRIBUTION)
              .action(
                  "distribute written statements of the United Nations to all members of the appropriate"
                      + " organs of IOM")
              .mirror(id("art_5__para_3#2"))
              .build(),
          norm("art_5__para_3#2", SHALL)
              .words(
                  "Written statements presented by the International Organization for Migration to the"
                      + " United Nations for distribution shall be distributed by the Secretariat of the"
                      + " United Nations to all members of the appropriate organ or organs of the United"
                      + " Nations.")
              .bearers(SECRETARIAT)
              .counterparties(IOM)
              .conditions(FOR_DISTRIBUTION)
              .action(
                  "distribute written statements of IOM to all members of the appropriate organs of the"
                      + " United Nations")
              .mirror(id("art_5__para_3#1"))
              .build(),
          // Article 6: Proposal of agenda items
          norm("art_6__para_1#1", MAY)
              .words(
                  "The Secretary-General of the United Nations may propose agenda items for consideration"
                      + " by the International Organization for Migration.")
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .action("propose agenda items for consideration by IOM")
              .mirror(id("art_6__para_2#1"))
              .build(),
          norm("art_6__para_1#2", SHALL)
              .words(
                  "In such cases, the United Nations shall notify the Director General of the agenda item"
                      + " or items concerned")
              .bearers(UNITED_NATIONS)
              .counterparties(DIRECTOR_GENERAL)
              .conditions(IN_SUCH_CASES)
              .action("notify the Director General of the agenda items proposed")
              .mirror(id("art_6__para_2#2"))
              .build(),
          norm("art_6__para_1#3", SHALL)
              .words(
                  "In such cases,",
                  "the Director General shall, in accordance with his or her authority and the relevant"
                      + " rules of procedure, bring any such agenda item or items to the attention of the"
                      + " appropriate governing body of the International Organization for Migration.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .conditions(
                  IN_SUCH_CASES,
                  IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY,
                  IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE)
              .action(
                  "bring the agenda items to the attention of the appropriate governing body of IOM")
              .mirror(id("art_6__para_2#3"))
              .build(),
          norm("art_6__para_2#1", MAY)
              .words(
                  "The Director General of the International Organization for Migration may propose agenda"
                      + " items for consideration by the United Nations.")
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .action("propose agenda items for consideration by the United Nations")
              .mirror(id("art_6__para_1#1"))
              .build(),
          norm("art_6__para_2#2", SHALL)
              .words(
                  "In such cases, the International Organization for Migration shall notify the"
                      + " Secretary-General of the agenda item or items concerned")
              .bearers(IOM)
              .counterparties(SECRETARY_GENERAL)
              .conditions(IN_SUCH_CASES)
              .action("notify the Secretary-General of the agenda items proposed")
              .mirror(id("art_6__para_1#2"))
              .build(),
          norm("art_6__para_2#3", SHALL)
              .words(
                  "In such cases,",
                  "the Secretary-General shall, in accordance with his or her authority and the relevant"
                      + " rules of procedure, bring any such item or items to the attention of the relevant"
                      + " principal organ of the United Nations or such other organ or organs of the United"
                      + " Nations as may be appropriate.")
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .conditions(
                  IN_SUCH_CASES,
                  IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY,
                  IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE,
                  AS_MAY_BE_APPROPRIATE)
              .action(
                  "bring the items to the attention of the relevant principal organ of the United Nations"
                      + " or another appropriate organ")
              .mirror(id("art_6__para_1#3"))
              .build(),
          // Article 7: Exchange of information and documents
          norm("art_7__para_1#1", SHALL)
              .words(
                  BOTH
                      + " shall arrange for the exchange of information, publications and documents of"
                      + " mutual interest.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .objects("information", "publications", "documents")
              .action(
                  "arrange for the exchange of information, publications and documents of mutual interest")
              .build(),
          norm("art_7__para_2#1", SHALL)
              .words(
                  IOM_
                      + " shall, to the extent practicable, furnish the United Nations, upon its request,"
                      + " with special studies or information relating to matters within the competence of"
                      + " the United Nations.")
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .conditions(
                  TO_THE_EXTENT_PRACTICABLE,
                  UPON_REQUEST,
                  RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY)
              .objects("special studies", "information")
              .action("furnish the United Nations with special studies or information")
              .mirror(id("art_7__para_3#1"))
              .build(),
          norm("art_7__para_3#1", SHALL)
              .words(
                  UN
                      + " shall likewise, to the extent practicable, furnish the International Organization"
                      + " for Migration, upon its request, with special studies or information relating to"
                      + " matters within the competence of the International Organization for Migration.")
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .conditions(
                  TO_THE_EXTENT_PRACTICABLE,
                  UPON_REQUEST,
                  RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY)
              .objects("special studies", "information")
              .action("furnish IOM with special studies or information")
              .mirror(id("art_7__para_2#1"))
              .build(),
          norm("art_7__para_4#1", SHALL)
              .words(
                  BOTH
                      + " shall make every effort to achieve maximum cooperation with a view to avoiding"
                      + " duplication in the collection, analysis, publication and dissemination of"
                      + " information related to matters of mutual interest.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .purposes(
                  "with a view to avoiding duplication in the collection, analysis, publication and"
                      + " dissemination of information related to matters of mutual interest")
              .action("make every effort to achieve maximum cooperation")
              .build(),
          norm("art_7__para_4#2", SHALL)
              .words(
                  "They shall strive, where appropriate, to combine their efforts to secure the greatest"
                      + " possible usefulness and utilization of such information.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WHERE_APPROPRIATE)
              .purposes(
                  "to secure the greatest possible usefulness and utilization of such information")
              .action("strive to combine their efforts")
              .build(),
          // Article 8: Administrative cooperation
          norm("art_8__para_1#1", SHALL)
              .words(
                  BOTH
                      + " shall consult, whenever required, concerning the most efficient use of"
                      + " facilities, staff and services with a view to avoiding the establishment and"
                      + " operation of overlapping facilities and services.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WHENEVER_REQUIRED)
              .objects("facilities", "staff", "services")
              .purposes(
                  "with a view to avoiding the establishment and operation of overlapping facilities and"
                      + " services")
              .action("consult on the most efficient use of facilities, staff and services")
              .build(),
          norm("art_8__para_1#2", SHALL)
              .words(
                  "They shall also consult to explore the possibility of establishing common facilities or"
                      + " services in specific areas, with due regard to cost savings.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WITH_DUE_REGARD_TO_COST_SAVINGS)
              .objects("common facilities", "services")
              .action(
                  "consult to explore the possibility of establishing common facilities or services in"
                      + " specific areas")
              .build(),
          // Article 9: Cooperation between the secretariats
          norm("art_9__para_1#1", SHALL)
              .words(
                  "The Secretariat of the United Nations and the Administration of the International"
                      + " Organization for Migration shall maintain a close working relationship in"
                      + " accordance with such arrangements as may be agreed upon from time to time between"
                      + " the Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration.")
              .bearers(SECRETARIAT, IOM_ADMINISTRATION)
              .counterparties(SECRETARIAT, IOM_ADMINISTRATION)
              .conditions(IN_ACCORDANCE_WITH_ARRANGEMENTS_AGREED_FROM_TIME_TO_TIME)
              .action("maintain a close working relationship")
              .build(),
          norm("art_9__para_1#2", SHALL)
              .words(
                  "Similar close working relationships between the secretariats of the other organizations"
                      + " within the United Nations system shall also be maintained in accordance with"
                      + " arrangements between the International Organization for Migration and the"
                      + " organizations concerned.")
              .bearers(IOM_ADMINISTRATION)
              .counterparties(UNITED_NATIONS_SYSTEM_ORGANIZATIONS)
              .conditions(IN_ACCORDANCE_WITH_ARRANGEMENTS_WITH_THE_ORGANIZATIONS_CONCERNED)
              .action(
                  "maintain similar close working relationships with the secretariats of the other"
                      + " organizations within the United Nations system")
              .build(),
          // Article 10: Personnel arrangements
          norm("art_10__para_1#1", AGREE_TO)
              .words(
                  BOTH
                      + " agree to consult whenever necessary concerning matters of common interest"
                      + " relating to the terms and conditions of employment of staff")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(WHENEVER_NECESSARY)
              .action(
                  "consult on matters of common interest relating to the terms and conditions of"
                      + " employment of staff")
              .build(),
          norm("art_10__para_1#2", AGREE_TO)
              .words(
                  BOTH + " agree to",
                  "cooperate regarding the exchange of personnel based on conditions contained in"
                      + " supplementary arrangements concluded pursuant to Article 14 of this Agreement.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(BASED_ON_CONDITIONS_IN_SUPPLEMENTARY_ARRANGEMENTS)
              .action("cooperate on the exchange of personnel")
              .build(),
          // Article 11: United Nations laissez-passer
          norm("art_11__para_1#1", SHALL_BE_ENTITLED)
              .words(
                  "Members of the staff of the International Organization for Migration shall be entitled,"
                      + " in accordance with such administrative arrangements as may be concluded between the"
                      + " Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration, to use the laissez-passer of the United"
                      + " Nations as a valid travel document where such use is recognized by States in"
                      + " agreements defining the privileges and immunities of the International"
                      + " Organization for Migration.")
              .bearers(IOM_STAFF)
              .counterparties(UNITED_NATIONS)
              .conditions(
                  IN_ACCORDANCE_WITH_ADMINISTRATIVE_ARRANGEMENTS,
                  WHERE_SUCH_USE_IS_RECOGNIZED_BY_STATES)
              .action("use the laissez-passer of the United Nations as a valid travel document")
              .build(),
          // Article 12: Expenses
          norm("art_12__para_1#1", SHALL_BE_SUBJECT_TO)
              .words(
                  "Expenses resulting from any cooperation or provision of services pursuant to this"
                      + " Agreement shall be subject to separate arrangements between the United Nations and"
                      + " the International Organization for Migration.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .objects(
                  "Expenses resulting from any cooperation or provision of services pursuant to this"
                      + " Agreement")
              .action(
                  "leave the expenses of any cooperation or provision of services under the Agreement"
                      + " to separate arrangements between them")
              .build(),
          // Article 13: Protection of confidentiality
          norm("art_13__para_1#1", NOTHING_SHALL_BE_SO_CONSTRUED)
              .words(
                  "Nothing in this Agreement shall be so construed as to require either the United Nations"
                      + " or the International Organization for Migration to furnish any material, data and"
                      + " information the disclosure of which could, in its judgement, violate its obligation"
                      + " under its constituent instrument or policies on confidentiality to protect such"
                      + " material, data and information.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(
                  IN_ITS_JUDGEMENT, IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY)
              .objects("material", "data", "information")
              .action(
                  "not be required to furnish material, data or information whose disclosure could, in"
                      + " its own judgement, violate its obligation to protect them")
              .build(),
          norm("art_13__para_2#1", SHALL)
              .words(
                  "In case confidential material, data or information is provided, the United Nations and"
                      + " the International Organization for Migration shall ensure the appropriate"
                      + " protection of such material, data and information, in accordance with their"
                      + " constituent instruments and policies on confidentiality or in accordance with such"
                      + " supplementary arrangements as may be concluded between them for this purpose in"
                      + " accordance with Article 14 of this Agreement.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(
                  IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED,
                  IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY,
                  IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS)
              .alternativeConditions(
                  IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY,
                  IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS)
              .objects("material", "data", "information")
              .action(
                  "ensure the appropriate protection of confidential material, data and information")
              .build(),
          // Article 14: Supplementary arrangements
          norm("art_14__para_1#1", MAY)
              .words(
                  "The Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration may, for the purpose of implementing the"
                      + " present Agreement, make such supplementary arrangements as may be found"
                      + " appropriate.")
              .bearers(SECRETARY_GENERAL, DIRECTOR_GENERAL)
              .counterparties(SECRETARY_GENERAL, DIRECTOR_GENERAL)
              .conditions(AS_MAY_BE_FOUND_APPROPRIATE)
              .purposes("for the purpose of implementing the present Agreement")
              .action("make supplementary arrangements for implementing the Agreement")
              .build(),
          // Article 15: Amendments
          norm("art_15__para_1#1", MAY)
              .words(
                  "The present Agreement may be amended by agreement between the United Nations and the"
                      + " International Organization for Migration.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("amend the Agreement by agreement between them")
              .build(),
          norm("art_15__para_1#2", SHALL)
              .words(BOTH + " shall notify each other in writing of the date of such approval")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(IN_WRITING)
              .action("notify each other of the date of approval of an amendment")
              .build(),
          // Article 16: Entry into force
          norm("art_16__para_1#1", SHALL)
              .words(BOTH + " shall notify each other in writing of the date of such approval.")
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .conditions(IN_WRITING)
              .action("notify each other of the date of approval of the Agreement")
              .build());

  /**
   * IOM's membership in the bodies named in point {@code point} of Article 3(2), read with the
   * list's introduction: one limb per point.
   */
  private static Norm membership(
      char point, String pointWords, String bodiesInBrief, ActorId... bodies) {
    return norm("art_3__para_2__list_1__point_" + point + "#1", AGREES_TO)
        .words(
            IOM_ + " agrees to participate in", "in particular through membership in:", pointWords)
        .bearers(IOM)
        .counterparties(UNITED_NATIONS)
        .forums(bodies)
        .action("participate, as a member, in " + bodiesInBrief)
        .build();
  }

  private static Norm.Builder norm(String id, ForcePhrase force) {
    return Norm.builder().id(id(id)).force(force);
  }

  private static NormId id(String id) {
    return NormId.parse(id);
  }
}
