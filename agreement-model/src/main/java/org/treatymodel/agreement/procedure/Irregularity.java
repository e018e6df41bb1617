package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.internal.Dates;

/**
 * Something in a procedure's events that departs from the order its rule expects, found on {@link
 * #date()} (for a notification of unknown date: the date of the approval it reports). It carries
 * its facts as typed fields (the {@link #kind()}, the {@link #organ()} whose approval is concerned,
 * the {@link #approval()}, {@link #notification()} or {@link #signature()} concerned, the {@link
 * #party()} that did not sign) and renders its sentence from them, naming actors for people ({@link
 * #describe(ActorNames)}). Whether it changes the date of entry into force is for the rule to say,
 * in its Javadoc. Instances are immutable.
 */
@Value.Immutable
public abstract class Irregularity {
  /**
   * Oldest first; on one date, by kind, then by the organ, party and sender concerned, so that the
   * order never depends on the order in which events were recorded.
   */
  static final Comparator<Irregularity> ORDER =
      Comparator.comparing(Irregularity::date)
          .thenComparing(Irregularity::kind)
          .thenComparing(irregularity -> irregularity.organ().map(ActorId::value).orElse(""))
          .thenComparing(irregularity -> irregularity.party().map(ActorId::value).orElse(""))
          .thenComparing(
              irregularity ->
                  irregularity.notification().map(each -> each.sender().value()).orElse(""));

  Irregularity() {}

  /** The approval by {@code approval.organ()} comes after the {@code signature}. */
  static Irregularity signatureBeforeApproval(Signature signature, Approval approval) {
    return ImmutableIrregularity.builder()
        .kind(IrregularityKind.SIGNATURE_BEFORE_APPROVAL)
        .date(signature.date())
        .organ(Optional.of(approval.organ()))
        .approval(Optional.of(approval))
        .signature(Optional.of(signature))
        .build();
  }

  /** The {@code approval} came before the {@code signature} it should follow. */
  static Irregularity approvalBeforeSignature(Approval approval, Signature signature) {
    return ImmutableIrregularity.builder()
        .kind(IrregularityKind.APPROVAL_BEFORE_SIGNATURE)
        .date(approval.date())
        .organ(Optional.of(approval.organ()))
        .approval(Optional.of(approval))
        .signature(Optional.of(signature))
        .build();
  }

  /** No one signed {@code signature} for {@code party}. */
  static Irregularity signatureIncomplete(Signature signature, ActorId party) {
    return ImmutableIrregularity.builder()
        .kind(IrregularityKind.SIGNATURE_INCOMPLETE)
        .date(signature.date())
        .party(Optional.of(party))
        .signature(Optional.of(signature))
        .build();
  }

  /** The {@code approval} is not notified. */
  static Irregularity notificationMissing(Approval approval) {
    return ImmutableIrregularity.builder()
        .kind(IrregularityKind.NOTIFICATION_MISSING)
        .date(approval.date())
        .organ(Optional.of(approval.organ()))
        .approval(Optional.of(approval))
        .build();
  }

  /** The {@code notification} of {@code approval} is of unknown date. */
  static Irregularity notificationDateUnknown(Approval approval, Notification notification) {
    return notificationIrregularity(
        IrregularityKind.NOTIFICATION_DATE_UNKNOWN, approval.date(), approval, notification);
  }

  /** The {@code notification} is dated before the {@code approval} it reports. */
  static Irregularity notificationBeforeApproval(Approval approval, Notification notification) {
    return notificationIrregularity(
        IrregularityKind.NOTIFICATION_BEFORE_APPROVAL,
        notification.date().orElseThrow(),
        approval,
        notification);
  }

  /** The {@code notification} of {@code approval} is dated after the {@code signature}. */
  static Irregularity notificationAfterSignature(
      Approval approval, Notification notification, Signature signature) {
    return ImmutableIrregularity.builder()
        .from(
            notificationIrregularity(
                IrregularityKind.NOTIFICATION_AFTER_SIGNATURE,
                notification.date().orElseThrow(),
                approval,
                notification))
        .signature(Optional.of(signature))
        .build();
  }

