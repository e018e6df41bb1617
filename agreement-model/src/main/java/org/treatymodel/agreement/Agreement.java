package org.treatymodel.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.Consolidation;
import org.treatymodel.agreement.amendment.TextVersion;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.arrangement.ArrangementKind;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.history.Timeline;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.NormRole;
import org.treatymodel.agreement.norm.Vocabulary;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Status;
import org.treatymodel.agreement.procedure.Succession;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * An agreement as a whole, the dossier a tool walks, queries, validates, writes and reads: its
 * text, the norms its provisions state, the actors they name, the cross-references between them;
 * its {@linkplain #procedure() procedure} (approvals, notifications, signature) and so its {@link
 * #statusOn status on any date}; its {@linkplain #amendments() amendments} and the {@linkplain
 * #versionOn consolidated text as of any date}; the {@linkplain #succession() succession of
 * instruments} it belongs to; the instruments and the {@linkplain #history() timeline} of its
 * history. {@code UnIomAgreement.agreement()} returns the 2016 UN–IOM Agreement; everything about
 * it is reached from that one object.
 *
 * <p>Identifiers are unique within an agreement: building one with two actors, instruments or norms
 * of the same identifier fails, naming the identifier; so does a procedure for another instrument,
 * or amendments that do not fit the text. Whether every reference resolves (a norm's bearer is a
 * known actor, a cited instrument is known) is checked by the {@code agreement-validation} module.
 * Query results keep document order. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Agreement implements ActorNames {
  Agreement() {}

  /** A builder; {@code build()} rejects a missing or null attribute and a duplicate identifier. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}. Every setter rejects null, naming the attribute, and a collection
   * with a null element, naming the attribute and the element's index; setting an attribute again
   * replaces it.
   */
  public static final class Builder {
    private final ImmutableAgreement.Builder delegate = new ImmutableAgreement.Builder();
    // Kept to put the cross-references in document order at build(), whatever order they came in.
    private ImmutableList<CrossReference> crossReferences = ImmutableList.of();
    private @Nullable AgreementText text;
    // Kept to complete it at build() with the terms the norms use, whichever is set first.
    private Vocabulary vocabulary = Vocabulary.english();
    private ImmutableList<Norm> norms = ImmutableList.of();
    // Whether the procedure was set, or recorded as not known: forgetting it is not knowing it.
    private boolean procedureDecided;

    Builder() {}

    /**
     * Sets the words with which the text states its norms; by default {@link Vocabulary#english()}.
     * {@link #build()} adds the force phrases and conditions the norms use that it lacks.
     */
    public Builder vocabulary(Vocabulary vocabulary) {
      this.vocabulary = checkNotNull(vocabulary, "vocabulary");
      return this;
    }

    /** Sets the actors the text names. */
    public Builder actors(Iterable<? extends Actor> actors) {
      delegate.actors(Elements.list("actors", actors));
      return this;
    }

    /** Sets the instruments. */
    public Builder instruments(Iterable<? extends Instrument> instruments) {
      delegate.instruments(Elements.list("instruments", instruments));
      return this;
    }

    /** Sets the norms, in document order. */
    public Builder norms(Iterable<? extends Norm> norms) {
      this.norms = Elements.list("norms", norms);
      delegate.norms(this.norms);
      delegate.normsKnown(true);
      return this;
    }

    /** Sets the provisions recorded as stating no norm. */
    public Builder nonNormativeProvisions(Iterable<? extends NonNormativeProvision> provisions) {
      delegate.nonNormativeProvisions(Elements.list("nonNormativeProvisions", provisions));
      return this;
    }

    /** Sets the cross-references, each once; {@link #build()} puts them in document order. */
    public Builder crossReferences(Iterable<? extends CrossReference> crossReferences) {
      this.crossReferences = Elements.list("crossReferences", crossReferences);
      return this;
    }

    /** Sets the arrangements the provisions call for. */
    public Builder anticipatedArrangements(
        Iterable<? extends AnticipatedArrangement> anticipatedArrangements) {
      delegate.anticipatedArrangements(
          Elements.list("anticipatedArrangements", anticipatedArrangements));
      return this;
    }

    /** Sets the rule by which amendments enter into force (Article 15). */
    public Builder amendmentRule(EntryIntoForceRule amendmentRule) {
      delegate.amendmentRule(Optional.of(checkNotNull(amendmentRule, "amendmentRule")));
      return this;
    }

    /** Sets the amendments. */
    public Builder amendments(Iterable<? extends Amendment> amendments) {
      delegate.amendments(Elements.list("amendments", amendments));
      return this;
    }

    /** Sets the procedures of the instruments this agreement succeeds. */
    public Builder predecessors(Iterable<? extends Procedure> predecessors) {
      delegate.predecessors(Elements.list("predecessors", predecessors));
      return this;
    }

    /** Sets the statements sources report of instruments whose text they do not give. */
    public Builder reportedStatements(Iterable<? extends ReportedStatement> reportedStatements) {
      delegate.reportedStatements(Elements.list("reportedStatements", reportedStatements));
      return this;
    }

    /** Sets the events of the history that are neither instruments nor procedure events. */
    public Builder otherEvents(Iterable<? extends TimelineEvent> otherEvents) {
      delegate.otherEvents(Elements.list("otherEvents", otherEvents));
      return this;
    }

    /** Sets {@link Agreement#instrument()}. */
    public Builder instrument(InstrumentId instrument) {
      delegate.instrument(instrument);
      return this;
    }

    /** Sets {@link Agreement#text()}. */
    public Builder text(AgreementText text) {
      this.text = checkNotNull(text, "text");
      return this;
    }

    /** Sets {@link Agreement#procedure()}. */
    public Builder procedure(Procedure procedure) {
      delegate.findProcedure(Optional.of(checkNotNull(procedure, "procedure")));
      procedureDecided = true;
      return this;
    }

    /**
     * Records that the procedure and the norms are not known, as for a text imported from a
     * document that does not say them: {@link Agreement#findProcedure()} is empty and {@link
     * Agreement#normsKnown()} false. Setting a procedure or norms afterwards makes them known.
     */
    public Builder unanalysed() {
      delegate.findProcedure(Optional.empty());
      delegate.normsKnown(false);
      procedureDecided = true;
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Agreement instance) {
      delegate.from(checkNotNull(instance, "instance"));
      this.text = instance.text();
      this.crossReferences = instance.crossReferences();
      this.vocabulary = instance.vocabulary();
      this.norms = instance.norms();
      this.procedureDecided = true;
      return this;
    }

    /**
     * Builds the {@link Agreement}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent, such as a norm's condition that
     *     has the name of a different condition of the vocabulary
     */
    public Agreement build() {
      checkState(
          procedureDecided,
          "Cannot build Agreement, some of required attributes are not set [procedure]: set it,"
              + " or record with unanalysed() that it is not known");
      Vocabulary used = vocabulary;
      for (Norm norm : norms) {
        used = used.with(ImmutableList.of(norm.force()), norm.conditions());
      }
      delegate.vocabulary(used);
      if (text != null) {
        delegate.text(text);
        delegate.crossReferences(
            ImmutableList.sortedCopyOf(CrossReference.documentOrder(text), crossReferences));
      } else {
        delegate.crossReferences(crossReferences);
      }
      return delegate.build();
    }
  }

  /** The instrument this agreement is, among {@link #instruments()}. */
  public abstract InstrumentId instrument();

  /**
   * The words with which the text states its norms: the force phrases and conditions it uses,
   * declared with the agreement (by default {@link Vocabulary#english()}) and completed with those
   * its norms carry. The validation module reads conditions and force in the text through it.
   */
  @Value.Default
  public Vocabulary vocabulary() {
    return Vocabulary.english();
  }

  /** The text. */
  public abstract AgreementText text();

  /** The actors the text names. */
  @Value.Default
  public ImmutableList<Actor> actors() {
    return ImmutableList.of();
  }

  /** The instruments the agreement and its history cite, itself included. */
  @Value.Default
  public ImmutableList<Instrument> instruments() {
    return ImmutableList.of();
  }

  /** The norms, in document order. */
  @Value.Default
  public ImmutableList<Norm> norms() {
    return ImmutableList.of();
  }

  /** The provisions that state no norm, each with the reason. */
  @Value.Default
  public ImmutableList<NonNormativeProvision> nonNormativeProvisions() {
    return ImmutableList.of();
  }

  /**
   * The cross-references, each once, in {@linkplain CrossReference#documentOrder document order}
   * however they were given to the builder.
   */
  @Value.Default
  public ImmutableList<CrossReference> crossReferences() {
    return ImmutableList.of();
  }

  /**
   * The arrangements the provisions call for (Articles 9 to 14 of the 2016 Agreement), in document
   * order.
   */
  @Value.Default
  public ImmutableList<AnticipatedArrangement> anticipatedArrangements() {
    return ImmutableList.of();
  }

  /**
   * The procedure that brings this agreement into force: its parties, its entry-into-force rule
   * (Article 16 for the 2016 Agreement) and the approvals, notifications and signature recorded.
   *
   * @throws IllegalStateException if it is not known, as for a text imported from a document that
   *     does not say it ({@link #findProcedure()} tells)
   */
  public Procedure procedure() {
    return findProcedure().orElseThrow(this::procedureNotKnown);
  }

  private IllegalStateException procedureNotKnown() {
    return new IllegalStateException(
        "the procedure of "
            + instrument()
            + " is not known: its document does not say it; see findProcedure()");
  }

  /** The procedure that brings this agreement into force, if it is known. */
  @Value.Default
  public Optional<Procedure> findProcedure() {
    return Optional.empty();
  }

  /**
   * Whether the norms the text states are known: true once they are recorded (even as none), false
   * for a text imported from a document that does not analyse them, whose {@link #norms()} are then
   * empty for want of knowledge, not because it states none.
   */
  @Value.Default
  public boolean normsKnown() {
    return true;
  }

  /**
   * A copy of this agreement with {@code procedure} instead of its own, as a what-if replays other
   * events: {@code agreement.withProcedure(agreement.procedure().withEvents(events))}. This
   * instance is immutable and unaffected by this method call.
   */
  public Agreement withProcedure(Procedure procedure) {
    return builder().from(this).procedure(procedure).build();
  }

  /**
   * A copy of this agreement with {@code amendments} instead of its own. This instance is immutable
   * and unaffected by this method call.
   *
   * @throws NullPointerException naming {@code amendments} and the index of a null element
   */
  public Agreement withAmendments(Iterable<? extends Amendment> amendments) {
    return builder().from(this).amendments(amendments).build();
  }

  /** The rule by which amendments enter into force (Article 15 for the 2016 Agreement), if any. */
  @Value.Default
  public Optional<EntryIntoForceRule> amendmentRule() {
    return Optional.empty();
  }

  /** The amendments, in force or not; none is known for the 2016 Agreement. */
  @Value.Default
  public ImmutableList<Amendment> amendments() {
    return ImmutableList.of();
  }

  /**
   * The procedures of the instruments that governed the relationship before this agreement, such as
   * the Cooperation Agreement of 25 June 1996, which the 2016 Agreement supersedes.
   */
  @Value.Default
  public ImmutableList<Procedure> predecessors() {
    return ImmutableList.of();
  }

  /**
   * The events of the history that are neither an instrument nor a procedure event, such as the
   * informal briefing of 15 July 2016.
   */
  @Value.Default
  public ImmutableList<TimelineEvent> otherEvents() {
    return ImmutableList.of();
  }

  /**
   * What sources report of instruments whose text is not in them: for the 2016 Agreement, source
   * 004's statements about the Cooperation Agreement of 25 June 1996.
   */
  @Value.Default
  public ImmutableList<ReportedStatement> reportedStatements() {
    return ImmutableList.of();
  }

  /** The statements reported about {@code instrument}, in order. */
  public ImmutableList<ReportedStatement> statementsAbout(InstrumentId instrument) {
    checkNotNull(instrument, "instrument");
    return reportedStatements().stream()
        .filter(statement -> statement.about().equals(instrument))
        .collect(ImmutableList.toImmutableList());
  }

  // ---- the aggregate: procedure, status, versions, succession, history ----

  /** The parties: the Organizations of the {@linkplain #procedure() procedure}. */
  public ImmutableSet<ActorId> parties() {
    return procedure().parties();
  }

  /** The date the agreement entered into force, if it has. */
  public Optional<LocalDate> entryIntoForce() {
    return procedure().entryIntoForce();
  }

  /**
   * The status of the agreement on {@code date}, supersession included: the answer to "is it in
   * force?". For the 2016 Agreement: not yet in existence on 1 January 2015, approved by the IOM
   * Council only on 1 July 2016, approved by both on 1 August 2016, in force from 19 September
   * 2016.
   */
  public Status statusOn(LocalDate date) {
    return succession().statusOn(instrument(), date);
  }

  /**
   * The instrument that governs the relationship on {@code date}: none before the first of the
   * succession entered into force; for the UN and IOM, the Cooperation Agreement from 25 June 1996,
   * then the 2016 Agreement from 19 September 2016 (Article 16(2)).
   */
  public Optional<InstrumentId> governingInstrumentOn(LocalDate date) {
    return succession().governingInstrumentOn(date);
  }

  /**
   * The text as of {@code date}: the original ({@code eng@2016-09-19}) with the amendments in force
   * on that date applied; the original between the first record of it and its entry into force.
   *
   * @throws IllegalArgumentException naming the date if the text did not exist then ({@link
   *     #findVersionOn} tells)
   * @throws IllegalStateException if the procedure is not known
   */
  public TextVersion versionOn(LocalDate date) {
    return findVersionOn(date)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the text of "
                        + instrument()
                        + " did not exist on "
                        + date
                        + ": the dossier records it from "
                        + textRecordedFrom().map(LocalDate::toString).orElse("no date")));
  }

  /**
   * The text as of {@code date}, as {@link #versionOn}; empty before the text existed, that is
   * before {@link #textRecordedFrom()}: the 2016 Agreement on 1 January 2015 is not its first
   * version but nothing.
   *
   * @throws IllegalStateException if the procedure is not known
   */
  public Optional<TextVersion> findVersionOn(LocalDate date) {
    checkNotNull(date, "date");
    Consolidation consolidation = consolidation();
    Optional<LocalDate> from = textRecordedFrom();
    return from.isPresent() && date.isBefore(from.get())
        ? Optional.empty()
        : Optional.of(consolidation.versionOn(date));
  }

  /**
   * The first day the dossier records the text: the earliest dated event of its procedure (the
   * first approval of it, for the 2016 Agreement), else its entry into force; empty if neither is
   * known.
   */
  public Optional<LocalDate> textRecordedFrom() {
    Optional<LocalDate> earliest =
        findProcedure().stream()
            .flatMap(procedure -> procedure.events().stream())
            .flatMap(event -> event.when().stream())
            .min(LocalDate::compareTo);
    return earliest.isPresent() ? earliest : findProcedure().flatMap(Procedure::entryIntoForce);
  }

  /**
   * The instruments that have governed the relationship one after another: the {@linkplain
   * #predecessors() predecessors}, then this agreement.
   */
  public Succession succession() {
    return knownSuccession().orElseThrow(this::procedureNotKnown);
  }

  // Derived as the agreement is built, so that an inconsistency is found then; only where the
  // procedure is known.
  @Value.Derived
  @Value.Auxiliary
  Optional<Succession> knownSuccession() {
    return findProcedure()
        .map(
            procedure ->
                Succession.of(
                    ImmutableList.<Procedure>builder()
                        .addAll(predecessors())
                        .add(procedure)
                        .build()));
  }

  /**
   * The original text and its amendments, from which the text as of any date is computed.
   *
   * @throws IllegalStateException if the procedure is not known: the text's date is not
   */
  public Consolidation consolidation() {
    return knownConsolidation().orElseThrow(this::procedureNotKnown);
  }

  @Value.Derived
  @Value.Auxiliary
  Optional<Consolidation> knownConsolidation() {
    return findProcedure()
        .map(
            procedure ->
                Consolidation.builder()
                    .original(text())
                    .originalDate(procedure.entryIntoForce())
                    .language(text().language())
                    .amendments(amendments())
                    .build());
  }

  /**
   * The history of the relationship, in date order, each event once: the dated instruments, the
   * approvals, dated notifications and signatures of the succession (an approval names the
   * resolution that records it, a signature the entry into force it brings), and the {@linkplain
   * #otherEvents() other events}.
   */
  public Timeline history() {
    return knownHistory().orElseThrow(this::procedureNotKnown);
  }

  @Value.Derived
  @Value.Auxiliary
  Optional<Timeline> knownHistory() {
    return knownSuccession()
        .map(succession -> Timeline.derive(succession, catalogue(), instruments(), otherEvents()));
  }

  /** The actors and instruments, looked up by identifier or document symbol. */
  @Value.Derived
  @Value.Auxiliary
  public Catalogue catalogue() {
    return Catalogue.of(actors(), instruments());
  }

  /**
   * The short name of {@code actor} for people ("the IOM Council"), or its identifier if the
   * agreement does not name it.
   */
  @Override
  public String nameOf(ActorId actor) {
    return catalogue().nameOf(actor);
  }

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
    return catalogue().findActor(id);
  }

  /**
   * The actor {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if the agreement does not name it
   */
  public Actor actor(ActorId id) {
    return catalogue().actor(id);
  }

  /** The instrument {@code id}, if the agreement cites it. */
  public Optional<Instrument> findInstrument(InstrumentId id) {
    return catalogue().findInstrument(id);
  }

  /**
   * The instrument whose document symbol is {@code symbol}, such as {@code A/RES/70/263}, if the
   * agreement cites it.
   *
   * @throws IllegalArgumentException naming the text if it is not a document symbol
   */
  public Optional<Instrument> findInstrumentBySymbol(String symbol) {
    return catalogue().findInstrumentBySymbol(symbol);
  }

  /**
   * The instrument {@code id}.
   *
   * @throws IllegalArgumentException naming the identifier if the agreement does not cite it
   */
  public Instrument instrument(InstrumentId id) {
    return catalogue().instrument(id);
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

  /** The norm {@code id}, if the agreement states it. */
  public Optional<Norm> findNorm(NormId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(normIndex().get(id));
  }

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

  /** The norms owed to, or benefiting, {@code actor} ({@link NormRole#COUNTERPARTY}). */
  public ImmutableList<Norm> normsOwedTo(ActorId actor) {
    return normsWithRole(NormRole.COUNTERPARTY, actor);
  }

  /**
   * The norms in which {@code actor} plays {@code role}: the norms owed to it ({@link
   * NormRole#COUNTERPARTY}), exercised in its meetings ({@link NormRole#FORUM}), through it ({@link
   * NormRole#CHANNEL}), at its invitation ({@link NormRole#INVITER}).
   */
  public ImmutableList<Norm> normsWithRole(NormRole role, ActorId actor) {
    checkNotNull(role, "role");
    checkNotNull(actor, "actor");
    return normsWhere(norm -> norm.actors(role).contains(actor));
  }

  /** The rights and other norms exercised in the sessions or meetings of {@code forum}. */
  public ImmutableList<Norm> normsInForum(ActorId forum) {
    return normsWithRole(NormRole.FORUM, forum);
  }

  /** The norms whose bearer acts through {@code channel}: "through the Secretary-General". */
  public ImmutableList<Norm> normsThrough(ActorId channel) {
    return normsWithRole(NormRole.CHANNEL, channel);
  }

  /** The norms whose bearer acts at the invitation of {@code inviter}. */
  public ImmutableList<Norm> normsAtTheInvitationOf(ActorId inviter) {
    return normsWithRole(NormRole.INVITER, inviter);
  }

  /**
   * The rights exercised without vote: the entitlements and permissions qualified by the condition
   * of the {@linkplain #vocabulary() vocabulary} named as {@link Condition#WITHOUT_VOTE} is, {@code
   * without-vote} (Article 5); none if the vocabulary has no such condition.
   */
  public ImmutableList<Norm> rightsWithoutVote() {
    Optional<Condition> withoutVote = vocabulary().findCondition(Condition.WITHOUT_VOTE.name());
    if (withoutVote.isEmpty()) {
      return ImmutableList.of();
    }
    return normsWhere(
        norm ->
            norm.hasCondition(withoutVote.get())
                && (norm.kind() == NormKind.ENTITLEMENT || norm.kind() == NormKind.PERMISSION));
  }

  /** The norms of {@code kind}. */
  public ImmutableList<Norm> normsOfKind(NormKind kind) {
    checkNotNull(kind, "kind");
    return normsWhere(norm -> norm.kind() == kind);
  }

  /**
   * The norms qualified by {@code condition}, alone or as one of several alternatives ({@link
   * Norm#requires} tells which).
   */
  public ImmutableList<Norm> normsWithCondition(Condition condition) {
    checkNotNull(condition, "condition");
    return normsWhere(norm -> norm.conditions().contains(condition));
  }

  /**
   * The norms stated in {@code provision} or anywhere within it: a paragraph's norms include those
   * anchored at its points and at its list's introduction and closing words.
   */
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

  /**
   * The instruments that {@code provision} cites, in the order of its cross-references, each once:
   * for recital 1, the Charter of the United Nations and the Constitution of IOM.
   */
  public ImmutableList<InstrumentId> instrumentsCitedBy(ProvisionId provision) {
    checkNotNull(provision, "provision");
    return referencesFrom(provision).stream()
        .map(CrossReference::targetInstrument)
        .flatMap(Optional::stream)
        .distinct()
        .collect(ImmutableList.toImmutableList());
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
  ImmutableMap<NormId, Norm> normIndex() {
    Elements.checkDistinct("norms", norms(), Norm::id);
    return norms().stream().collect(ImmutableMap.toImmutableMap(Norm::id, norm -> norm));
  }

  @Value.Check
  void check() {
    findProcedure()
        .ifPresent(
            procedure ->
                checkArgument(
                    procedure.instrument().equals(instrument()),
                    "the procedure of agreement %s is that of %s",
                    instrument(),
                    procedure.instrument()));
    checkArgument(
        normsKnown() || norms().isEmpty(),
        "agreement %s has norms, yet records that its norms are not known",
        instrument());
    Elements.checkDistinct("crossReferences", crossReferences());
    Elements.checkDistinct("nonNormativeProvisions", nonNormativeProvisions());
  }
}
