package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;

/**
 * The instruments that have governed a relationship one after another, each with its procedure: for
 * the United Nations and IOM, the Cooperation Agreement of 25 June 1996, then the 2016 Agreement,
 * which "supersedes and replaces" it upon its entry into force (Article 16(2)).
 *
 * <p>An instrument is superseded on the date its successor (the procedure that names it in {@link
 * Procedure#supersedes()}) enters into force, if it was in force by then. Building a succession
 * rejects two procedures for one instrument, two instruments superseding the same one, and a cycle
 * of supersessions. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Succession {
  Succession() {}

  /**
   * The succession of {@code procedures}, in any order.
   *
   * @throws NullPointerException naming {@code procedures} if it or an element is null
   * @throws IllegalArgumentException if the procedures do not form a succession (see above)
   */
  public static Succession of(Iterable<Procedure> procedures) {
    return ImmutableSuccession.of(Elements.list("procedures", procedures));
  }

  /**
   * The succession of {@code procedures}, in any order; a single procedure is a succession of one.
   *
   * @throws NullPointerException naming {@code procedures} if an element is null
   * @throws IllegalArgumentException if the procedures do not form a succession (see above)
   */
  public static Succession of(Procedure... procedures) {
    return ImmutableSuccession.of(Elements.list("procedures", procedures));
  }

  /** The procedures, in the order given. */
  @Value.Parameter
  public abstract ImmutableList<Procedure> procedures();

  /**
   * The procedure of {@code instrument}.
   *
   * @throws IllegalArgumentException naming the instrument if the succession has no procedure for
   *     it
   */
  public Procedure procedure(InstrumentId instrument) {
    return findProcedure(instrument)
        .orElseThrow(() -> new IllegalArgumentException("no procedure for " + instrument));
  }

  /** The procedure of {@code instrument}, if the succession has one. */
  public Optional<Procedure> findProcedure(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    return Optional.ofNullable(index().get(instrument));
  }

  /**
   * The status of {@code instrument} on {@code date}, supersession included: this is the answer to
   * "is it in force?".
   *
   * @throws IllegalArgumentException naming the instrument if the succession has no procedure for
   *     it
   */
  public Status statusOn(InstrumentId instrument, LocalDate date) {
    checkNotNull(date, "date");
    Procedure procedure = procedure(instrument);
    Optional<Procedure> successor = successorOf(instrument);
    return procedure.statusOn(
        date, successor.flatMap(Procedure::entryIntoForce), successor.map(Procedure::instrument));
  }

  /** The instrument that supersedes {@code instrument}, if one does. */
  public Optional<Procedure> successorOf(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    return Optional.ofNullable(successors().get(instrument));
  }

  /**
   * The instrument that governs the relationship on {@code date}: the one in force and not
   * superseded. Empty before the first entered into force. Were two in force at once, the later to
   * enter into force governs.
   */
  public Optional<InstrumentId> governingInstrumentOn(LocalDate date) {
    checkNotNull(date, "date");
    return procedures().stream()
        .map(procedure -> statusOn(procedure.instrument(), date))
        .filter(Status::isInForce)
        .max(Comparator.comparing(status -> status.inForceSince().orElseThrow()))
        .map(Status::instrument);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<InstrumentId, Procedure> index() {
    Set<InstrumentId> seen = new HashSet<>();
    for (Procedure procedure : procedures()) {
      checkArgument(
          seen.add(procedure.instrument()), "two procedures for %s", procedure.instrument());
    }
    return ImmutableMap.copyOf(
        procedures().stream()
            .collect(ImmutableMap.toImmutableMap(Procedure::instrument, procedure -> procedure)));
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<InstrumentId, Procedure> successors() {
    ImmutableMap.Builder<InstrumentId, Procedure> successors = new ImmutableMap.Builder();
    Set<InstrumentId> superseded = new HashSet<>();
    for (Procedure procedure : procedures()) {
      if (procedure.supersedes().isPresent()) {
        InstrumentId previous = procedure.supersedes().get();
        checkArgument(
            superseded.add(previous),
            "two instruments supersede %s; a succession has one successor for each",
            previous);
        successors.put(previous, procedure);
      }
    }
    return successors.buildOrThrow();
  }

  /** Each instrument supersedes at most one other, so a walk from each finds any cycle once. */
  @Value.Check
  void check() {
    Set<InstrumentId> done = new HashSet<>();
    for (Procedure start : procedures()) {
      Set<InstrumentId> path = new HashSet<>();
      Optional<InstrumentId> next = Optional.of(start.instrument());
      while (next.isPresent() && !done.contains(next.get())) {
        checkArgument(
            path.add(next.get()),
            "the supersessions form a cycle through %s: an instrument cannot, even indirectly,"
                + " supersede itself",
            next.get());
        next = findProcedure(next.get()).flatMap(Procedure::supersedes);
      }
      done.addAll(path);
    }
  }
}