  private static Irregularity notificationIrregularity(
      IrregularityKind kind, LocalDate date, Approval approval, Notification notification) {
    return ImmutableIrregularity.builder()
        .kind(kind)
        .date(date)
        .organ(Optional.of(approval.organ()))
        .approval(Optional.of(approval))
        .notification(Optional.of(notification))
        .build();
  }

  /** What is irregular. */
  public abstract IrregularityKind kind();

  /** From when it is irregular. */
  public abstract LocalDate date();

  /** The organ whose approval is concerned, if one is. */
  @Value.Default
  public Optional<ActorId> organ() {
    return Optional.empty();
  }

  /** The approval concerned, if one is. */
  @Value.Default
  public Optional<Approval> approval() {
    return Optional.empty();
  }

  /** The notification concerned, if one is. */
  @Value.Default
  public Optional<Notification> notification() {
    return Optional.empty();
  }

  /** The signature concerned, if one is. */
  @Value.Default
  public Optional<Signature> signature() {
    return Optional.empty();
  }

  /** The party for which no one signed, for {@link IrregularityKind#SIGNATURE_INCOMPLETE}. */
  @Value.Default
  public Optional<ActorId> party() {
    return Optional.empty();
  }

  /**
   * What happened and what the rule expected, in one sentence naming actors through {@code names}:
   * "signed on 1 July 2016, before the approval by the General Assembly of 25 July 2016; entry into
   * force waits for that approval".
   */
  public String describe(ActorNames names) {
    checkNotNull(names, "names");
    String organ = organ().map(names::nameOf).orElse("");
    String approved = approval().map(approval -> Dates.forPeople(approval.date())).orElse("");
    String signed = signature().map(signature -> Dates.forPeople(signature.date())).orElse("");
    String notified = notification().flatMap(Notification::date).map(Dates::forPeople).orElse("");
    String sender =
        notification().map(notification -> names.nameOf(notification.sender())).orElse("");
    return switch (kind()) {
      case SIGNATURE_BEFORE_APPROVAL ->
          "signed on "
              + signed
              + ", before the approval by "
              + organ
              + " of "
              + approved
              + "; entry into force waits for that approval";
      case APPROVAL_BEFORE_SIGNATURE ->
          "approved by "
              + organ
              + " on "
              + approved
              + ", before the signature of "
              + signed
              + "; in force upon signature";
      case SIGNATURE_INCOMPLETE ->
          "the signature of "
              + signed
              + " has no signatory for "
              + party().map(names::nameOf).orElse("")
              + "; it does not bind every party, so it is not a signature of the agreement, which"
              + " does not enter into force by it";
      case NOTIFICATION_MISSING ->
          "no written notification of the approval by "
              + organ
              + " of "
              + approved
              + " is recorded";
      case NOTIFICATION_DATE_UNKNOWN ->
          "the date of the notification by "
              + sender
              + " of the approval by "
              + organ
              + " is not known; it is presumed to have been made in time, and the status is"
              + " unaffected";
      case NOTIFICATION_BEFORE_APPROVAL ->
          "the notification by "
              + sender
              + " of "
              + notified
              + " reports the approval by "
              + organ
              + " of "
              + approved
              + ", which had not yet been given";
      case NOTIFICATION_AFTER_SIGNATURE ->
          "the notification by "
              + sender
              + " of "
              + notified
              + " of the approval by "
              + organ
              + " comes after the signature of "
              + signed
              + ", which it should precede";
    };
  }

  /** The sentence with actors named by their identifiers; for logs, not for people. */
  @Override
  public String toString() {
    return kind() + " on " + date() + ": " + describe(ActorId::toString);
  }

  @Value.Check
  void check() {
    boolean needsOrgan = kind() != IrregularityKind.SIGNATURE_INCOMPLETE;
    checkArgument(
        organ().isPresent() == needsOrgan && approval().isPresent() == needsOrgan,
        needsOrgan
            ? "a %s irregularity needs an organ and an approval"
            : "a %s irregularity has no organ and no approval",
        kind());
  }
}
