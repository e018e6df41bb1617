package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;

/**
 * The procedure of one instrument: its parties, the {@link EntryIntoForceRule} it follows, and the
 * dated events recorded so far. The events are a set: the order in which they are recorded never
 * matters, and recording an event twice is recording it once.
 *
 * <p>Building one rejects what cannot be true of one procedure, naming it: a party that is not an
 * Organization; a rule that requires the approval of an organ of neither party; an approval by an
 * organ of neither party, or a second approval by the same organ; a notification between
 * non-parties, or reporting the approval of an organ of neither party; a signatory for a non-party;
 * a second signature; an instrument that supersedes itself.
 *
 * <p>A signature that does not bind every party (no one signed for one of them) is recorded, but it
 * is not a signature of the agreement: nothing enters into force by it, and {@link
 * #irregularities()} says why. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Procedure {
  Procedure() {}

  /** A builder; {@code build()} rejects the inconsistent events listed above and names them. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Procedure}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableProcedure.Builder delegate = new ImmutableProcedure.Builder();

    Builder() {}

    /** Sets the parties: a set, so a party given twice is given once. */
    public Builder parties(ActorId... parties) {
      delegate.parties(Elements.set("parties", parties));
      return this;
    }

    /** Sets the parties: a set, so a party given twice is given once. */
    public Builder parties(Iterable<? extends ActorId> parties) {
      delegate.parties(Elements.set("parties", parties));
      return this;
    }

    /** Sets the events: a set, so an event given twice is recorded once. */
    public Builder events(ProcedureEvent... events) {
      delegate.events(Elements.set("events", events));
      return this;
    }

    /** Sets the events: a set, so an event given twice is recorded once. */
    public Builder events(Iterable<? extends ProcedureEvent> events) {
      delegate.events(Elements.set("events", events));
      return this;
    }

    /** Sets the instrument that this one supersedes and replaces upon its entry into force. */
    public Builder supersedes(InstrumentId supersedes) {
      delegate.supersedes(Optional.of(checkNotNull(supersedes, "supersedes")));
      return this;
    }

    /** Sets {@link Procedure#instrument()}. */
    public Builder instrument(InstrumentId instrument) {
      delegate.instrument(instrument);
      return this;
    }

    /** Sets {@link Procedure#rule()}. */
    public Builder rule(EntryIntoForceRule rule) {
      delegate.rule(rule);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Procedure instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Procedure}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Procedure build() {
      return delegate.build();
    }
  }

  /** The instrument the procedure brings into force. */
  public abstract InstrumentId instrument();

  /** The Organizations that are parties to it. */
  @Value.Default
  public ImmutableSet<ActorId> parties() {
    return ImmutableSet.of();
  }

  /** How the events bring the instrument into force. */
  public abstract EntryIntoForceRule rule();

  /** The events recorded, in no particular order. */
  @Value.Default
  public ImmutableSet<ProcedureEvent> events() {
    return ImmutableSet.of();
  }

  /**
   * A copy of this procedure with {@code events} recorded instead of its own: the same instrument,
   * parties, rule and supersession. This instance is immutable and unaffected by this method call.
   *
   * @throws NullPointerException naming {@code events} and the index of a null element
   * @throws IllegalArgumentException if the events do not fit the parties, as {@link #builder()}
   *     says
   */
  public Procedure withEvents(Iterable<? extends ProcedureEvent> events) {
    return builder().from(this).events(events).build();
  }

  /** The instrument that this one supersedes and replaces upon its entry into force, if any. */
  @Value.Default
  public Optional<InstrumentId> supersedes() {
    return Optional.empty();
  }

  /** The approval by {@code organ}, if recorded. */
  public Optional<Approval> approvalBy(ActorId organ) {
    checkNotNull(organ, "organ");
    return Optional.ofNullable(approvalIndex().get(organ));
  }

  /** Every approval recorded, oldest first (approvals of one day by organ). */
  public ImmutableList<Approval> approvals() {
    return approvalIndex().values().stream()
        .sorted(
            Comparator.comparing(Approval::date)
                .thenComparing(approval -> approval.organ().value()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every notification recorded, dated ones oldest first, then those of unknown date. */
  public ImmutableList<Notification> notifications() {
    return notificationIndex().values().stream()
        .sorted(
            Comparator.comparing(
                    (Notification notification) -> notification.date().orElse(LocalDate.MAX))
                .thenComparing(notification -> notification.reports().value())
                .thenComparing(notification -> notification.sender().value()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The signature, if recorded, whether or not it binds every party. */
  public Optional<Signature> signature() {
    return events(Signature.class).findFirst();
  }

  /**
   * The signature, if recorded and binding every party: someone signed for each of them. A
   * signature that leaves a party out is not a signature of the agreement.
   */
  public Optional<Signature> bindingSignature() {
    return signature().filter(signature -> signature.partiesSigning().containsAll(parties()));
  }

  /** The notifications that report the approval by {@code organ}. */
  public ImmutableList<Notification> notificationsOf(ActorId organ) {
    checkNotNull(organ, "organ");
    return notificationIndex().get(organ);
  }

  /**
   * The date of the last approval among {@code organs}, if every one of them has approved; empty if
   * one has not, or if {@code organs} is empty.
   */
  public Optional<LocalDate> lastApprovalBy(Set<ActorId> organs) {
    checkNotNull(organs, "organs");
    Optional<LocalDate> last = Optional.empty();
    for (ActorId organ : organs) {
      Optional<Approval> approval = approvalBy(organ);
      if (approval.isEmpty()) {
        return Optional.empty();
      }
      if (last.isEmpty() || approval.get().date().isAfter(last.get())) {
        last = Optional.of(approval.get().date());
      }
    }
    return last;
  }

  /** The date of the first dated event, if any: before it, the instrument did not yet exist. */
  public Optional<LocalDate> firstEventDate() {
    return events().stream()
        .map(ProcedureEvent::when)
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }

  /**
   * The date the events bring the instrument into force, as its rule reads them; empty if they do
   * not.
   */
  public Optional<LocalDate> entryIntoForce() {
    return rule().entryIntoForce(this);
  }

  /** What departs from the order the rule expects, oldest first. */
  public ImmutableList<Irregularity> irregularities() {
    return rule().irregularities(this);
  }

  /**
   * What this procedure's own events say on {@code date}, <em>leaving supersession aside</em>: an
   * instrument this reports {@link Stage#IN_FORCE} may have been superseded by a later one that
   * this procedure does not know of (the Cooperation Agreement of 1996 was, in 2016). To ask
   * whether an instrument is in force, ask the {@link Succession} it belongs to, or the {@link
   * org.treatymodel.agreement.Agreement}: {@code agreement.statusOn(date)}. This instance is
   * immutable and unaffected by this method call.
   */
  public Status statusIgnoringSupersessionOn(LocalDate date) {
    return statusOn(date, Optional.empty(), Optional.empty());
  }

  Status statusOn(
      LocalDate date, Optional<LocalDate> supersededSince, Optional<InstrumentId> supersededBy) {
    checkNotNull(date, "date");
    ImmutableSet<ActorId> approvedBy =
        rule().requiredApprovers().stream()
            .filter(
                organ ->
                    approvalBy(organ)
                        .filter(approval -> !approval.date().isAfter(date))
                        .isPresent())
            .collect(ImmutableSet.toImmutableSet());
    Optional<LocalDate> signed =
        bindingSignature().map(Signature::date).filter(signedOn -> !signedOn.isAfter(date));
    Optional<LocalDate> inForce = entryIntoForce().filter(since -> !since.isAfter(date));
    Optional<LocalDate> superseded =
        inForce.isPresent()
            ? supersededSince.filter(since -> !since.isAfter(date))
            : Optional.empty();
    Optional<LocalDate> first = firstEventDate();
    Stage stage;
    if (superseded.isPresent()) {
      stage = Stage.SUPERSEDED;
    } else if (inForce.isPresent()) {
      stage = Stage.IN_FORCE;
    } else if (!approvedBy.isEmpty() && approvedBy.equals(rule().requiredApprovers())) {
      stage = Stage.APPROVED;
    } else if (!approvedBy.isEmpty()) {
      stage = Stage.APPROVED_IN_PART;
    } else if (signed.isPresent()) {
      stage = Stage.SIGNED;
    } else if (first.isEmpty() || date.isBefore(first.get())) {
      // Nothing recorded by that date: the same answer as from the events up to that date alone.
      stage = Stage.NOT_YET_IN_EXISTENCE;
    } else {
      stage = Stage.NEGOTIATED;
    }
    return new ImmutableStatus.Builder()
        .instrument(instrument())
        .date(date)
        .stage(stage)
        .approvedBy(approvedBy)
        .signedOn(signed)
        .inForceSince(inForce)
        .supersededSince(superseded)
        .supersededBy(superseded.isPresent() ? supersededBy : Optional.empty())
        .irregularities(
            irregularities().stream()
                .filter(irregularity -> !irregularity.date().isAfter(date))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ActorId, Approval> approvalIndex() {
    ImmutableMap.Builder<ActorId, Approval> index = new ImmutableMap.Builder();
    events(Approval.class).forEach(approval -> index.put(approval.organ(), approval));
    return index.buildKeepingLast();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableListMultimap<ActorId, Notification> notificationIndex() {
    ImmutableListMultimap.Builder<ActorId, Notification> index =
        new ImmutableListMultimap.Builder();
    events(Notification.class)
        .forEach(notification -> index.put(notification.reports(), notification));
    return index.build();
  }

  /** The events of one kind, as recorded. */
  private <E extends ProcedureEvent> Stream<E> events(Class<E> kind) {
    return events().stream().filter(kind::isInstance).map(kind::cast);
  }

  @Value.Check
  void check() {
    checkArgument(!parties().isEmpty(), "the procedure of %s must name its parties", instrument());
    for (ActorId party : parties()) {
      checkArgument(
          party.isOrganization(),
          "a party to %s must be an Organization, with an id of one segment such as \"un\": %s",
          instrument(),
          party);
    }
    for (ActorId organ : rule().requiredApprovers()) {
      checkArgument(
          parties().contains(organ.organization()),
          "the rule of %s requires the approval of %s, an organ of neither party %s",
          instrument(),
          organ,
          parties());
    }
    Set<ActorId> approving = new HashSet<>();
    events(Approval.class)
        .forEach(
            approval -> {
              checkArgument(
                  parties().contains(approval.organ().organization()),
                  "approval of %s by %s, an organ of neither party %s",
                  instrument(),
                  approval.organ(),
                  parties());
              checkArgument(
                  approving.add(approval.organ()),
                  "%s approved %s twice",
                  approval.organ(),
                  instrument());
            });
    events(Notification.class).forEach(this::checkNotification);
    events(Signature.class).forEach(this::checkSignatories);
    long signatures = events(Signature.class).count();
    checkArgument(signatures <= 1, "%s has %s signatures; record one", instrument(), signatures);
    checkArgument(
        supersedes().map(previous -> !previous.equals(instrument())).orElse(true),
        "%s cannot supersede itself",
        instrument());
  }

  private void checkNotification(Notification notification) {
    checkArgument(
        parties().contains(notification.sender()) && parties().contains(notification.recipient()),
        "notification from %s to %s: both must be parties %s",
        notification.sender(),
        notification.recipient(),
        parties());
    checkArgument(
        parties().contains(notification.reports().organization()),
        "notification from %s reports the approval by %s, an organ of neither party %s",
        notification.sender(),
        notification.reports(),
        parties());
  }

  private void checkSignatories(Signature signature) {
    for (Signatory signatory : signature.signatories()) {
      checkArgument(
          parties().contains(signatory.party()),
          "signatory for %s, which is not a party %s",
          signatory.party(),
          parties());
    }
  }

  /**
   * The irregularity of a signature that does not bind every party, one per party left out. Every
   * rule reports it.
   */
  ImmutableList<Irregularity> signatureIrregularities() {
    Optional<Signature> signature = signature();
    if (signature.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<ActorId> signing = signature.get().partiesSigning();
    return parties().stream()
        .filter(party -> !signing.contains(party))
        .map(party -> new Irregularity.SignatureIncomplete(signature.get(), party))
        .collect(ImmutableList.toImmutableList());
  }
}
