package org.treatymodel.agreement;

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
import static org.treatymodel.agreement.norm.NormKind.COMMITMENT;
import static org.treatymodel.agreement.norm.NormKind.ENTITLEMENT;
import static org.treatymodel.agreement.norm.NormKind.OBLIGATION;
import static org.treatymodel.agreement.norm.NormKind.PERMISSION;
import static org.treatymodel.agreement.norm.NormKind.RECOGNITION;
import static org.treatymodel.agreement.norm.NormKind.SAFEGUARD;
import static org.treatymodel.agreement.norm.NormKind.UNDERTAKING;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The norms of the 2016 Agreement, provision by provision, and the provisions that state none.
 *
 * <p>Reading choices, made once here: a norm stated by both parties together ("The United Nations
 * and the International Organization for Migration shall ...") has both as bearers and, where it is
 * owed mutually, both as counterparties. A passive duty names the actor the text makes act: "shall
 * be distributed by the Administration" is borne by the Administration; "shall also be invited"
 * (Article 5(1)) by IOM, which convenes the meetings. A safeguard is borne by both parties and
 * protects the actor it names. The words of each norm are its whole sentence or clause, verbatim.
 */
final class UnIom2016Norms {
  private UnIom2016Norms() {}

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

  static final ImmutableList<NonNormativeProvision> NON_NORMATIVE =
      ImmutableList.of(
          NonNormativeProvision.of(
              ProvisionId.preamble(),
              "the preamble states the parties, the context and the instruments recalled; it binds no one"),
          NonNormativeProvision.of(
              ProvisionId.article(1),
              "purpose clause: it defines the terms of the relationship that the other articles set out"),
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
          norm("art_2__para_1#1", RECOGNITION)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize IOM as an organization with a global leading role in the field of migration")
              .words(
                  "The United Nations recognizes the International Organization for Migration as an"
                      + " organization with a global leading role in the field of migration.")
              .build(),
          norm("art_2__para_1#2", RECOGNITION)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize that IOM's Member States regard it as the global lead agency on migration")
              .words(
                  "The United Nations recognizes that the Member States of the International Organization"
                      + " for Migration regard it, as per the International Organization for Migration"
                      + " Council Resolution No. 1309, as the global lead agency on migration.")
              .build(),
          norm("art_2__para_1#3", SAFEGUARD)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS)
              .action(
                  "leave unaffected the mandates and activities of the United Nations, its Offices, Funds"
                      + " and Programmes in the field of migration")
              .words(
                  "The foregoing shall be without prejudice to the mandates and activities of the United"
                      + " Nations, its Offices, Funds and Programmes in the field of migration.")
              .build(),
          norm("art_2__para_2#1", RECOGNITION)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action("recognize IOM as an essential contributor in the field of human mobility")
              .words(
                  "The United Nations recognizes the International Organization for Migration as an"
                      + " essential contributor in the field of human mobility, in the protection of"
                      + " migrants, in operational activities related to migrants, displaced people and"
                      + " migration-affected communities, including in the areas of resettlement and returns,"
                      + " and in mainstreaming migration in development plans.")
              .build(),
          norm("art_2__para_3#1", RECOGNITION)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action(
                  "recognize that IOM functions as an independent, autonomous and non-normative"
                      + " international organization")
              .words(
                  "The United Nations recognizes that the International Organization for Migration, by"
                      + " virtue of its Constitution, shall function as an independent, autonomous and"
                      + " non-normative international organization in the working relationship with the"
                      + " United Nations established by this Agreement, noting its essential elements and"
                      + " attributes defined by the Council of the International Organization for Migration"
                      + " as per its Council Resolution No. 1309.")
              .build(),
          norm("art_2__para_4#1", RECOGNITION)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS, OTHER_UNITED_NATIONS_ORGANIZATIONS)
              .action(
                  "recognize the responsibilities of the United Nations under its Charter and the mandates"
                      + " of other United Nations organizations")
              .words(
                  "The International Organization for Migration recognizes the responsibilities of the"
                      + " United Nations under its Charter and the mandates and responsibilities of other"
                      + " United Nations organizations and subsidiary organs and agencies, including in the"
                      + " field of migration.")
              .build(),
          norm("art_2__para_5#1", UNDERTAKING)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .action(
                  "conduct its activities in accordance with the Purposes and Principles of the Charter of"
                      + " the United Nations")
              .words(
                  "The International Organization for Migration undertakes to conduct its activities in"
                      + " accordance with the Purposes and Principles of the Charter of the United Nations and"
                      + " with due regard to the policies of the United Nations furthering those Purposes and"
                      + " Principles and to other relevant instruments in the international migration,"
                      + " refugee and human rights fields.")
              .build(),
          norm("art_2__para_6#1", COMMITMENT)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "cooperate and conduct their activities without prejudice to each other's rights and"
                      + " responsibilities under their constituent instruments")
              .words(
                  "The United Nations and the International Organization for Migration will cooperate and"
                      + " conduct their activities without prejudice to the rights and responsibilities of one"
                      + " another under their respective constituent instruments.")
              .build(),
          // Article 3: Cooperation and coordination
          norm("art_3__para_1#1", UNDERTAKING)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("cooperate closely and consult on matters of mutual interest and concern")
              .words(
                  "The United Nations and the International Organization for Migration, recognizing the"
                      + " need to work jointly to achieve mutual objectives, and with a view to facilitating"
                      + " the effective exercise of their responsibilities, agree to cooperate closely within"
                      + " their respective mandates and to consult on matters of mutual interest and"
                      + " concern.")
              .build(),
          norm("art_3__para_1#2", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("cooperate with each other")
              .words(
                  "To that end, the United Nations and the International Organization for Migration shall"
                      + " cooperate with each other in accordance with the provisions of their respective"
                      + " constituent instruments.")
              .build(),
          norm("art_3__para_2#1", UNDERTAKING)
              .bearers(IOM)
              .counterparties(COORDINATION_BODIES)
              .action(
                  "participate in and cooperate with the United Nations bodies for cooperation and"
                      + " coordination, in particular as a member of those in points (a) to (e)")
              .words(
                  "The International Organization for Migration agrees to participate in, and to cooperate"
                      + " with, any body or bodies that have been established or may be established by the"
                      + " United Nations for the purpose of facilitating such cooperation and coordination at"
                      + " the global, regional or country level, in particular through membership in:")
              .build(),
          norm("art_3__para_2#2", UNDERTAKING)
              .bearers(IOM)
              .counterparties(COORDINATION_BODIES)
              .action("participate in such bodies and contribute to their cost-shared budgets")
              .words(
                  "The International Organization for Migration agrees to participate in such bodies in"
                      + " accordance with their established rules of procedures and to contribute to their"
                      + " cost-shared budgets, as per established cost-sharing arrangements.")
              .build(),
          norm("art_3__para_3#1", PERMISSION)
              .bearers(IOM)
              .counterparties(UN_BODIES)
              .action("consult appropriate United Nations bodies where it requires expert advice")
              .words(
                  "The International Organization for Migration may also consult with appropriate bodies"
                      + " established by the United Nations on matters within their competence and on which"
                      + " the International Organization for Migration requires expert advice.")
              .mirror(id("art_3__para_4#1"))
              .build(),
          norm("art_3__para_3#2", UNDERTAKING)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action("take such action as may be necessary to facilitate such consultation")
              .words(
                  "The United Nations, on its part, agrees to take such action as may be necessary to"
                      + " facilitate such consultation.")
              .mirror(id("art_3__para_4#2"))
              .build(),
          norm("art_3__para_4#1", PERMISSION)
              .bearers(UN_BODIES)
              .counterparties(IOM)
              .action("consult IOM where they require expert advice")
              .words(
                  "The United Nations bodies referred to above may also consult with the International"
                      + " Organization for Migration on all matters within its competence and on which they"
                      + " require expert advice.")
              .mirror(id("art_3__para_3#1"))
              .build(),
          norm("art_3__para_4#2", UNDERTAKING)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .action("take such action as may be necessary to facilitate such consultation")
              .words(
                  "The International Organization for Migration, on its part, agrees to take such action"
                      + " as may be necessary to facilitate such consultation.")
              .mirror(id("art_3__para_3#2"))
              .build(),
          norm("art_3__para_5#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "provide each other with such information and assistance as either may require")
              .words(
                  "The United Nations and the International Organization for Migration, within their"
                      + " respective competencies and in accordance with the provisions of their respective"
                      + " constituent instruments, shall cooperate by providing each other, upon request,"
                      + " with such information and assistance as either organization may require in the"
                      + " exercise of its responsibilities.")
              .build(),
          norm("art_3__para_6#1", RECOGNITION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("recognize the desirability of cooperation in the statistical field")
              .words(
                  "The United Nations and the International Organization for Migration recognize the"
                      + " desirability of cooperation in the statistical field within the framework of their"
                      + " respective mandates.")
              .build(),
          norm("art_3__para_7#1", RECOGNITION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "recognize the necessity of effective coordination of their activities and services to"
                      + " avoid duplication")
              .words(
                  "The United Nations and the International Organization for Migration recognize the"
                      + " necessity of achieving, where applicable, effective coordination of the activities"
                      + " and services of the United Nations and the International Organization for"
                      + " Migration with a view to avoiding duplication of their activities and services.")
              .build(),
          // Article 4: Reports to the United Nations
          norm("art_4__para_1#1", PERMISSION)
              .bearers(IOM)
              .counterparties(GENERAL_ASSEMBLY, SECRETARY_GENERAL)
              .action(
                  "submit reports on its activities to the General Assembly through the Secretary-General")
              .words(
                  "The International Organization for Migration may, if it decides it to be appropriate,"
                      + " submit reports on its activities to the General Assembly through the"
                      + " Secretary-General.")
              .build(),
          // Article 5: Reciprocal representation
          norm("art_5__para_1#1", ENTITLEMENT)
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM_COUNCIL)
              .action("attend and participate in sessions of the Council of IOM")
              .words(
                  "The Secretary-General of the United Nations shall be entitled to attend and to"
                      + " participate in relation to matters of common interest, without vote and in"
                      + " accordance with the relevant rules of procedure, in sessions of the Council of the"
                      + " International Organization for Migration.")
              .mirror(id("art_5__para_2#1"))
              .build(),
          norm("art_5__para_1#2", OBLIGATION)
              .bearers(IOM)
              .counterparties(SECRETARY_GENERAL)
              .action(
                  "invite the Secretary-General to other meetings at which matters of interest to the"
                      + " United Nations are under consideration")
              .words(
                  "The Secretary-General shall also be invited, as appropriate, to attend and participate"
                      + " without vote in such other meetings as the International Organization for"
                      + " Migration may convene at which matters of interest to the United Nations are under"
                      + " consideration.")
              .build(),
          norm("art_5__para_1#3", PERMISSION)
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .action("designate any person as his or her representative")
              .words(
                  "The Secretary-General may, for the purposes of this paragraph, designate any person as"
                      + " his or her representative.")
              .mirror(id("art_5__para_2#4"))
              .build(),
          norm("art_5__para_2#1", ENTITLEMENT)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(GENERAL_ASSEMBLY)
              .action(
                  "attend plenary meetings of the General Assembly for the purposes of consultations")
              .words(
                  "The Director General of the International Organization for Migration shall be entitled"
                      + " to attend plenary meetings of the General Assembly of the United Nations for the"
                      + " purposes of consultations.")
              .mirror(id("art_5__para_1#1"))
              .build(),
          norm("art_5__para_2#2", ENTITLEMENT)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(
                  GENERAL_ASSEMBLY_COMMITTEES,
                  ECONOMIC_AND_SOCIAL_COUNCIL,
                  GENERAL_ASSEMBLY_SUBSIDIARY_ORGANS,
                  ECONOMIC_AND_SOCIAL_COUNCIL_SUBSIDIARY_ORGANS)
              .action(
                  "attend and participate in meetings of the Committees of the General Assembly, of the"
                      + " Economic and Social Council and of their subsidiary organs")
              .words(
                  "The Director General shall be entitled to attend and participate without vote in"
                      + " meetings of the Committees of the General Assembly and meetings of the Economic and"
                      + " Social Council, and, as appropriate and in accordance with the relevant rules of"
                      + " procedure, meetings of subsidiary organs of the Assembly and the Council.")
              .build(),
          norm("art_5__para_2#3", PERMISSION)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(SECURITY_COUNCIL)
              .action(
                  "attend meetings of the Security Council to supply it with information or assistance")
              .words(
                  "The Director General may, at the invitation of the Security Council, attend its meetings"
                      + " to supply it with information or give it other assistance with regard to matters"
                      + " within the competence of the International Organization for Migration.")
              .build(),
          norm("art_5__para_2#4", PERMISSION)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .action("designate any person as his or her representative")
              .words(
                  "The Director General may, for the purposes of this paragraph, designate any person as"
                      + " his or her representative.")
              .mirror(id("art_5__para_1#3"))
              .build(),
          norm("art_5__para_3#1", OBLIGATION)
              .bearers(IOM_ADMINISTRATION)
              .counterparties(UNITED_NATIONS)
              .action(
                  "distribute written statements of the United Nations to all members of the appropriate"
                      + " organs of IOM")
              .words(
                  "Written statements presented by the United Nations to the International Organization for"
                      + " Migration for distribution shall be distributed by the Administration of the"
                      + " International Organization for Migration to all members of the appropriate organ or"
                      + " organs of the International Organization for Migration.")
              .mirror(id("art_5__para_3#2"))
              .build(),
          norm("art_5__para_3#2", OBLIGATION)
              .bearers(SECRETARIAT)
              .counterparties(IOM)
              .action(
                  "distribute written statements of IOM to all members of the appropriate organs of the"
                      + " United Nations")
              .words(
                  "Written statements presented by the International Organization for Migration to the"
                      + " United Nations for distribution shall be distributed by the Secretariat of the"
                      + " United Nations to all members of the appropriate organ or organs of the United"
                      + " Nations.")
              .mirror(id("art_5__para_3#1"))
              .build(),
          // Article 6: Proposal of agenda items
          norm("art_6__para_1#1", PERMISSION)
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .action("propose agenda items for consideration by IOM")
              .words(
                  "The Secretary-General of the United Nations may propose agenda items for consideration"
                      + " by the International Organization for Migration.")
              .mirror(id("art_6__para_2#1"))
              .build(),
          norm("art_6__para_1#2", OBLIGATION)
              .bearers(UNITED_NATIONS)
              .counterparties(DIRECTOR_GENERAL)
              .action("notify the Director General of the agenda items proposed")
              .words(
                  "In such cases, the United Nations shall notify the Director General of the agenda item"
                      + " or items concerned")
              .mirror(id("art_6__para_2#2"))
              .build(),
          norm("art_6__para_1#3", OBLIGATION)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .action(
                  "bring the agenda items to the attention of the appropriate governing body of IOM")
              .words(
                  "the Director General shall, in accordance with his or her authority and the relevant"
                      + " rules of procedure, bring any such agenda item or items to the attention of the"
                      + " appropriate governing body of the International Organization for Migration.")
              .mirror(id("art_6__para_2#3"))
              .build(),
          norm("art_6__para_2#1", PERMISSION)
              .bearers(DIRECTOR_GENERAL)
              .counterparties(UNITED_NATIONS)
              .action("propose agenda items for consideration by the United Nations")
              .words(
                  "The Director General of the International Organization for Migration may propose agenda"
                      + " items for consideration by the United Nations.")
              .mirror(id("art_6__para_1#1"))
              .build(),
          norm("art_6__para_2#2", OBLIGATION)
              .bearers(IOM)
              .counterparties(SECRETARY_GENERAL)
              .action("notify the Secretary-General of the agenda items proposed")
              .words(
                  "In such cases, the International Organization for Migration shall notify the"
                      + " Secretary-General of the agenda item or items concerned")
              .mirror(id("art_6__para_1#2"))
              .build(),
          norm("art_6__para_2#3", OBLIGATION)
              .bearers(SECRETARY_GENERAL)
              .counterparties(IOM)
              .action(
                  "bring the items to the attention of the relevant principal organ of the United Nations"
                      + " or another appropriate organ")
              .words(
                  "the Secretary-General shall, in accordance with his or her authority and the relevant"
                      + " rules of procedure, bring any such item or items to the attention of the relevant"
                      + " principal organ of the United Nations or such other organ or organs of the United"
                      + " Nations as may be appropriate.")
              .mirror(id("art_6__para_1#3"))
              .build(),
          // Article 7: Exchange of information and documents
          norm("art_7__para_1#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "arrange for the exchange of information, publications and documents of mutual interest")
              .words(
                  "The United Nations and the International Organization for Migration shall arrange for"
                      + " the exchange of information, publications and documents of mutual interest.")
              .build(),
          norm("art_7__para_2#1", OBLIGATION)
              .bearers(IOM)
              .counterparties(UNITED_NATIONS)
              .action("furnish the United Nations with special studies or information")
              .words(
                  "The International Organization for Migration shall, to the extent practicable, furnish"
                      + " the United Nations, upon its request, with special studies or information relating"
                      + " to matters within the competence of the United Nations.")
              .mirror(id("art_7__para_3#1"))
              .build(),
          norm("art_7__para_3#1", OBLIGATION)
              .bearers(UNITED_NATIONS)
              .counterparties(IOM)
              .action("furnish IOM with special studies or information")
              .words(
                  "The United Nations shall likewise, to the extent practicable, furnish the International"
                      + " Organization for Migration, upon its request, with special studies or information"
                      + " relating to matters within the competence of the International Organization for"
                      + " Migration.")
              .mirror(id("art_7__para_2#1"))
              .build(),
          norm("art_7__para_4#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "make every effort to achieve maximum cooperation to avoid duplication in handling"
                      + " information of mutual interest")
              .words(
                  "The United Nations and the International Organization for Migration shall make every"
                      + " effort to achieve maximum cooperation with a view to avoiding duplication in the"
                      + " collection, analysis, publication and dissemination of information related to"
                      + " matters of mutual interest.")
              .build(),
          norm("art_7__para_4#2", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "strive to combine their efforts to secure the greatest usefulness of such information")
              .words(
                  "They shall strive, where appropriate, to combine their efforts to secure the greatest"
                      + " possible usefulness and utilization of such information.")
              .build(),
          // Article 8: Administrative cooperation
          norm("art_8__para_1#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("consult on the most efficient use of facilities, staff and services")
              .words(
                  "The United Nations and the International Organization for Migration shall consult,"
                      + " whenever required, concerning the most efficient use of facilities, staff and"
                      + " services with a view to avoiding the establishment and operation of overlapping"
                      + " facilities and services.")
              .build(),
          norm("art_8__para_1#2", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("consult to explore the possibility of common facilities or services")
              .words(
                  "They shall also consult to explore the possibility of establishing common facilities or"
                      + " services in specific areas, with due regard to cost savings.")
              .build(),
          // Article 9: Cooperation between the secretariats
          norm("art_9__para_1#1", OBLIGATION)
              .bearers(SECRETARIAT, IOM_ADMINISTRATION)
              .counterparties(SECRETARIAT, IOM_ADMINISTRATION)
              .action("maintain a close working relationship")
              .words(
                  "The Secretariat of the United Nations and the Administration of the International"
                      + " Organization for Migration shall maintain a close working relationship in"
                      + " accordance with such arrangements as may be agreed upon from time to time between"
                      + " the Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration.")
              .build(),
          norm("art_9__para_1#2", OBLIGATION)
              .bearers(IOM, UNITED_NATIONS_SYSTEM_ORGANIZATIONS)
              .counterparties(IOM, UNITED_NATIONS_SYSTEM_ORGANIZATIONS)
              .action(
                  "maintain similar close working relationships between their secretariats and that of"
                      + " IOM")
              .words(
                  "Similar close working relationships between the secretariats of the other organizations"
                      + " within the United Nations system shall also be maintained in accordance with"
                      + " arrangements between the International Organization for Migration and the"
                      + " organizations concerned.")
              .build(),
          // Article 10: Personnel arrangements
          norm("art_10__para_1#1", UNDERTAKING)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "consult on terms and conditions of employment of staff and cooperate on the exchange of"
                      + " personnel")
              .words(
                  "The United Nations and the International Organization for Migration agree to consult"
                      + " whenever necessary concerning matters of common interest relating to the terms and"
                      + " conditions of employment of staff as well as to cooperate regarding the exchange of"
                      + " personnel based on conditions contained in supplementary arrangements concluded"
                      + " pursuant to Article 14 of this Agreement.")
              .build(),
          // Article 11: United Nations laissez-passer
          norm("art_11__para_1#1", ENTITLEMENT)
              .bearers(IOM_STAFF)
              .counterparties(UNITED_NATIONS)
              .action("use the laissez-passer of the United Nations as a valid travel document")
              .words(
                  "Members of the staff of the International Organization for Migration shall be entitled,"
                      + " in accordance with such administrative arrangements as may be concluded between the"
                      + " Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration, to use the laissez-passer of the United"
                      + " Nations as a valid travel document where such use is recognized by States in"
                      + " agreements defining the privileges and immunities of the International"
                      + " Organization for Migration.")
              .build(),
          // Article 12: Expenses
          norm("art_12__para_1#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("settle the expenses of cooperation or services by separate arrangements")
              .words(
                  "Expenses resulting from any cooperation or provision of services pursuant to this"
                      + " Agreement shall be subject to separate arrangements between the United Nations and"
                      + " the International Organization for Migration.")
              .build(),
          // Article 13: Protection of confidentiality
          norm("art_13__para_1#1", SAFEGUARD)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "not be required to furnish material whose disclosure could violate its obligations on"
                      + " confidentiality")
              .words(
                  "Nothing in this Agreement shall be so construed as to require either the United Nations"
                      + " or the International Organization for Migration to furnish any material, data and"
                      + " information the disclosure of which could, in its judgement, violate its obligation"
                      + " under its constituent instrument or policies on confidentiality to protect such"
                      + " material, data and information.")
              .build(),
          norm("art_13__para_2#1", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action(
                  "ensure the appropriate protection of confidential material, data and information")
              .words(
                  "In case confidential material, data or information is provided, the United Nations and"
                      + " the International Organization for Migration shall ensure the appropriate"
                      + " protection of such material, data and information, in accordance with their"
                      + " constituent instruments and policies on confidentiality or in accordance with such"
                      + " supplementary arrangements as may be concluded between them for this purpose in"
                      + " accordance with Article 14 of this Agreement.")
              .build(),
          // Article 14: Supplementary arrangements
          norm("art_14__para_1#1", PERMISSION)
              .bearers(SECRETARY_GENERAL, DIRECTOR_GENERAL)
              .counterparties(SECRETARY_GENERAL, DIRECTOR_GENERAL)
              .action("make supplementary arrangements for implementing the Agreement")
              .words(
                  "The Secretary-General of the United Nations and the Director General of the"
                      + " International Organization for Migration may, for the purpose of implementing the"
                      + " present Agreement, make such supplementary arrangements as may be found"
                      + " appropriate.")
              .build(),
          // Article 15: Amendments
          norm("art_15__para_1#1", PERMISSION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("amend the Agreement by agreement between them")
              .words(
                  "The present Agreement may be amended by agreement between the United Nations and the"
                      + " International Organization for Migration.")
              .build(),
          norm("art_15__para_1#2", OBLIGATION)
              .bearers(GENERAL_ASSEMBLY, IOM_COUNCIL)
              .counterparties(UNITED_NATIONS, IOM)
              .action("approve any amendment")
              .words(
                  "Any such amendment shall be approved by the General Assembly of the United Nations and"
                      + " by the Council of the International Organization for Migration.")
              .build(),
          norm("art_15__para_1#3", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("notify each other in writing of the date of approval of an amendment")
              .words(
                  "The United Nations and the International Organization for Migration shall notify each"
                      + " other in writing of the date of such approval")
              .build(),
          // Article 16: Entry into force
          norm("art_16__para_1#1", OBLIGATION)
              .bearers(GENERAL_ASSEMBLY, IOM_COUNCIL)
              .counterparties(UNITED_NATIONS, IOM)
              .action("approve the Agreement")
              .words(
                  "The present Agreement shall be approved by the General Assembly of the United Nations"
                      + " and by the Council of the International Organization for Migration.")
              .build(),
          norm("art_16__para_1#2", OBLIGATION)
              .bearers(UNITED_NATIONS, IOM)
              .counterparties(UNITED_NATIONS, IOM)
              .action("notify each other in writing of the date of approval of the Agreement")
              .words(
                  "The United Nations and the International Organization for Migration shall notify each"
                      + " other in writing of the date of such approval.")
              .build());

  private static Norm.Builder norm(String id, NormKind kind) {
    return Norm.builder().id(id(id)).kind(kind);
  }

  private static NormId id(String id) {
    return NormId.parse(id);
  }
}
