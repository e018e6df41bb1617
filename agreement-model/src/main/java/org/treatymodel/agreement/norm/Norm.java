package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Phrases;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * One normative statement of a provision, at the precision of the text: one limb of a sentence,
 * with one bearer set, one action, one set of counterparties and the qualifiers its own words
 * state. Who ({@link #bearers()}) owes, may, recognizes or is entitled to what ({@link #action()})
 * towards whom ({@link #counterparties()}), where ({@link #forums()}), through whom ({@link
 * #channels()}), at whose invitation ({@link #inviters()}), under which {@link #conditions()}, in
 * which exact {@link #words()} of the Agreement.
 *
 * <p>Example, Article 7(2): an {@link NormKind#OBLIGATION} ("shall") borne by IOM towards the
 * United Nations, to furnish special studies or information, {@link
 * Condition#TO_THE_EXTENT_PRACTICABLE} and {@link Condition#UPON_REQUEST}, whose {@linkplain
 * #mirror() mirror} is the norm of Article 7(3).
 *
 * <p>Reading rules:
 *
 * <ul>
 *   <li><b>One norm per limb.</b> Where the parts of a sentence differ in bearer, action,
 *       counterparty or qualifier, each part is a norm, and a qualifier belongs only to the part
 *       whose words state it. The closing words of Article 3(2) give two undertakings: to
 *       participate in the bodies "in accordance with their established rules of procedures", and
 *       to contribute to their budgets "as per established cost-sharing arrangements". A compound
 *       subject ("The United Nations and the International Organization for Migration shall ...")
 *       is one bearer set, and a list of bodies named in one point is one limb.
 *   <li><b>Words.</b> A norm's words are verbatim: one or more {@linkplain #fragments() fragments}
 *       of its provision, in the order they stand there, joined by {@value #ELLIPSIS} where words
 *       of another limb are left out ("The International Organization for Migration agrees to …
 *       contribute to their cost-shared budgets, as per established cost-sharing arrangements.").
 *   <li><b>Force.</b> The {@link #force()} is the {@linkplain Vocabulary#governing governing} force
 *       phrase of the words in the agreement's vocabulary, and the {@link #kind()} follows from it.
 *   <li><b>Conditions.</b> A condition is carried exactly when one of its phrases stands in the
 *       words, outside the force phrase; {@link #conditionOccurrences()} says where, so a tool can
 *       highlight it. Conditions all apply, except those the words join by "or" ({@link
 *       #alternativeConditions()}).
 *   <li><b>Anchoring.</b> A norm is anchored at the provision that states it: a point, the
 *       introduction or the closing words of a list when it is stated there. A point is read with
 *       its list's introduction, so the words of a norm anchored at a point may begin there.
 * </ul>
 *
 * Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Norm {
  /** What joins two fragments of a norm's words: the words between them are left out. */
  public static final String ELLIPSIS = " … ";

  Norm() {}

  /**
   * A builder; {@code build()} rejects a missing, null or blank attribute, a force phrase that does
   * not stand in the words, and a condition, object or purpose the words do not state.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Norm}. Every setter rejects null, naming the attribute, and a collection with a
   * null element, naming the attribute and the element's index; setting an attribute again replaces
   * it.
   */
  public static final class Builder {
    private final ImmutableNorm.Builder delegate = new ImmutableNorm.Builder();

    Builder() {}

    /** Sets the words: the fragments of the provision that state the norm, in order. */
    public Builder words(String... fragments) {
      delegate.fragments(Elements.list("words", fragments));
      return this;
    }

    /** Sets the words: the fragments of the provision that state the norm, in order. */
    public Builder words(Iterable<String> fragments) {
      delegate.fragments(Elements.list("words", fragments));
      return this;
    }

    /** Sets the bearers: a set, so an actor given twice is given once. */
    public Builder bearers(ActorId... bearers) {
      delegate.bearers(Elements.set("bearers", bearers));
      return this;
    }

    /** Sets the bearers: a set, so an actor given twice is given once. */
    public Builder bearers(Iterable<? extends ActorId> bearers) {
      delegate.bearers(Elements.set("bearers", bearers));
      return this;
    }

    /** Sets to whom the norm is owed or whom it benefits: a set. */
    public Builder counterparties(ActorId... counterparties) {
      delegate.counterparties(Elements.set("counterparties", counterparties));
      return this;
    }

    /** Sets to whom the norm is owed or whom it benefits: a set. */
    public Builder counterparties(Iterable<? extends ActorId> counterparties) {
      delegate.counterparties(Elements.set("counterparties", counterparties));
      return this;
    }

    /** Sets the forums, the organs in whose sessions or meetings a right is exercised: a set. */
    public Builder forums(ActorId... forums) {
      delegate.forums(Elements.set("forums", forums));
      return this;
    }

    /** Sets the forums, the organs in whose sessions or meetings a right is exercised: a set. */
    public Builder forums(Iterable<? extends ActorId> forums) {
      delegate.forums(Elements.set("forums", forums));
      return this;
    }

    /** Sets the channels, through whom the bearer acts: a set. */
    public Builder channels(ActorId... channels) {
      delegate.channels(Elements.set("channels", channels));
      return this;
    }

    /** Sets the channels, through whom the bearer acts: a set. */
    public Builder channels(Iterable<? extends ActorId> channels) {
      delegate.channels(Elements.set("channels", channels));
      return this;
    }

    /** Sets the inviters, at whose invitation the bearer acts: a set. */
    public Builder inviters(ActorId... inviters) {
      delegate.inviters(Elements.set("inviters", inviters));
      return this;
    }

    /** Sets the inviters, at whose invitation the bearer acts: a set. */
    public Builder inviters(Iterable<? extends ActorId> inviters) {
      delegate.inviters(Elements.set("inviters", inviters));
      return this;
    }

    /** Sets the conditions the words state: a set. */
    public Builder conditions(Condition... conditions) {
      delegate.conditions(Elements.set("conditions", conditions));
      return this;
    }

    /** Sets the conditions the words state: a set. */
    public Builder conditions(Iterable<Condition> conditions) {
      delegate.conditions(Elements.set("conditions", conditions));
      return this;
    }

    /**
     * Sets the conditions of which any one suffices, the words joining them by "or": a set, each
     * among the {@link #conditions}.
     */
    public Builder alternativeConditions(Condition... alternatives) {
      delegate.alternativeConditions(Elements.set("alternativeConditions", alternatives));
      return this;
    }

    /**
     * Sets the conditions of which any one suffices, the words joining them by "or": a set, each
     * among the {@link #conditions}.
     */
    public Builder alternativeConditions(Iterable<Condition> alternatives) {
      delegate.alternativeConditions(Elements.set("alternativeConditions", alternatives));
      return this;
    }

    /**
     * Sets what the text lists as the objects of the action, each verbatim from the words:
     * "information", "publications", "documents" (Article 7(1)).
     */
    public Builder objects(String... objects) {
      delegate.objects(Elements.list("objects", objects));
      return this;
    }

    /** Sets what the text lists as the objects of the action, each verbatim from the words. */
    public Builder objects(Iterable<String> objects) {
      delegate.objects(Elements.list("objects", objects));
      return this;
    }

    /**
     * Sets the purposes the text states, each verbatim from the words: "with a view to avoiding the
     * establishment and operation of overlapping facilities and services" (Article 8).
     */
    public Builder purposes(String... purposes) {
      delegate.purposes(Elements.list("purposes", purposes));
      return this;
    }

    /** Sets the purposes the text states, each verbatim from the words. */
    public Builder purposes(Iterable<String> purposes) {
      delegate.purposes(Elements.list("purposes", purposes));
      return this;
    }

    /** Sets the norm that states the same for the other party. */
    public Builder mirror(NormId mirror) {
      delegate.mirror(Optional.of(checkNotNull(mirror, "mirror")));
      return this;
    }

    /** Sets {@link Norm#id()}. */
    public Builder id(NormId id) {
      delegate.id(id);
      return this;
    }

    /** Sets {@link Norm#fragments()}. */
    public Builder fragments(String... fragments) {
      delegate.fragments(Elements.list("fragments", fragments));
      return this;
    }

    /** Sets {@link Norm#fragments()}. */
    public Builder fragments(Iterable<? extends String> fragments) {
      delegate.fragments(Elements.list("fragments", fragments));
      return this;
    }

    /** Sets {@link Norm#force()}. */
    public Builder force(ForcePhrase force) {
      delegate.force(force);
      return this;
    }

    /** Sets {@link Norm#action()}. */
    public Builder action(String action) {
      delegate.action(action);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(Norm instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link Norm}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public Norm build() {
      return delegate.build();
    }
  }

  /** The identifier: the provision that states the norm and the norm's position in it. */
  public abstract NormId id();

  /**
   * The provision that states the norm: a paragraph, a point, a list's introduction or closing
   * words.
   */
  public ProvisionId provision() {
    return id().provision();
  }

  /**
   * The fragments of the provision that state the norm, verbatim and in the order they stand there;
   * one for a norm stated by a whole sentence.
   */
  public abstract ImmutableList<String> fragments();

  /**
   * Where the norm's words part from {@code text}, the text it is read in ({@code
   * AgreementText.readingText} of its provision): the position among {@link #fragments()} of the
   * first fragment that does not stand in {@code text} after the ones before it; empty if all do,
   * in order, as a norm's words must.
   */
  public OptionalInt firstFragmentNotIn(String text) {
    checkNotNull(text, "text");
    int from = 0;
    for (int i = 0; i < fragments().size(); i++) {
      int at = text.indexOf(fragments().get(i), from);
      if (at < 0) {
        return OptionalInt.of(i);
      }
      from = at + fragments().get(i).length();
    }
    return OptionalInt.empty();
  }

  /** The exact words that state the norm: its {@link #fragments()} joined by {@value #ELLIPSIS}. */
  @Value.Derived
  @Value.Auxiliary
  public String words() {
    return String.join(ELLIPSIS, fragments());
  }

  /**
   * The words that give the norm its force. It stands as whole words in the norm's words, and is
   * the {@linkplain Vocabulary#governing governing} phrase of them in its agreement's vocabulary,
   * which the validation module checks. If the builder is not given one, it is the governing phrase
   * of the words in {@link Vocabulary#english()}.
   */
  @Value.Default
  public ForcePhrase force() {
    checkArgument(!fragments().isEmpty(), "norm %s must have words", id());
    return Vocabulary.english()
        .governing(words())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the words of norm "
                        + id()
                        + " state no force (shall, may, agrees to, recognizes...): "
                        + Texts.quote(words())))
        .what();
  }

  /** Where the force phrase stands in the words. */
  @Value.Derived
  @Value.Auxiliary
  public Occurrence<ForcePhrase> forceOccurrence() {
    int at = Phrases.indexOf(words(), force().words(), 0);
    return new Occurrence<>(force(), force().words(), Math.max(at, 0));
  }

  /** Obligation, entitlement, permission, undertaking, recognition, commitment or safeguard. */
  public NormKind kind() {
    return force().kind();
  }

  /** Those the norm binds or empowers: the subject of "shall", "may", "recognizes". */
  @Value.Default
  public ImmutableSet<ActorId> bearers() {
    return ImmutableSet.of();
  }

  /**
   * Those the norm is owed to or benefits ({@link NormRole#COUNTERPARTY}); may include the bearers
   * for mutual norms ("each other").
   */
  @Value.Default
  public ImmutableSet<ActorId> counterparties() {
    return ImmutableSet.of();
  }

  /** The organs in whose sessions or meetings a right is exercised ({@link NormRole#FORUM}). */
  @Value.Default
  public ImmutableSet<ActorId> forums() {
    return ImmutableSet.of();
  }

  /**
   * Through whom the bearer acts ({@link NormRole#CHANNEL}): the Secretary-General in Article 4.
   */
  @Value.Default
  public ImmutableSet<ActorId> channels() {
    return ImmutableSet.of();
  }

  /** At whose invitation the bearer acts ({@link NormRole#INVITER}): the Security Council. */
  @Value.Default
  public ImmutableSet<ActorId> inviters() {
    return ImmutableSet.of();
  }

  /** The actors of {@code role}. */
  public ImmutableSet<ActorId> actors(NormRole role) {
    checkNotNull(role, "role");
    return switch (role) {
      case COUNTERPARTY -> counterparties();
      case FORUM -> forums();
      case CHANNEL -> channels();
      case INVITER -> inviters();
    };
  }

  /** What the bearer must, may or does do, in brief; the {@link #words()} are authoritative. */
  public abstract String action();

  /**
   * The conditions that qualify the norm, each stated in its words. They all apply, except those
   * among the {@link #alternativeConditions()}, of which one suffices.
   */
  @Value.Default
  public ImmutableSet<Condition> conditions() {
    return ImmutableSet.of();
  }

  /**
   * The conditions the words join by "or", of which any one suffices: in Article 13(2),
   * confidential material is protected "in accordance with their constituent instruments and
   * policies on confidentiality or in accordance with such supplementary arrangements". Empty where
   * every condition applies; otherwise at least two, each among the {@link #conditions()}.
   */
  @Value.Default
  public ImmutableSet<Condition> alternativeConditions() {
    return ImmutableSet.of();
  }

  /**
   * Whether {@code condition} must hold for the norm to apply: carried, and not one of several
   * alternatives.
   */
  public boolean requires(Condition condition) {
    checkNotNull(condition, "condition");
    return conditions().contains(condition) && !alternativeConditions().contains(condition);
  }

  /** Where each condition is stated in the words, in the order of the words. */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<Occurrence<Condition>> conditionOccurrences() {
    ImmutableList.Builder<Occurrence<Condition>> found = new ImmutableList.Builder();
    for (Condition condition : conditions()) {
      occurrenceOf(condition).ifPresent(found::add);
    }
    return ImmutableList.sortedCopyOf(Comparator.comparingInt(Occurrence::start), found.build());
  }

  /** Where {@code condition} is first stated in the words outside the force phrase, if it is. */
  private Optional<Occurrence<Condition>> occurrenceOf(Condition condition) {
    int from = 0;
    while (true) {
      Optional<Occurrence<Condition>> found = condition.firstOccurrenceIn(words(), from);
      if (found.isEmpty() || !found.get().overlaps(forceOccurrence())) {
        return found;
      }
      from = found.get().start() + 1;
    }
  }

  /** Whether {@code condition} qualifies the norm. */
  public boolean hasCondition(Condition condition) {
    checkNotNull(condition, "condition");
    return conditions().contains(condition);
  }

  /**
   * What the text lists as the objects of the action, verbatim: "facilities", "staff", "services"
   * (Article 8); empty where the text lists none.
   */
  @Value.Default
  public ImmutableList<String> objects() {
    return ImmutableList.of();
  }

  /**
   * The purposes the text states, verbatim: "with a view to avoiding duplication of their
   * activities and services" (Article 3(7)); empty where it states none.
   */
  @Value.Default
  public ImmutableList<String> purposes() {
    return ImmutableList.of();
  }

  /** The norm that states the same for the other party, such as Article 7(3) for Article 7(2). */
  @Value.Default
  public Optional<NormId> mirror() {
    return Optional.empty();
  }

  @Value.Check
  void check() {
    checkArgument(!fragments().isEmpty(), "norm %s must have words", id());
    for (String fragment : fragments()) {
      Texts.checkText("words of norm " + id(), fragment);
      checkArgument(
          !fragment.contains(ELLIPSIS.strip()),
          "a fragment of the words of norm %s must not contain %s: %s",
          id(),
          ELLIPSIS.strip(),
          Texts.quote(fragment));
    }
    Texts.checkText("action of norm " + id(), action());
    checkArgument(!bearers().isEmpty(), "norm %s must have at least one bearer", id());
    checkForce();
    for (Condition condition : conditions()) {
      if (occurrenceOf(condition).isEmpty()) {
        throw new IllegalArgumentException(
            "norm "
                + id()
                + " carries the condition \""
                + condition.label()
                + "\", which its words do not state (as "
                + condition.phrases()
                + "): "
                + Texts.quote(words()));
      }
    }
    checkArgument(
        conditions().containsAll(alternativeConditions()),
        "the alternative conditions of norm %s must be among its conditions %s: %s",
        id(),
        conditions(),
        alternativeConditions());
    checkArgument(
        alternativeConditions().size() != 1,
        "norm %s has one alternative condition, %s: alternatives come at least two, joined by \"or\"",
        id(),
        alternativeConditions());
    checkStated("object", objects());
    checkStated("purpose", purposes());
    checkArgument(
        inviters().isEmpty()
            == conditions().stream()
                .noneMatch(c -> c.name().equals(Condition.AT_THE_INVITATION_OF.name())),
        "norm %s must name its inviters exactly when it is at the invitation of someone",
        id());
    checkArgument(!mirror().equals(Optional.of(id())), "norm %s cannot be its own mirror", id());
  }

  private void checkForce() {
    if (!Phrases.standsIn(words(), force().words())) {
      throw new IllegalArgumentException(
          "the force phrase \""
              + force().words()
              + "\" of norm "
              + id()
              + " does not stand as whole words in its words: "
              + Texts.quote(words()));
    }
  }

  private void checkStated(String what, ImmutableList<String> phrases) {
    Elements.checkDistinct(what + "s of norm " + id(), phrases);
    for (String phrase : phrases) {
      Texts.checkText(what + " of norm " + id(), phrase);
      if (!Phrases.standsIn(words(), phrase)) {
        throw new IllegalArgumentException(
            "the "
                + what
                + " "
                + Texts.quote(phrase)
                + " of norm "
                + id()
                + " does not stand in its words: "
                + Texts.quote(words()));
      }
    }
  }
}
