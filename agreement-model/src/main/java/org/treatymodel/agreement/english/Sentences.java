package org.treatymodel.agreement.english;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.location.Location.AtActor;
import org.treatymodel.agreement.location.Location.AtEvent;
import org.treatymodel.agreement.location.Location.AtInstrument;
import org.treatymodel.agreement.location.Location.AtNorm;
import org.treatymodel.agreement.location.Location.AtProvision;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The sentences the library writes for people about places and events of a dossier: "Article 5(1)",
 * "the approval by the IOM Council of 30 June 2016 (the 2016 Agreement)". Actors and instruments
 * are named through a {@link Catalogue}, provisions cited through the text.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Sentences {
  private Sentences() {}

  /**
   * {@code location} for people: a provision by its citation ("Article 5(1)"), a norm with its
   * provision, an event with its date and instrument, an instrument by its title, an actor by its
   * name. A provision the text does not hold is shown by its eId.
   */
  public static String location(Location location, AgreementText text, Catalogue catalogue) {
    checkNotNull(location, "location");
    checkNotNull(text, "text");
    checkNotNull(catalogue, "catalogue");
    if (location instanceof AtProvision at) {
      return citation(at.provision(), text);
    }
    if (location instanceof AtNorm at) {
      return "norm " + at.norm() + " (" + citation(at.norm().provision(), text) + ")";
    }
    if (location instanceof AtEvent at) {
      return event(at.event(), catalogue) + " (" + catalogue.titleOf(at.instrument()) + ")";
    }
    if (location instanceof AtInstrument at) {
      return catalogue.titleOf(at.instrument());
    }
    return catalogue.nameOf(((AtActor) location).actor());
  }

  /**
   * {@code event} for people, with its date: "the approval by the IOM Council of 30 June 2016",
   * "the notification by the United Nations of the approval by the General Assembly, of unknown
   * date", "the signature of 19 September 2016".
   */
  public static String event(ProcedureEvent event, ActorNames names) {
    checkNotNull(event, "event");
    checkNotNull(names, "names");
    String when = event.when().map(Dates::forPeople).map(date -> " of " + date).orElse("");
    return event.match(
        approval -> "the approval by " + names.nameOf(approval.organ()) + when,
        notification ->
            "the notification by "
                + names.nameOf(notification.sender())
                + " of the approval by "
                + names.nameOf(notification.reports())
                + (notification.date().isPresent() ? when : ", of unknown date"),
        signature -> "the signature" + when);
  }

  /**
   * {@code rule} in one sentence, naming actors through {@code names}: "approved by the General
   * Assembly and the IOM Council, each approval notified in writing to the other party, then in
   * force upon signature".
   */
  public static String rule(EntryIntoForceRule rule, ActorNames names) {
    checkNotNull(rule, "rule");
    checkNotNull(names, "names");
    String notified = ", each approval notified in writing to the other party";
    return rule.match(
        then ->
            then.requiredApprovers().isEmpty()
                ? "in force upon signature"
                : "approved by "
                    + Prose.and(then.requiredApprovers().stream().map(names::nameOf).toList())
                    + (then.notificationsRequired() ? notified + "," : "")
                    + " then in force upon signature",
        later ->
            "in force on the date of the later of the approvals by "
                + Prose.and(later.requiredApprovers().stream().map(names::nameOf).toList())
                + (later.notificationsRequired() ? notified : ""),
        signedFirst ->
            "signed, then in force on the date of the approval by "
                + names.nameOf(signedFirst.approver()));
  }

  /**
   * What happened and what the rule expected, in one sentence naming actors through {@code names}:
   * "signed on 1 July 2016, before the approval by the General Assembly of 25 July 2016; entry into
   * force waits for that approval".
   */
  public static String irregularity(Irregularity irregularity, ActorNames names) {
    checkNotNull(irregularity, "irregularity");
    checkNotNull(names, "names");
    // Exhaustive over the kinds: a new kind of irregularity does not compile until it has its
    // sentence. Each kind is exactly one record, so each cast is that of the record of its kind.
    return switch (irregularity.kind()) {
      case SIGNATURE_BEFORE_APPROVAL ->
          signatureBeforeApproval((Irregularity.SignatureBeforeApproval) irregularity, names);
      case APPROVAL_BEFORE_SIGNATURE ->
          approvalBeforeSignature((Irregularity.ApprovalBeforeSignature) irregularity, names);
      case SIGNATURE_INCOMPLETE ->
          signatureIncomplete((Irregularity.SignatureIncomplete) irregularity, names);
      case NOTIFICATION_MISSING ->
          notificationMissing((Irregularity.NotificationMissing) irregularity, names);
      case NOTIFICATION_DATE_UNKNOWN ->
          notificationDateUnknown((Irregularity.NotificationDateUnknown) irregularity, names);
      case NOTIFICATION_BEFORE_APPROVAL ->
          notificationBeforeApproval((Irregularity.NotificationBeforeApproval) irregularity, names);
      case NOTIFICATION_AFTER_SIGNATURE ->
          notificationAfterSignature((Irregularity.NotificationAfterSignature) irregularity, names);
    };
  }

  private static String signatureBeforeApproval(
      Irregularity.SignatureBeforeApproval it, ActorNames names) {
    return "signed on "
        + Dates.forPeople(it.signature().date())
        + ", before the approval by "
        + names.nameOf(it.approval().organ())
        + " of "
        + Dates.forPeople(it.approval().date())
        + "; entry into force waits for that approval";
  }

  private static String approvalBeforeSignature(
      Irregularity.ApprovalBeforeSignature it, ActorNames names) {
    return "approved by "
        + names.nameOf(it.approval().organ())
        + " on "
        + Dates.forPeople(it.approval().date())
        + ", before the signature of "
        + Dates.forPeople(it.signature().date())
        + "; in force upon signature";
  }

  private static String signatureIncomplete(Irregularity.SignatureIncomplete it, ActorNames names) {
    return "the signature of "
        + Dates.forPeople(it.signature().date())
        + " has no signatory for "
        + names.nameOf(it.party())
        + "; it does not bind every party, so it is not a signature of the agreement, which"
        + " does not enter into force by it";
  }

  private static String notificationMissing(Irregularity.NotificationMissing it, ActorNames names) {
    return "no written notification of the approval by "
        + names.nameOf(it.approval().organ())
        + " of "
        + Dates.forPeople(it.approval().date())
        + " is recorded";
  }

  private static String notificationDateUnknown(
      Irregularity.NotificationDateUnknown it, ActorNames names) {
    return "the date of the notification by "
        + names.nameOf(it.notification().sender())
        + " of the approval by "
        + names.nameOf(it.approval().organ())
        + " is not known; it is presumed to have been made in time, and the status is"
        + " unaffected";
  }

  private static String notificationBeforeApproval(
      Irregularity.NotificationBeforeApproval it, ActorNames names) {
    return "the notification by "
        + names.nameOf(it.notification().sender())
        + " of "
        + Dates.forPeople(it.date())
        + " reports the approval by "
        + names.nameOf(it.approval().organ())
        + " of "
        + Dates.forPeople(it.approval().date())
        + ", which had not yet been given";
  }

  private static String notificationAfterSignature(
      Irregularity.NotificationAfterSignature it, ActorNames names) {
    return "the notification by "
        + names.nameOf(it.notification().sender())
        + " of "
        + Dates.forPeople(it.date())
        + " of the approval by "
        + names.nameOf(it.approval().organ())
        + " comes after the signature of "
        + Dates.forPeople(it.signature().date())
        + ", which it should precede";
  }

  private static String citation(ProvisionId provision, AgreementText text) {
    return text.findProvision(provision).isPresent()
        ? text.citation(provision)
        : provision.toString();
  }
}
