package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;

/**
 * Regular procedures between the Alpha and the Beta Organization under each entry-into-force rule:
 * every event the rule expects, in the order it expects, on distinct days from 1995 to 2015, so
 * that each enters into force and none has an irregularity. Which organ approves first varies.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Procedures {
  private Procedures() {}

  /** When the events of a generated procedure happen. */
  private record Timing(LocalDate first, int gap, int pause, boolean alphaFirst) {
    LocalDate second() {
      return first.plusDays(gap);
    }

    LocalDate after() {
      return second().plusDays(pause + 1L);
    }

    ActorId firstOrgan() {
      return alphaFirst ? ALPHA_ASSEMBLY : BETA_COUNCIL;
    }

    ActorId secondOrgan() {
      return alphaFirst ? BETA_COUNCIL : ALPHA_ASSEMBLY;
    }
  }

  private static Gen<Timing> timings() {
    return integers()
        .between(0, 7000)
        .zip(
            integers().between(2, 60),
            integers().between(2, 30),
            booleans().all(),
            (start, gap, pause, alphaFirst) ->
                new Timing(Drafting.EPOCH.plusDays(start), gap, pause, alphaFirst));
  }

  /**
   * Article 16 of the 2016 Agreement in form: both approvals, each notified in writing the next
   * day, then signature.
   */
  public static Gen<Procedure> approvalsThenSignature() {
    return timings()
        .map(
            timing ->
                approvedAndNotified(
                    ApprovalsThenSignature.of(ALPHA_ASSEMBLY, BETA_COUNCIL),
                    timing,
                    Optional.of(timing.after())))
        .describedAs(Procedures::describe);
  }

  /** Article 15 of the 2016 Agreement: in force on the later of two approvals, each notified. */
  public static Gen<Procedure> laterOfApprovals() {
    return timings()
        .map(
            timing ->
                approvedAndNotified(
                    LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL), timing, Optional.empty()))
        .describedAs(Procedures::describe);
  }

  /** Signed, then in force on the approval by the Assembly of the Alpha Organization. */
  public static Gen<Procedure> signatureThenApproval() {
    return timings()
        .map(
            timing ->
                Procedure.builder()
                    .instrument(Drafting.agreementId(timing.first()))
                    .parties(ALPHA, BETA)
                    .rule(SignatureThenApproval.of(ALPHA_ASSEMBLY))
                    .events(signature(timing.first()), Approval.of(ALPHA_ASSEMBLY, timing.second()))
                    .build())
        .describedAs(Procedures::describe);
  }

  /** In force upon signature, with no approval required. */
  public static Gen<Procedure> uponSignature() {
    return timings()
        .map(
            timing ->
                Procedure.builder()
                    .instrument(Drafting.agreementId(timing.first()))
                    .parties(ALPHA, BETA)
                    .rule(ApprovalsThenSignature.uponSignature())
                    .events(signature(timing.first()))
                    .build())
        .describedAs(Procedures::describe);
  }

  /** A procedure under any of the rules above. */
  public static Gen<Procedure> any() {
    return Generate.oneOf(
        approvalsThenSignature(), laterOfApprovals(), signatureThenApproval(), uponSignature());
  }

  private static Signature signature(LocalDate date) {
    return Signature.builder()
        .date(date)
        .signatories(Drafting.signatory(true), Drafting.signatory(false))
        .build();
  }

  private static Procedure approvedAndNotified(
      EntryIntoForceRule rule, Timing timing, Optional<LocalDate> signed) {
    List<ProcedureEvent> events = new ArrayList<>();
    approvedAndNotified(events, timing.firstOrgan(), timing.first());
    approvedAndNotified(events, timing.secondOrgan(), timing.second());
    signed.ifPresent(date -> events.add(signature(date)));
    return Procedure.builder()
        .instrument(Drafting.agreementId(signed.orElse(timing.second())))
        .parties(ALPHA, BETA)
        .rule(rule)
        .events(events)
        .build();
  }

  private static void approvedAndNotified(
      List<ProcedureEvent> events, ActorId organ, LocalDate date) {
    ActorId party = organ.organization();
    events.add(Approval.of(organ, date));
    events.add(Notification.of(party, party.equals(ALPHA) ? BETA : ALPHA, organ, date.plusDays(1)));
  }

  private static String describe(Procedure procedure) {
    return procedure.instrument()
        + ": "
        + Sentences.rule(procedure.rule(), actor -> actor.value())
        + ", events "
        + procedure.events();
  }
}
