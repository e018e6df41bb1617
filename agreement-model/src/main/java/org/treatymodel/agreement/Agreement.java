package org.treatymodel.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * An agreement as a whole: its text, the norms its provisions state, the actors they name, the
 * instruments of its history, and the cross-references between them. This is the aggregate a tool
 * walks and queries; {@link UnIomAgreement#agreement()} returns the 2016 UN–IOM Agreement.
 *
 * <p>Identifiers are unique within an agreement: building one with two actors, instruments or norms
 * of the same identifier fails, naming the identifier. Whether every reference resolves (a norm's
 * bearer is a known actor, a cited instrument is known) is checked by the {@code
 * agreement-validation} module. Query results keep document order. Instances are immutable.
 */
@Value.Immutable
public abstract class Agreement {
  Agreement() {}

  /** A builder; {@code build()} rejects a missing or null attribute and a duplicate identifier. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  /** The instrument this agreement is, among {@link #instruments()}. */
  public abstract InstrumentId instrument();

  /** The text. */
  public abstract AgreementText text();

  /** The actors the text names. */
  public abstract ImmutableList<Actor> actors();

  /** The instruments the agreement and its history cite, itself included. */
  public abstract ImmutableList<Instrument> instruments();

  /** The norms, in document order. */
  public abstract ImmutableList<Norm> norms();

  /** The provisions that state no norm, each with the reason. */
  public abstract ImmutableList<NonNormativeProvision> nonNormativeProvisions();

  /** The cross-references, in document order. */
  public abstract ImmutableList<CrossReference> crossReferences();

  /**
   * The arrangements the provisions call for (Articles 9 to 14 of the 2016 Agreement), in document
   * order.
   */
  public abstract ImmutableList<AnticipatedArrangement> anticipatedArrangements();

  // ---- text ----

  /**
   * Article {@code number}.
   *
   * @throws IllegalArgumentException naming the number if there is no such article
   */
  public Article article(int number) {
    return text().article(number);
  }

  /**
   * The provision {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if there is no such provision
   */
  public Provision provision(ProvisionId id) {
    return text().provision(id);
  }

  // ---- actors and instruments ----

  /** The actor {@code id}, if the agreement names it. */
  public Optional<Actor> findActor(ActorId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(actorIndex().get(id));
  }

  /**
   * The actor {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if the agreement does not name it
   */
  public Actor actor(ActorId id) {
    return findActor(id).orElseThrow(() -> new IllegalArgumentException("no actor " + id));
  }

  /** The instrument {@code id}, if the agreement cites it. */
  public Optional<Instrument> findInstrument(InstrumentId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(instrumentIndex().get(id));
  }

  /**
   * The instrument {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if the agreement does not cite it
   */
  public Instrument instrument(InstrumentId id) {
    return findInstrument(id)
        .orElseThrow(() -> new IllegalArgumentException("no instrument " + id));
  }

  /**
   * The constituent instrument of {@code organization}: the Charter of the United Nations, the
   * Constitution of IOM (preamble, first recital). Empty for an actor that is not an Organization,
   * or whose constituent instrument the agreement does not cite.
   */
  public Optional<Instrument> constituentInstrumentOf(ActorId organization) {
    checkNotNull(organization, "organization");
    return instruments().stream()
        .filter(instrument -> instrument.constitutes().equals(Optional.of(organization)))
        .findFirst();
  }

  // ---- norms ----

  /**
   * The norm {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if there is no such norm
   */
  public Norm norm(NormId id) {
    checkNotNull(id, "id");
    Norm norm = normIndex().get(id);
    checkArgument(norm != null, "no norm %s", id);
    return norm;
  }

  /** The norms {@code actor} bears: its obligations, entitlements, permissions... */
  public ImmutableList<Norm> normsBorneBy(ActorId actor) {
    checkNotNull(actor, "actor");
    return normsWhere(norm -> norm.bearers().contains(actor));
  }

  /** The norms owed to, or benefiting, {@code actor}. */
  public ImmutableList<Norm> normsOwedTo(ActorId actor) {
    checkNotNull(actor, "actor");
    return normsWhere(norm -> norm.counterparties().contains(actor));
  }

  /** The norms of {@code kind}. */
  public ImmutableList<Norm> normsOfKind(NormKind kind) {
    checkNotNull(kind, "kind");
    return normsWhere(norm -> norm.kind() == kind);
  }

  /** The norms qualified by {@code condition}. */
  public ImmutableList<Norm> normsWithCondition(Condition condition) {
    checkNotNull(condition, "condition");
    return normsWhere(norm -> norm.conditions().contains(condition));
  }

  /** The norms stated in {@code provision} or anywhere within it. */
  public ImmutableList<Norm> normsIn(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return normsWhere(norm -> norm.provision().isWithin(provision));
  }

  /** The norms stated in Article {@code number}. */
  public ImmutableList<Norm> normsInArticle(int number) {
    return normsIn(ProvisionId.article(number));
  }

  /** The norm's mirror: the same statement made for the other party, if it has one. */
  public Optional<Norm> mirrorOf(Norm norm) {
    checkNotNull(norm, "norm");
    return norm.mirror().map(this::norm);
  }

  /** The norms that {@code predicate} accepts, in document order. */
  public ImmutableList<Norm> normsWhere(Predicate<? super Norm> predicate) {
    checkNotNull(predicate, "predicate");
    return norms().stream().filter(predicate).collect(ImmutableList.toImmutableList());
  }

  // ---- cross-references ----

  /** The references that {@code provision}, or a provision within it, makes. */
  public ImmutableList<CrossReference> referencesFrom(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return referencesWhere(reference -> reference.source().isWithin(provision));
  }

  /** The references made to {@code provision} or to a provision within it. */
  public ImmutableList<CrossReference> referencesTo(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return referencesWhere(
        reference ->
            reference.targetProvision().filter(target -> target.isWithin(provision)).isPresent());
  }

  /** The references made to {@code instrument}. */
  public ImmutableList<CrossReference> referencesTo(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    return referencesWhere(
        reference -> reference.targetInstrument().equals(Optional.of(instrument)));
  }

  private ImmutableList<CrossReference> referencesWhere(Predicate<CrossReference> predicate) {
    return crossReferences().stream().filter(predicate).collect(ImmutableList.toImmutableList());
  }

  // ---- arrangements ----

  /** The arrangements that {@code provision}, or a provision within it, calls for. */
  public ImmutableList<AnticipatedArrangement> arrangementsCalledForBy(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return anticipatedArrangements().stream()
        .filter(arrangement -> arrangement.provision().isWithin(provision))
        .collect(ImmutableList.toImmutableList());
  }

  /** The provisions that call for an arrangement of {@code kind}, in document order, each once. */
  public ImmutableList<ProvisionId> provisionsCallingFor(ArrangementKind kind) {
    checkNotNull(kind, "kind");
    return anticipatedArrangements().stream()
        .filter(arrangement -> arrangement.kind() == kind)
        .map(AnticipatedArrangement::provision)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  // ---- indexes, built once; building one rejects a duplicate identifier ----

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ActorId, Actor> actorIndex() {
    return index(actors(), Actor::id, "actor");
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<InstrumentId, Instrument> instrumentIndex() {
    return index(instruments(), Instrument::id, "instrument");
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<NormId, Norm> normIndex() {
    return index(norms(), Norm::id, "norm");
  }

  private static <K, V> ImmutableMap<K, V> index(
      ImmutableList<V> values, Function<V, K> id, String what) {
    Set<K> seen = new HashSet<>();
    for (V value : values) {
      K key = id.apply(value);
      checkArgument(seen.add(key), "duplicate %s id: %s", what, key);
    }
    return Maps.uniqueIndex(values, id::apply);
  }
}
