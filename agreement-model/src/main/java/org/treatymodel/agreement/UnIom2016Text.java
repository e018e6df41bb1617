package org.treatymodel.agreement;

import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * The text of the 2016 Agreement, word for word as in the annex of source 001 (the draft approved
 * by both Organizations and signed unchanged), after the normalisation of {@code
 * shared/sources/README.md}: the two sentences split by page breaks (Articles 1 and 6(2)) are
 * joined. The title is the Agreement's own, without the annex's "Draft".
 */
final class UnIom2016Text {
  private UnIom2016Text() {}

  static final AgreementText TEXT =
      AgreementText.builder()
          .title(
              "Agreement concerning the Relationship between the United Nations and the International "
                  + "Organization for Migration")
          .partiesFormula("The United Nations and the International Organization for Migration,")
          .recitals(
              recital(
                  "Bearing in mind",
                  "Bearing in mind the relevant provisions of the Charter of the United Nations and of "
                      + "the Constitution of the International Organization for Migration,"),
              recital(
                  "Recognizing",
                  "Recognizing the need to take into account migration and human mobility in the "
                      + "activities of the two Organizations and for close cooperation among all relevant "
                      + "organizations to strengthen their efforts in coordinating their respective activities "
                      + "related to migration and human mobility,"),
              recital(
                  "Recalling",
                  "Recalling General Assembly resolution 47/4 of 16 October 1992 inviting the "
                      + "International Organization for Migration to participate in the sessions and the work "
                      + "of the General Assembly in the capacity of observer,"),
              recital(
                  "Recalling also",
                  "Recalling also the Cooperation Agreement between the United Nations and the "
                      + "International Organization for Migration of 25 June 1996,"),
              recital(
                  "Recalling further",
                  "Recalling further General Assembly resolution 51/148 of 13 December 1996 on the "
                      + "cooperation between the United Nations and the International Organization for "
                      + "Migration,"),
              recital(
                  "Recalling",
                  "Recalling the Memorandum of Understanding between the United Nations and the "
                      + "International Organization for Migration regarding a Global Safety and Security "
                      + "Management Partnership of 25 June 2013,"),
              recital(
                  "Desiring",
                  "Desiring to establish a mutually beneficial relationship whereby the discharge of "
                      + "respective responsibilities of the United Nations and the International Organization "
                      + "for Migration may be facilitated,"),
              recital(
                  "Taking note of",
                  "Taking note of the International Organization for Migration Council Resolution No. "
                      + "1309 of 24 November 2015, which, inter alia, requested the Director General of the "
                      + "International Organization for Migration to develop with the United Nations a way in "
                      + "which the legal basis of the relationship between the International Organization for "
                      + "Migration and the United Nations could be improved,"),
              recital(
                  "Taking note of",
                  "Taking note of General Assembly resolution 70/263 of 27 April 2016 which, inter alia, "
                      + "recognized the need to establish a closer relationship between the United Nations and "
                      + "the International Organization for Migration and invited the Secretary-General to take "
                      + "steps to conclude an agreement concerning the relationship between the United Nations "
                      + "and the International Organization for Migration and to submit the negotiated draft "
                      + "agreement to the General Assembly for approval,"))
          .enactingFormula("Have agreed as follows:")
          .articles(
              article(
                  1,
                  "Purpose of the Agreement",
                  paragraph(
                      "The present Agreement defines the terms on which the United Nations and the "
                          + "International Organization for Migration shall be brought into relationship with each "
                          + "other in order to strengthen their cooperation and enhance their ability to fulfil "
                          + "their respective mandates in the interest of migrants and their Member States.")),
              article(
                  2,
                  "Principles",
                  paragraph(
                      1,
                      "The United Nations recognizes the International Organization for Migration as an "
                          + "organization with a global leading role in the field of migration. The United Nations "
                          + "recognizes that the Member States of the International Organization for Migration "
                          + "regard it, as per the International Organization for Migration Council Resolution No. "
                          + "1309, as the global lead agency on migration. The foregoing shall be without prejudice "
                          + "to the mandates and activities of the United Nations, its Offices, Funds and "
                          + "Programmes in the field of migration."),
                  paragraph(
                      2,
                      "The United Nations recognizes the International Organization for Migration as an "
                          + "essential contributor in the field of human mobility, in the protection of migrants, "
                          + "in operational activities related to migrants, displaced people and migration-affected "
                          + "communities, including in the areas of resettlement and returns, and in mainstreaming "
                          + "migration in development plans."),
                  paragraph(
                      3,
                      "The United Nations recognizes that the International Organization for Migration, by "
                          + "virtue of its Constitution, shall function as an independent, autonomous and "
                          + "non-normative international organization in the working relationship with the United "
                          + "Nations established by this Agreement, noting its essential elements and attributes "
                          + "defined by the Council of the International Organization for Migration as per its "
                          + "Council Resolution No. 1309."),
                  paragraph(
                      4,
                      "The International Organization for Migration recognizes the responsibilities of the "
                          + "United Nations under its Charter and the mandates and responsibilities of other United "
                          + "Nations organizations and subsidiary organs and agencies, including in the field of "
                          + "migration."),
                  paragraph(
                      5,
                      "The International Organization for Migration undertakes to conduct its activities in "
                          + "accordance with the Purposes and Principles of the Charter of the United Nations and "
                          + "with due regard to the policies of the United Nations furthering those Purposes and "
                          + "Principles and to other relevant instruments in the international migration, refugee "
                          + "and human rights fields."),
                  paragraph(
                      6,
                      "The United Nations and the International Organization for Migration will cooperate and "
                          + "conduct their activities without prejudice to the rights and responsibilities of one "
                          + "another under their respective constituent instruments.")),
              article(
                  3,
                  "Cooperation and coordination",
                  paragraph(
                      1,
                      "The United Nations and the International Organization for Migration, recognizing the "
                          + "need to work jointly to achieve mutual objectives, and with a view to facilitating the "
                          + "effective exercise of their responsibilities, agree to cooperate closely within their "
                          + "respective mandates and to consult on matters of mutual interest and concern. To that "
                          + "end, the United Nations and the International Organization for Migration shall "
                          + "cooperate with each other in accordance with the provisions of their respective "
                          + "constituent instruments."),
                  Paragraph.builder()
                      .number(2)
                      .text(
                          "The International Organization for Migration agrees to participate in, and to "
                              + "cooperate with, any body or bodies that have been established or may be established by "
                              + "the United Nations for the purpose of facilitating such cooperation and coordination "
                              + "at the global, regional or country level, in particular through membership in:")
                      .points(
                          Point.of(
                              'a',
                              "The United Nations System Chief Executives Board for Coordination and its subsidiary "
                                  + "bodies (the High-level Committee on Programmes, the High-level Committee on Management "
                                  + "(including the Inter-Agency Security Management Network), and the United Nations "
                                  + "Development Group and its regional and country teams);"),
                          Point.of('b', "The Inter-Agency Standing Committee;"),
                          Point.of('c', "The Executive Committee on Humanitarian Affairs;"),
                          Point.of('d', "The Global Migration Group;"),
                          Point.of('e', "Country-level security management teams."))
                      .wrapUp(
                          "The International Organization for Migration agrees to participate in such bodies in "
                              + "accordance with their established rules of procedures and to contribute to their "
                              + "cost-shared budgets, as per established cost-sharing arrangements.")
                      .build(),
                  paragraph(
                      3,
                      "The International Organization for Migration may also consult with appropriate bodies "
                          + "established by the United Nations on matters within their competence and on which the "
                          + "International Organization for Migration requires expert advice. The United Nations, "
                          + "on its part, agrees to take such action as may be necessary to facilitate such "
                          + "consultation."),
                  paragraph(
                      4,
                      "The United Nations bodies referred to above may also consult with the International "
                          + "Organization for Migration on all matters within its competence and on which they "
                          + "require expert advice. The International Organization for Migration, on its part, "
                          + "agrees to take such action as may be necessary to facilitate such consultation."),
                  paragraph(
                      5,
                      "The United Nations and the International Organization for Migration, within their "
                          + "respective competencies and in accordance with the provisions of their respective "
                          + "constituent instruments, shall cooperate by providing each other, upon request, with "
                          + "such information and assistance as either organization may require in the exercise of "
                          + "its responsibilities."),
                  paragraph(
                      6,
                      "The United Nations and the International Organization for Migration recognize the "
                          + "desirability of cooperation in the statistical field within the framework of their "
                          + "respective mandates."),
                  paragraph(
                      7,
                      "The United Nations and the International Organization for Migration recognize the "
                          + "necessity of achieving, where applicable, effective coordination of the activities and "
                          + "services of the United Nations and the International Organization for Migration with a "
                          + "view to avoiding duplication of their activities and services.")),
              article(
                  4,
                  "Reports to the United Nations",
                  paragraph(
                      "The International Organization for Migration may, if it decides it to be appropriate, "
                          + "submit reports on its activities to the General Assembly through the "
                          + "Secretary-General.")),
              article(
                  5,
                  "Reciprocal representation",
                  paragraph(
                      1,
                      "The Secretary-General of the United Nations shall be entitled to attend and to "
                          + "participate in relation to matters of common interest, without vote and in accordance "
                          + "with the relevant rules of procedure, in sessions of the Council of the International "
                          + "Organization for Migration. The Secretary-General shall also be invited, as "
                          + "appropriate, to attend and participate without vote in such other meetings as the "
                          + "International Organization for Migration may convene at which matters of interest to "
                          + "the United Nations are under consideration. The Secretary-General may, for the "
                          + "purposes of this paragraph, designate any person as his or her representative."),
                  paragraph(
                      2,
                      "The Director General of the International Organization for Migration shall be entitled "
                          + "to attend plenary meetings of the General Assembly of the United Nations for the "
                          + "purposes of consultations. The Director General shall be entitled to attend and "
                          + "participate without vote in meetings of the Committees of the General Assembly and "
                          + "meetings of the Economic and Social Council, and, as appropriate and in accordance "
                          + "with the relevant rules of procedure, meetings of subsidiary organs of the Assembly "
                          + "and the Council. The Director General may, at the invitation of the Security Council, "
                          + "attend its meetings to supply it with information or give it other assistance with "
                          + "regard to matters within the competence of the International Organization for "
                          + "Migration. The Director General may, for the purposes of this paragraph, designate any "
                          + "person as his or her representative."),
                  paragraph(
                      3,
                      "Written statements presented by the United Nations to the International Organization "
                          + "for Migration for distribution shall be distributed by the Administration of the "
                          + "International Organization for Migration to all members of the appropriate organ or "
                          + "organs of the International Organization for Migration. Written statements presented "
                          + "by the International Organization for Migration to the United Nations for distribution "
                          + "shall be distributed by the Secretariat of the United Nations to all members of the "
                          + "appropriate organ or organs of the United Nations.")),
              article(
                  6,
                  "Proposal of agenda items",
                  paragraph(
                      1,
                      "The Secretary-General of the United Nations may propose agenda items for consideration "
                          + "by the International Organization for Migration. In such cases, the United Nations "
                          + "shall notify the Director General of the agenda item or items concerned, and the "
                          + "Director General shall, in accordance with his or her authority and the relevant rules "
                          + "of procedure, bring any such agenda item or items to the attention of the appropriate "
                          + "governing body of the International Organization for Migration."),
                  paragraph(
                      2,
                      "The Director General of the International Organization for Migration may propose "
                          + "agenda items for consideration by the United Nations. In such cases, the International "
                          + "Organization for Migration shall notify the Secretary-General of the agenda item or "
                          + "items concerned, and the Secretary-General shall, in accordance with his or her "
                          + "authority and the relevant rules of procedure, bring any such item or items to the "
                          + "attention of the relevant principal organ of the United Nations or such other organ or "
                          + "organs of the United Nations as may be appropriate.")),
              article(
                  7,
                  "Exchange of information and documents",
                  paragraph(
                      1,
                      "The United Nations and the International Organization for Migration shall arrange for "
                          + "the exchange of information, publications and documents of mutual interest."),
                  paragraph(
                      2,
                      "The International Organization for Migration shall, to the extent practicable, furnish "
                          + "the United Nations, upon its request, with special studies or information relating to "
                          + "matters within the competence of the United Nations."),
                  paragraph(
                      3,
                      "The United Nations shall likewise, to the extent practicable, furnish the "
                          + "International Organization for Migration, upon its request, with special studies or "
                          + "information relating to matters within the competence of the International "
                          + "Organization for Migration."),
                  paragraph(
                      4,
                      "The United Nations and the International Organization for Migration shall make every "
                          + "effort to achieve maximum cooperation with a view to avoiding duplication in the "
                          + "collection, analysis, publication and dissemination of information related to matters "
                          + "of mutual interest. They shall strive, where appropriate, to combine their efforts to "
                          + "secure the greatest possible usefulness and utilization of such information.")),
              article(
                  8,
                  "Administrative cooperation",
                  paragraph(
                      "The United Nations and the International Organization for Migration shall consult, "
                          + "whenever required, concerning the most efficient use of facilities, staff and services "
                          + "with a view to avoiding the establishment and operation of overlapping facilities and "
                          + "services. They shall also consult to explore the possibility of establishing common "
                          + "facilities or services in specific areas, with due regard to cost savings.")),
              article(
                  9,
                  "Cooperation between the secretariats",
                  paragraph(
                      "The Secretariat of the United Nations and the Administration of the International "
                          + "Organization for Migration shall maintain a close working relationship in accordance "
                          + "with such arrangements as may be agreed upon from time to time between the "
                          + "Secretary-General of the United Nations and the Director General of the International "
                          + "Organization for Migration. Similar close working relationships between the "
                          + "secretariats of the other organizations within the United Nations system shall also be "
                          + "maintained in accordance with arrangements between the International Organization for "
                          + "Migration and the organizations concerned.")),
              article(
                  10,
                  "Personnel arrangements",
                  paragraph(
                      "The United Nations and the International Organization for Migration agree to consult "
                          + "whenever necessary concerning matters of common interest relating to the terms and "
                          + "conditions of employment of staff as well as to cooperate regarding the exchange of "
                          + "personnel based on conditions contained in supplementary arrangements concluded "
                          + "pursuant to Article 14 of this Agreement.")),
              article(
                  11,
                  "United Nations laissez-passer",
                  paragraph(
                      "Members of the staff of the International Organization for Migration shall be "
                          + "entitled, in accordance with such administrative arrangements as may be concluded "
                          + "between the Secretary-General of the United Nations and the Director General of the "
                          + "International Organization for Migration, to use the laissez-passer of the United "
                          + "Nations as a valid travel document where such use is recognized by States in "
                          + "agreements defining the privileges and immunities of the International Organization "
                          + "for Migration.")),
              article(
                  12,
                  "Expenses",
                  paragraph(
                      "Expenses resulting from any cooperation or provision of services pursuant to this "
                          + "Agreement shall be subject to separate arrangements between the United Nations and the "
                          + "International Organization for Migration.")),
              article(
                  13,
                  "Protection of confidentiality",
                  paragraph(
                      1,
                      "Nothing in this Agreement shall be so construed as to require either the United "
                          + "Nations or the International Organization for Migration to furnish any material, data "
                          + "and information the disclosure of which could, in its judgement, violate its "
                          + "obligation under its constituent instrument or policies on confidentiality to protect "
                          + "such material, data and information."),
                  paragraph(
                      2,
                      "In case confidential material, data or information is provided, the United Nations and "
                          + "the International Organization for Migration shall ensure the appropriate protection "
                          + "of such material, data and information, in accordance with their constituent "
                          + "instruments and policies on confidentiality or in accordance with such supplementary "
                          + "arrangements as may be concluded between them for this purpose in accordance with "
                          + "Article 14 of this Agreement.")),
              article(
                  14,
                  "Supplementary arrangements for the implementation of the present Agreement",
                  paragraph(
                      "The Secretary-General of the United Nations and the Director General of the "
                          + "International Organization for Migration may, for the purpose of implementing the "
                          + "present Agreement, make such supplementary arrangements as may be found appropriate.")),
              article(
                  15,
                  "Amendments",
                  paragraph(
                      "The present Agreement may be amended by agreement between the United Nations and the "
                          + "International Organization for Migration. Any such amendment shall be approved by the "
                          + "General Assembly of the United Nations and by the Council of the International "
                          + "Organization for Migration. The United Nations and the International Organization for "
                          + "Migration shall notify each other in writing of the date of such approval, and the "
                          + "Agreement shall enter into force on the date of the later of the said approvals.")),
              article(
                  16,
                  "Entry into force",
                  paragraph(
                      1,
                      "The present Agreement shall be approved by the General Assembly of the United Nations "
                          + "and by the Council of the International Organization for Migration. The United Nations "
                          + "and the International Organization for Migration shall notify each other in writing of "
                          + "the date of such approval. The Agreement shall thereafter enter into force upon "
                          + "signature."),
                  paragraph(
                      2,
                      "Upon its entry into force, this Agreement supersedes and replaces the Cooperation "
                          + "Agreement between the United Nations and the International Organization for Migration "
                          + "of 25 June 1996.")))
          .finalClauses(
              FinalClauses.builder()
                  .testimonium(
                      "In witness thereof, the undersigned have signed the present Agreement.")
                  .signingClause(
                      "Signed this xxth day of xx 2016 at xxx in two originals in the English language.")
                  .languages(Language.ENGLISH)
                  .signatures(
                      SignatureLine.builder()
                          .party(Actors.UNITED_NATIONS)
                          .caption("For the United Nations:")
                          .signatory("Ban Ki-Moon")
                          .title("Secretary-General")
                          .office(Actors.SECRETARY_GENERAL)
                          .build(),
                      SignatureLine.builder()
                          .party(Actors.IOM)
                          .caption("For the International Organization for Migration:")
                          .signatory("William Lacy Swing")
                          .title("Director General")
                          .office(Actors.DIRECTOR_GENERAL)
                          .build())
                  .build())
          .build();

  private static Recital recital(String openingPhrase, String text) {
    return Recital.builder().openingPhrase(openingPhrase).text(text).build();
  }

  private static Article article(int number, String heading, Paragraph... paragraphs) {
    return Article.builder().number(number).heading(heading).paragraphs(paragraphs).build();
  }

  private static Paragraph paragraph(int number, String text) {
    return Paragraph.builder().number(number).text(text).build();
  }

  private static Paragraph paragraph(String text) {
    return Paragraph.builder().text(text).build();
  }
}
