package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * The instruments that have governed a relationship one after another, each with its procedure: for
 * the United Nations and IOM, the Cooperation Agreement of 25 June 1996, then the 2016 Agreement,
 * which "supersedes and replaces" it upon its entry into force (Article 16(2)).
 *
 * <p>An instrument is superseded on the date its successor (the procedure that names it in {@link
 * Procedure#supersedes()}) enters into force. Instances are immutable.
 */
@Value.Immutable
public abstract class Succession {
  Succession() {}

  /** The succession of {@code procedures}, in any order. */
  public static Succession of(Iterable<Procedure> procedures) {
    return ImmutableSuccession.builder().procedures(procedures).build();
  }

  /** The procedures, in the order given. */
  public abstract ImmutableList<Procedure> procedures();

  /**
   * The procedure of {@code instrument}.
   *
   * @throws IllegalArgumentException naming the instrument if the succession has no procedure for
   *     it
   */
  public Procedure procedure(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    Procedure procedure = index().get(instrument);
    checkArgument(procedure != null, "no procedure for %s", instrument);
    return procedure;
  }

  /** The status of {@code instrument} on {@code date}, supersession included. */
  public Status statusOn(InstrumentId instrument, LocalDate date) {
    checkNotNull(date, "date");
    Procedure procedure = procedure(instrument);
    Optional<Procedure> successor = successorOf(instrument);
    return procedure.statusOn(
        date, successor.flatMap(Procedure::entryIntoForce), successor.map(Procedure::instrument));
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

  private Optional<Procedure> successorOf(InstrumentId instrument) {
    return procedures().stream()
        .filter(procedure -> procedure.supersedes().equals(Optional.of(instrument)))
        .findFirst();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<InstrumentId, Procedure> index() {
    Set<InstrumentId> seen = new HashSet<>();
    for (Procedure procedure : procedures()) {
      checkArgument(
          seen.add(procedure.instrument()), "two procedures for %s", procedure.instrument());
    }
    return Maps.uniqueIndex(procedures(), Procedure::instrument);
  }
}
