package org.treatymodel.agreement;

import java.time.LocalDate;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.instrument.Instruments;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;

/**
 * The procedures of the two UN–IOM agreements, each event recorded here once: the Cooperation
 * Agreement of 25 June 1996 and the 2016 Agreement (Article 16), and the rule of Article 15 for
 * amendments.
 */
final class UnIom2016Procedures {
  private UnIom2016Procedures() {}

  /**
   * The Cooperation Agreement of 25 June 1996, signed at Geneva. Its text, and so its clause on
   * entry into force, is not in the sources; source 000 says the Organizations "concluded" it on 25
   * June 1996, and the model takes it to be in force upon that signature.
   */
  static final Procedure COOPERATION_AGREEMENT_1996 =
      Procedure.builder()
          .instrument(Instruments.COOPERATION_AGREEMENT_1996)
          .parties(Actors.UNITED_NATIONS, Actors.IOM)
          .rule(ApprovalsThenSignature.uponSignature())
          .events(
              Signature.builder()
                  .date(LocalDate.of(1996, 6, 25))
                  .place("Geneva")
                  .signatories(
                      Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
                  .provenance("source 000, annex I, paragraph 3; signed at Geneva (FACTS.md)")
                  .build())
          .build();

  /**
   * The 2016 Agreement (Article 16): approved by the IOM Council on 30 June 2016 (resolution No.
   * 1317) and by the General Assembly on 25 July 2016 (A/RES/70/296); the written notifications of
   * both approvals were made on dates that are not public; signed in New York on 19 September 2016
   * by Secretary-General Ban Ki-moon and Director General William Lacy Swing; it supersedes the
   * 1996 Cooperation Agreement.
   */
  static final Procedure RELATIONSHIP_AGREEMENT_2016 =
      Procedure.builder()
          .instrument(Instruments.RELATIONSHIP_AGREEMENT_2016)
          .parties(Actors.UNITED_NATIONS, Actors.IOM)
          .rule(ApprovalsThenSignature.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL))
          .supersedes(Instruments.COOPERATION_AGREEMENT_1996)
          .events(
              Approval.builder()
                  .organ(Actors.IOM_COUNCIL)
                  .date(LocalDate.of(2016, 6, 30))
                  .record(Instruments.IOM_COUNCIL_RESOLUTION_1317)
                  .details("at its first special session")
                  .provenance("FACTS.md; source 001, draft resolution, second preambular paragraph")
                  .build(),
              Approval.builder()
                  .organ(Actors.GENERAL_ASSEMBLY)
                  .date(LocalDate.of(2016, 7, 25))
                  .record(Instruments.GA_RESOLUTION_70_296)
                  .details(
                      "unanimously, directly in plenary without reference to a Main Committee, at"
                          + " the 112th plenary meeting of its seventieth session")
                  .provenance("FACTS.md")
                  .build(),
              Notification.builder()
                  .sender(Actors.IOM)
                  .recipient(Actors.UNITED_NATIONS)
                  .reports(Actors.IOM_COUNCIL)
                  .provenance("FACTS.md: the dates of the notifications are not public")
                  .build(),
              Notification.builder()
                  .sender(Actors.UNITED_NATIONS)
                  .recipient(Actors.IOM)
                  .reports(Actors.GENERAL_ASSEMBLY)
                  .provenance("FACTS.md: the dates of the notifications are not public")
                  .build(),
              Signature.builder()
                  .date(LocalDate.of(2016, 9, 19))
                  .place("New York")
                  .signatories(
                      Signatory.of(Actors.UNITED_NATIONS, "Ban Ki-moon", Actors.SECRETARY_GENERAL),
                      Signatory.of(Actors.IOM, "William Lacy Swing", Actors.DIRECTOR_GENERAL))
                  .details(
                      "at the high-level plenary meeting of the General Assembly on addressing large"
                          + " movements of refugees and migrants")
                  .provenance("FACTS.md; source 001 (the planned date)")
                  .build())
          .build();

  /**
   * The rule of Article 15 for amendments: approval by the General Assembly and the IOM Council,
   * notified in writing, in force on the date of the later approval.
   */
  static final LaterOfApprovals AMENDMENT_RULE =
      LaterOfApprovals.of(Actors.GENERAL_ASSEMBLY, Actors.IOM_COUNCIL);
}
