package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Identifiers;
import org.treatymodel.agreement.internal.Phrases;

/**
 * The words with which an agreement states its norms: the {@link ForcePhrase}s that give a norm its
 * force ("shall", "may", "shall endeavour to") and the {@link Condition}s that qualify it ("upon
 * request", "subject to the availability of resources"). Every agreement carries its vocabulary,
 * and an Akoma Ntoso dossier writes it, so that a text that speaks otherwise than the 2016
 * Agreement is modelled without changing the library.
 *
 * <p>{@link #english()} holds the common English phrases and is an agreement's vocabulary unless it
 * declares its own; the 2016 Agreement's vocabulary is data of its dossier. Within a vocabulary
 * names are unique, and so are the words of the force phrases. Instances are immutable; {@link
 * #with} makes a copy with more terms.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Vocabulary {
  /** The longest name of a force phrase or condition accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 80;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String NAME_FORM =
      "lower-case letters and digits joined by single hyphens, like \"upon-request\"";

  private final ImmutableMap<String, ForcePhrase> forcePhrases;
  private final ImmutableMap<String, Condition> conditions;

  private Vocabulary(
      ImmutableMap<String, ForcePhrase> forcePhrases, ImmutableMap<String, Condition> conditions) {
    this.forcePhrases = forcePhrases;
    this.conditions = conditions;
  }

  /**
   * The vocabulary of {@code forcePhrases} and {@code conditions}, in the order given.
   *
   * @throws IllegalArgumentException naming the term if two force phrases or two conditions share a
   *     name, or two force phrases share their words
   */
  public static Vocabulary of(Iterable<ForcePhrase> forcePhrases, Iterable<Condition> conditions) {
    return empty().with(forcePhrases, conditions);
  }

  /** The vocabulary with no terms. */
  public static Vocabulary empty() {
    return Empty.INSTANCE;
  }

  /**
   * The common English phrases of international agreements: "shall", "must", "shall consider",
   * "shall endeavour to", "will", "may", "shall be entitled", "agrees to", "undertakes to",
   * "recognizes", "shall be without prejudice to", "shall be subject to"...; and the common
   * conditions: "upon request", "as appropriate", "where applicable", "to the extent practicable",
   * "to the extent possible", "subject to the availability of resources", "in writing", "at the
   * invitation of", "without vote"... Where a term is also one of the 2016 Agreement's, it is that
   * constant ({@link ForcePhrase#SHALL}, {@link Condition#UPON_REQUEST}).
   */
  public static Vocabulary english() {
    return English.INSTANCE;
  }

  /**
   * This vocabulary with {@code forcePhrases} and {@code conditions} added after its own; a term
   * equal to one it has already is not repeated.
   *
   * @throws IllegalArgumentException naming the term if one shares a name with a different term, or
   *     a force phrase its words with another
   */
  public Vocabulary with(Iterable<ForcePhrase> forcePhrases, Iterable<Condition> conditions) {
    checkNotNull(forcePhrases, "forcePhrases");
    checkNotNull(conditions, "conditions");
    Map<String, ForcePhrase> forces = new LinkedHashMap<>(this.forcePhrases);
    Map<String, ForcePhrase> byWords = new LinkedHashMap<>();
    this.forcePhrases.values().forEach(force -> byWords.put(force.words(), force));
    int index = 0;
    for (ForcePhrase force : forcePhrases) {
      checkNotNull(force, "forcePhrases[%s]", index++);
      ForcePhrase named = forces.putIfAbsent(force.name(), force);
      checkArgument(
          named == null || named.equals(force),
          "the vocabulary has two force phrases named %s: \"%s\" (%s) and \"%s\" (%s)",
          force.name(),
          named == null ? "" : named.words(),
          named == null ? "" : named.kind().label(),
          force.words(),
          force.kind().label());
      ForcePhrase worded = byWords.putIfAbsent(force.words(), force);
      checkArgument(
          worded == null || worded.equals(force),
          "the vocabulary has two force phrases with the words \"%s\": %s and %s",
          force.words(),
          worded,
          force);
    }
    Map<String, Condition> conds = new LinkedHashMap<>(this.conditions);
    index = 0;
    for (Condition condition : conditions) {
      checkNotNull(condition, "conditions[%s]", index++);
      Condition named = conds.putIfAbsent(condition.name(), condition);
      checkArgument(
          named == null || named.equals(condition),
          "the vocabulary has two conditions named %s: stated by %s and by %s",
          condition.name(),
          named == null ? "" : named.phrases(),
          condition.phrases());
    }
    return new Vocabulary(ImmutableMap.copyOf(forces), ImmutableMap.copyOf(conds));
  }

  /** This vocabulary with the terms of {@code other} added after its own, as {@link #with}. */
  public Vocabulary with(Vocabulary other) {
    checkNotNull(other, "other");
    return with(other.forcePhrases(), other.conditions());
  }

  /** The force phrases, in the order they were given. */
  public ImmutableList<ForcePhrase> forcePhrases() {
    return forcePhrases.values().asList();
  }

  /** The conditions, in the order they were given. */
  public ImmutableList<Condition> conditions() {
    return conditions.values().asList();
  }

  /** The force phrase named {@code name}, if the vocabulary has it. */
  public Optional<ForcePhrase> findForcePhrase(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(forcePhrases.get(name));
  }

  /** The condition named {@code name}, if the vocabulary has it. */
  public Optional<Condition> findCondition(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(conditions.get(name));
  }

  /** Whether the vocabulary has {@code force}, with its name, words and kind. */
  public boolean contains(ForcePhrase force) {
    checkNotNull(force, "force");
    return force.equals(forcePhrases.get(force.name()));
  }

  /** Whether the vocabulary has {@code condition}, with its name, label and phrases. */
  public boolean contains(Condition condition) {
    checkNotNull(condition, "condition");
    return condition.equals(conditions.get(condition.name()));
  }

  /** The force phrases that make a norm of {@code kind}, in order. */
  public ImmutableList<ForcePhrase> forcePhrasesOf(NormKind kind) {
    checkNotNull(kind, "kind");
    return forcePhrases.values().stream()
        .filter(force -> force.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The governing force phrase of {@code words}: the first of the vocabulary's phrases that stands
   * in them as whole words, the longest where several begin at the same place; empty if none does.
   * So "shall" inside "Nothing in this Agreement shall be so construed" does not govern where the
   * longer phrase is in the vocabulary, and "may" inside "as may be found appropriate" after a
   * "shall" does not make a permission.
   */
  public Optional<Occurrence<ForcePhrase>> governing(String words) {
    checkNotNull(words, "words");
    Optional<Occurrence<ForcePhrase>> first = Optional.empty();
    for (ForcePhrase phrase : forcePhrases.values()) {
      int at = Phrases.indexOf(words, phrase.words(), 0);
      if (at < 0) {
        continue;
      }
      boolean earlier = first.isEmpty() || at < first.get().start();
      boolean longerAtTheSamePlace =
          first.isPresent()
              && at == first.get().start()
              && phrase.words().length() > first.get().phrase().length();
      if (earlier || longerAtTheSamePlace) {
        first = Optional.of(new Occurrence<>(phrase, phrase.words(), at));
      }
    }
    return first;
  }

  /** Checks a term's name: a token of lower-case letters and digits joined by hyphens. */
  static String checkName(String field, @Nullable String name) {
    return Identifiers.check(
        field, name, MAX_NAME_LENGTH, text -> NAME.matcher(text).matches(), NAME_FORM);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Vocabulary that
        && forcePhrases.equals(that.forcePhrases)
        && conditions.equals(that.conditions);
  }

  @Override
  public int hashCode() {
    return forcePhrases.hashCode() * 31 + conditions.hashCode();
  }

  /** The names of the terms, for messages: "Vocabulary[forces=[shall, may], conditions=[...]]". */
  @Override
  public String toString() {
    return "Vocabulary[forces="
        + forcePhrases.keySet()
        + ", conditions="
        + conditions.keySet()
        + "]";
  }

  /** The terms of the 2016 Agreement, the constants of ForcePhrase and Condition, in order. */
  static Vocabulary of2016() {
    return Of2016.INSTANCE;
  }

  private static final class Of2016 {
    static final Vocabulary INSTANCE =
        of(
            ImmutableList.of(
                ForcePhrase.SHALL_BE_ENTITLED,
                ForcePhrase.SHALL_BE_WITHOUT_PREJUDICE_TO,
                ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED,
                ForcePhrase.SHALL_BE_SUBJECT_TO,
                ForcePhrase.SHALL,
                ForcePhrase.MAY,
                ForcePhrase.AGREES_TO,
                ForcePhrase.AGREE_TO,
                ForcePhrase.UNDERTAKES_TO,
                ForcePhrase.RECOGNIZES,
                ForcePhrase.RECOGNIZE,
                ForcePhrase.WILL),
            ImmutableList.of(
                Condition.UPON_REQUEST,
                Condition.TO_THE_EXTENT_PRACTICABLE,
                Condition.WHENEVER_REQUIRED,
                Condition.WHENEVER_NECESSARY,
                Condition.AS_APPROPRIATE,
                Condition.WHERE_APPROPRIATE,
                Condition.AS_MAY_BE_FOUND_APPROPRIATE,
                Condition.AS_MAY_BE_NECESSARY,
                Condition.AS_MAY_BE_APPROPRIATE,
                Condition.AS_EITHER_ORGANIZATION_MAY_REQUIRE,
                Condition.IF_IT_DECIDES_IT_TO_BE_APPROPRIATE,
                Condition.IN_ITS_JUDGEMENT,
                Condition.WHERE_APPLICABLE,
                Condition.WITHOUT_VOTE,
                Condition.AT_THE_INVITATION_OF,
                Condition.AT_MEETINGS_CONSIDERING_MATTERS_OF_INTEREST_TO_THE_UNITED_NATIONS,
                Condition.ON_MATTERS_WITHIN_THE_COMPETENCE_OF_THOSE_CONSULTED,
                Condition.WHERE_EXPERT_ADVICE_IS_REQUIRED,
                Condition.RELATING_TO_MATTERS_WITHIN_THE_COMPETENCE_OF_THE_REQUESTING_PARTY,
                Condition.IN_RELATION_TO_MATTERS_OF_COMMON_INTEREST,
                Condition.FOR_THE_PURPOSES_OF_THIS_PARAGRAPH,
                Condition.IN_ACCORDANCE_WITH_THE_RELEVANT_RULES_OF_PROCEDURE,
                Condition.IN_ACCORDANCE_WITH_THEIR_ESTABLISHED_RULES_OF_PROCEDURES,
                Condition.IN_ACCORDANCE_WITH_HIS_OR_HER_AUTHORITY,
                Condition.IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS,
                Condition
                    .IN_ACCORDANCE_WITH_THEIR_CONSTITUENT_INSTRUMENTS_AND_POLICIES_ON_CONFIDENTIALITY,
                Condition.IF_DISCLOSURE_COULD_VIOLATE_ITS_OBLIGATION_OF_CONFIDENTIALITY,
                Condition.WITHIN_THEIR_RESPECTIVE_MANDATES,
                Condition.WITHIN_THEIR_RESPECTIVE_COMPETENCIES,
                Condition.WITH_DUE_REGARD_TO_THE_POLICIES_OF_THE_UNITED_NATIONS,
                Condition.WITH_DUE_REGARD_TO_COST_SAVINGS,
                Condition.WITHOUT_PREJUDICE_TO,
                Condition.IN_SUCH_CASES,
                Condition.IN_CASE_CONFIDENTIAL_MATERIAL_IS_PROVIDED,
                Condition.AS_PER_ESTABLISHED_COST_SHARING_ARRANGEMENTS,
                Condition.IN_ACCORDANCE_WITH_ARRANGEMENTS_AGREED_FROM_TIME_TO_TIME,
                Condition.IN_ACCORDANCE_WITH_ARRANGEMENTS_WITH_THE_ORGANIZATIONS_CONCERNED,
                Condition.BASED_ON_CONDITIONS_IN_SUPPLEMENTARY_ARRANGEMENTS,
                Condition.IN_ACCORDANCE_WITH_ADMINISTRATIVE_ARRANGEMENTS,
                Condition.IN_ACCORDANCE_WITH_SUPPLEMENTARY_ARRANGEMENTS,
                Condition.WHERE_SUCH_USE_IS_RECOGNIZED_BY_STATES,
                Condition.FOR_DISTRIBUTION,
                Condition.IN_WRITING));
  }

  // Holders, so that the constants of ForcePhrase and Condition are initialised before the
  // vocabularies that list them, whichever class a program touches first.
  private static final class Empty {
    static final Vocabulary INSTANCE = new Vocabulary(ImmutableMap.of(), ImmutableMap.of());
  }

  private static final class English {
    static final Vocabulary INSTANCE =
        of(
            ImmutableList.of(
                ForcePhrase.SHALL,
                ForcePhrase.of("shall-not", "shall not", NormKind.OBLIGATION),
                ForcePhrase.of("must", "must", NormKind.OBLIGATION),
                ForcePhrase.of("shall-consider", "shall consider", NormKind.OBLIGATION),
                ForcePhrase.of("shall-endeavour-to", "shall endeavour to", NormKind.COMMITMENT),
                ForcePhrase.WILL,
                ForcePhrase.MAY,
                ForcePhrase.SHALL_BE_ENTITLED,
                ForcePhrase.of("is-entitled-to", "is entitled to", NormKind.ENTITLEMENT),
                ForcePhrase.of("are-entitled-to", "are entitled to", NormKind.ENTITLEMENT),
                ForcePhrase.AGREES_TO,
                ForcePhrase.AGREE_TO,
                ForcePhrase.UNDERTAKES_TO,
                ForcePhrase.of("undertake-to", "undertake to", NormKind.UNDERTAKING),
                ForcePhrase.RECOGNIZES,
                ForcePhrase.RECOGNIZE,
                ForcePhrase.SHALL_BE_WITHOUT_PREJUDICE_TO,
                ForcePhrase.SHALL_BE_SUBJECT_TO,
                ForcePhrase.NOTHING_SHALL_BE_SO_CONSTRUED),
            ImmutableList.of(
                Condition.UPON_REQUEST,
                Condition.AS_APPROPRIATE,
                Condition.WHERE_APPROPRIATE,
                Condition.WHERE_APPLICABLE,
                Condition.WHENEVER_NECESSARY,
                Condition.TO_THE_EXTENT_PRACTICABLE,
                Condition.of(
                    "to-the-extent-possible", "to the extent possible", "to the extent possible"),
                Condition.of(
                    "subject-to-available-resources",
                    "subject to available resources",
                    "subject to the availability of resources",
                    "subject to available resources"),
                Condition.IN_WRITING,
                Condition.AT_THE_INVITATION_OF,
                Condition.WITHOUT_VOTE,
                Condition.WITHOUT_PREJUDICE_TO));
  }
}
