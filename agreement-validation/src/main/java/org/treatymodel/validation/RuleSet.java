package org.treatymodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.text.PlainText;

/**
 * Rules that belong together, such as those on the procedure of Articles 15 and 16; sets compose
 * with {@link #and}. Within a set each code is used once. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class RuleSet {
  private final String name;
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<RuleCode, Rule> byCode;

  private RuleSet(String name, ImmutableList<Rule> rules) {
    this.name = name;
    this.rules = rules;
    ImmutableMap.Builder<RuleCode, Rule> index = ImmutableMap.builder();
    for (Rule rule : rules) {
      index.put(rule.code(), rule);
    }
    this.byCode = index.buildKeepingLast();
    if (byCode.size() != rules.size()) {
      java.util.Set<RuleCode> seen = new java.util.HashSet<>();
      java.util.Set<RuleCode> twice = new java.util.TreeSet<>();
      for (Rule rule : rules) {
        if (!seen.add(rule.code())) {
          twice.add(rule.code());
        }
      }
      throw new IllegalArgumentException(
          "two rules with one code: "
              + twice.stream()
                  .map(RuleCode::toString)
                  .collect(java.util.stream.Collectors.joining(", "))
              + " (in "
              + name
              + ")");
    }
  }

  /**
   * A set named {@code name} of {@code rules}, in the order given.
   *
   * @throws IllegalArgumentException if two rules have one code
   */
  public static RuleSet of(String name, Rule... rules) {
    checkNotNull(rules, "rules");
    return of(name, Arrays.asList(rules));
  }

  /**
   * A set named {@code name} of {@code rules}, in the order given.
   *
   * @throws IllegalArgumentException if two rules have one code
   */
  public static RuleSet of(String name, Iterable<Rule> rules) {
    checkNotNull(name, "name");
    checkNotNull(rules, "rules");
    PlainText.check("name of a rule set", name);
    ImmutableList.Builder<Rule> copy = ImmutableList.builder();
    int index = 0;
    for (Rule rule : rules) {
      checkNotNull(rule, "rules must not contain null: element %s is null", index++);
      copy.add(rule);
    }
    return new RuleSet(name, copy.build());
  }

  /** The name, such as "procedure". */
  public String name() {
    return name;
  }

  /** The rules, in order. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** The codes of the rules, in order. */
  public ImmutableList<RuleCode> codes() {
    return rules.stream().map(Rule::code).collect(ImmutableList.toImmutableList());
  }

  /** The rule with {@code code}, if this set has it. */
  public Optional<Rule> find(RuleCode code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * This set's rules, then {@code other}'s.
   *
   * @throws IllegalArgumentException if the two sets share a code
   */
  public RuleSet and(RuleSet other) {
    checkNotNull(other, "other");
    return new RuleSet(
        name + ", " + other.name,
        ImmutableList.<Rule>builder().addAll(rules).addAll(other.rules).build());
  }

  /** The set in brief: {@code procedure (12 rules)}. */
  @Override
  public String toString() {
    return name + " (" + rules.size() + " rules)";
  }
}
