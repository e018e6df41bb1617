package org.treatymodel.agreement;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * What source 004 reports of the Cooperation Agreement of 25 June 1996, in its own words, with the
 * 2016 provisions each statement is compared with. The 1996 text is not in the sources: these are
 * reported statements, never its text.
 */
final class UnIom2016Reported {
  private UnIom2016Reported() {}

  private static final String PROVENANCE = "source 004, \"Details of the Agreement\"";

  static final ImmutableList<ReportedStatement> STATEMENTS =
      ImmutableList.of(
          statement("participation in each other's meetings")
              .words(
                  "The previous 1996 agreement between the UN and IOM did not grant entitlements to"
                      + " participate in meetings at the other organization")
              .comparedWith(
                  ProvisionId.article(5).paragraph(1), ProvisionId.article(5).paragraph(2))
              .build(),
          statement("information beyond the public domain")
              .words("only addressed the sharing of information already in the public domain")
              .comparedWith(
                  ProvisionId.article(7).paragraph(1),
                  ProvisionId.article(7).paragraph(2),
                  ProvisionId.article(7).paragraph(3))
              .build(),
          statement("participation in each other's meetings")
              .words(
                  "Under the old agreement, the two bodies were only required to invite the other to"
                      + " their meetings at which “intergovernmental organizations have been invited to"
                      + " attend as observers.”")
              .quoted("intergovernmental organizations have been invited to attend as observers")
              .quotedFrom(Instruments.COOPERATION_AGREEMENT_1996)
              .citedArticle(2)
              .comparedWith(
                  ProvisionId.article(5).paragraph(1), ProvisionId.article(5).paragraph(2))
              .build(),
          statement("special studies")
              .words(
                  "while the previous document acknowledged that the two bodies could share specialized"
                      + " studies, it did not state that each body “shall, to the extent practicable,"
                      + " furnish” the other with the information requested as the new agreement does.")
              .quoted("shall, to the extent practicable, furnish")
              .quotedFrom(Instruments.RELATIONSHIP_AGREEMENT_2016)
              .citedArticle(3)
              .comparedWith(
                  ProvisionId.article(7).paragraph(2), ProvisionId.article(7).paragraph(3))
              .build());

  private static ReportedStatement.Builder statement(String topic) {
    return ReportedStatement.builder()
        .about(Instruments.COOPERATION_AGREEMENT_1996)
        .topic(topic)
        .cites(Instruments.ECOSOC_DOCUMENT_E_1996_90)
        .provenance(PROVENANCE);
  }
}
