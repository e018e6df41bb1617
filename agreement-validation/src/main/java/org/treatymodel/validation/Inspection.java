package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.PlainText;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * One rule's look at one dossier: the dossier, today's date by the validator's clock, indexes built
 * once per validation and shared by every rule (so that no rule scans the whole dossier for each
 * element), and the place where the rule reports what it finds.
 */
@API(status = STABLE, since = "0.1.0")
public final class Inspection {
  private final DossierIndex index;
  private final LocalDate today;
  private final List<Finding> findings;

  /** A finding before the validator gives it its code, severity and words. */
  record Finding(Location location, String message) {}

  Inspection(DossierIndex index, LocalDate today, List<Finding> findings) {
    this.index = index;
    this.today = today;
    this.findings = findings;
  }

  /** The dossier: the agreement with its procedure, amendments, predecessors and history. */
  public Agreement dossier() {
    return index.dossier();
  }

  /** Today, by the validator's clock: no event should be dated after it. */
  public LocalDate today() {
    return today;
  }

  /**
   * Reports a finding at {@code location}: {@code message} says what is wrong and what would be
   * right, naming actors and instruments by name ({@link #nameOf}, {@link #titleOf}).
   *
   * @throws IllegalArgumentException if the message is blank or of several lines
   */
  public void report(Location location, String message) {
    checkNotNull(location, "location");
    PlainText.check("message", message);
    findings.add(new Finding(location, message));
  }

  /**
   * Every procedure of the dossier, each once: the agreement's, its predecessors', its amendments'.
   */
  public ImmutableList<Procedure> procedures() {
    return index.procedures();
  }

  /** The norms anchored at {@code provision} itself (not within it), in document order. */
  public ImmutableList<Norm> normsAnchoredAt(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return index.normsByProvision().get(provision);
  }

  /** The provisions at which norms are anchored, each once. */
  public ImmutableSet<ProvisionId> normAnchors() {
    return index.normsByProvision().keySet();
  }

  /** Whether a norm is anchored at {@code provision} or at a provision within it. */
  public boolean statesNormsWithin(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return index.provisionsWithNorms().contains(provision);
  }

  /** How a lawyer cites {@code provision}: "Article 5(1)"; its identifier if the text lacks it. */
  public String citationOf(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return Sentences.location(Location.of(provision), dossier().text(), dossier().catalogue());
  }

  /** How people call {@code actor}: "the IOM Council"; its identifier if the dossier lacks it. */
  public String nameOf(ActorId actor) {
    return dossier().nameOf(actor);
  }

  /**
   * How people call {@code instrument}: "General Assembly resolution 70/263"; its identifier if the
   * dossier lacks it.
   */
  public String titleOf(InstrumentId instrument) {
    return dossier().catalogue().titleOf(instrument);
  }
}
