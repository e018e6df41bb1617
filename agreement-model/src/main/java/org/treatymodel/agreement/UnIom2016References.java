package org.treatymodel.agreement;

import static org.treatymodel.agreement.instrument.Instruments.CHARTER_OF_THE_UNITED_NATIONS;
import static org.treatymodel.agreement.instrument.Instruments.CONSTITUTION_OF_IOM;
import static org.treatymodel.agreement.instrument.Instruments.COOPERATION_AGREEMENT_1996;
import static org.treatymodel.agreement.instrument.Instruments.GA_RESOLUTION_47_4;
import static org.treatymodel.agreement.instrument.Instruments.GA_RESOLUTION_51_148;
import static org.treatymodel.agreement.instrument.Instruments.GA_RESOLUTION_70_263;
import static org.treatymodel.agreement.instrument.Instruments.IOM_COUNCIL_RESOLUTION_1309;
import static org.treatymodel.agreement.instrument.Instruments.MEMORANDUM_OF_UNDERSTANDING_2013;
import static org.treatymodel.agreement.reference.CrossReference.toInstrument;
import static org.treatymodel.agreement.reference.CrossReference.toProvision;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The cross-references of the 2016 Agreement, in document order, each with the words that make it.
 */
final class UnIom2016References {
  private UnIom2016References() {}

  private static final String COOPERATION_AGREEMENT =
      "the Cooperation Agreement between the United Nations and the International Organization for"
          + " Migration of 25 June 1996";

  static final ImmutableList<CrossReference> REFERENCES =
      ImmutableList.of(
          toInstrument(
              ProvisionId.recital(1),
              CHARTER_OF_THE_UNITED_NATIONS,
              "the Charter of the United Nations"),
          toInstrument(
              ProvisionId.recital(1),
              CONSTITUTION_OF_IOM,
              "the Constitution of the International Organization for Migration"),
          toInstrument(
              ProvisionId.recital(3),
              GA_RESOLUTION_47_4,
              "General Assembly resolution 47/4 of 16 October 1992"),
          toInstrument(ProvisionId.recital(4), COOPERATION_AGREEMENT_1996, COOPERATION_AGREEMENT),
          toInstrument(
              ProvisionId.recital(5),
              GA_RESOLUTION_51_148,
              "General Assembly resolution 51/148 of 13 December 1996"),
          toInstrument(
              ProvisionId.recital(6),
              MEMORANDUM_OF_UNDERSTANDING_2013,
              "the Memorandum of Understanding between the United Nations and the International"
                  + " Organization for Migration regarding a Global Safety and Security Management"
                  + " Partnership of 25 June 2013"),
          toInstrument(
              ProvisionId.recital(8),
              IOM_COUNCIL_RESOLUTION_1309,
              "the International Organization for Migration Council Resolution No. 1309 of 24 November"
                  + " 2015"),
          toInstrument(
              ProvisionId.recital(9),
              GA_RESOLUTION_70_263,
              "General Assembly resolution 70/263 of 27 April 2016"),
          toInstrument(
              ProvisionId.article(2).paragraph(1),
              IOM_COUNCIL_RESOLUTION_1309,
              "as per the International Organization for Migration Council Resolution No. 1309"),
          toInstrument(
              ProvisionId.article(2).paragraph(3),
              CONSTITUTION_OF_IOM,
              "by virtue of its Constitution"),
          toInstrument(
              ProvisionId.article(2).paragraph(3),
              IOM_COUNCIL_RESOLUTION_1309,
              "as per its Council Resolution No. 1309"),
          toInstrument(
              ProvisionId.article(2).paragraph(4),
              CHARTER_OF_THE_UNITED_NATIONS,
              "the responsibilities of the United Nations under its Charter"),
          toInstrument(
              ProvisionId.article(2).paragraph(5),
              CHARTER_OF_THE_UNITED_NATIONS,
              "the Purposes and Principles of the Charter of the United Nations"),
          toProvision(
              ProvisionId.article(10).paragraph(1),
              ProvisionId.article(14),
              "supplementary arrangements concluded pursuant to Article 14 of this Agreement"),
          toProvision(
              ProvisionId.article(13).paragraph(2),
              ProvisionId.article(14),
              "in accordance with Article 14 of this Agreement"),
          toInstrument(
              ProvisionId.article(16).paragraph(2),
              COOPERATION_AGREEMENT_1996,
              COOPERATION_AGREEMENT));
}
