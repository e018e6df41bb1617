package org.treatymodel.agreement;

import static org.treatymodel.agreement.actor.Actors.DIRECTOR_GENERAL;
import static org.treatymodel.agreement.actor.Actors.IOM;
import static org.treatymodel.agreement.actor.Actors.SECRETARY_GENERAL;
import static org.treatymodel.agreement.actor.Actors.UNITED_NATIONS;

import com.google.common.collect.ImmutableList;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.text.ProvisionId;

/** The arrangements the 2016 Agreement calls for. None is known to have been concluded. */
final class UnIom2016Arrangements {
  private UnIom2016Arrangements() {}

  static final ImmutableList<AnticipatedArrangement> ARRANGEMENTS =
      ImmutableList.of(
          arrangement(
              9,
              ArrangementKind.WORKING,
              "in accordance with such arrangements as may be agreed upon from time to time between the"
                  + " Secretary-General of the United Nations and the Director General of the International"
                  + " Organization for Migration",
              SECRETARY_GENERAL,
              DIRECTOR_GENERAL),
          arrangement(
              10,
              ArrangementKind.SUPPLEMENTARY,
              "based on conditions contained in supplementary arrangements concluded pursuant to Article 14"
                  + " of this Agreement",
              SECRETARY_GENERAL,
              DIRECTOR_GENERAL),
          arrangement(
              11,
              ArrangementKind.ADMINISTRATIVE,
              "in accordance with such administrative arrangements as may be concluded between the"
                  + " Secretary-General of the United Nations and the Director General of the International"
                  + " Organization for Migration",
              SECRETARY_GENERAL,
              DIRECTOR_GENERAL),
          arrangement(
              12,
              ArrangementKind.SEPARATE,
              "shall be subject to separate arrangements between the United Nations and the International"
                  + " Organization for Migration",
              UNITED_NATIONS,
              IOM),
          AnticipatedArrangement.builder()
              .provision(ProvisionId.article(13).paragraph(2))
              .kind(ArrangementKind.SUPPLEMENTARY)
              .words(
                  "in accordance with such supplementary arrangements as may be concluded between them for"
                      + " this purpose in accordance with Article 14 of this Agreement")
              .concludedBy(UNITED_NATIONS, IOM)
              .build(),
          arrangement(
              14,
              ArrangementKind.SUPPLEMENTARY,
              "make such supplementary arrangements as may be found appropriate",
              SECRETARY_GENERAL,
              DIRECTOR_GENERAL));

  /** An arrangement called for by the single paragraph of Article {@code article}. */
  private static AnticipatedArrangement arrangement(
      int article, ArrangementKind kind, String words, ActorId... concludedBy) {
    return AnticipatedArrangement.builder()
        .provision(ProvisionId.article(article).paragraph(1))
        .kind(kind)
        .words(words)
        .concludedBy(concludedBy)
        .build();
  }
}
