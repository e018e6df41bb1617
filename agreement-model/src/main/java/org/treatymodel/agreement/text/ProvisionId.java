package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The identifier of a provision, following the Akoma Ntoso {@code eId} convention: components
 * joined by {@code __}, each a name and, after {@code _}, a number or letter. Examples: {@code
 * art_3} (Article 3), {@code art_3__para_2} (Article 3, paragraph 2), {@code
 * art_3__para_2__list_1__point_a} (point (a) of it), {@code preamble__recital_4} (the fourth
 * recital).
 *
 * <p>An unnumbered paragraph takes its position: the single paragraph of Article 1 is {@code
 * art_1__para_1}. {@link #parse} and {@link #toString} round-trip. This class is immutable.
 */
public final class ProvisionId implements Comparable<ProvisionId> {
  private static final Pattern COMPONENT = Pattern.compile("[a-z]+(_[0-9a-z]+)?");
  private static final String SEPARATOR = "__";

  private final ImmutableList<String> components;

  private ProvisionId(ImmutableList<String> components) {
    this.components = components;
  }

  /**
   * Parses an identifier such as {@code art_3__para_2__list_1__point_a}.
   *
   * @throws IllegalArgumentException if a component is not a lower-case name with an optional
   *     {@code _} and number or letter
   */
  public static ProvisionId parse(CharSequence text) {
    checkNotNull(text, "text");
    String value = text.toString();
    ImmutableList<String> parts = ImmutableList.copyOf(Splitter.on(SEPARATOR).split(value));
    for (String part : parts) {
      checkArgument(
          COMPONENT.matcher(part).matches(),
          "provision id must be components like \"art_3\" joined by \"__\": \"%s\"",
          value);
    }
    return new ProvisionId(parts);
  }

  /** The identifier of Article {@code number}: {@code art_<number>}. */
  public static ProvisionId article(int number) {
    checkArgument(number >= 1, "article number must be at least 1: %s", number);
    return new ProvisionId(ImmutableList.of("art_" + number));
  }

  /**
   * The identifier of the preamble's recital {@code number}: {@code preamble__recital_<number>}.
   */
  public static ProvisionId recital(int number) {
    checkArgument(number >= 1, "recital number must be at least 1: %s", number);
    return new ProvisionId(ImmutableList.of("preamble", "recital_" + number));
  }

  /** The identifier of the preamble: {@code preamble}. */
  public static ProvisionId preamble() {
    return new ProvisionId(ImmutableList.of("preamble"));
  }

  /** The identifier of the final clauses: {@code conclusions}. */
  public static ProvisionId conclusions() {
    return new ProvisionId(ImmutableList.of("conclusions"));
  }

  /**
   * The identifier of paragraph {@code number} (or position) within this provision. This instance
   * is immutable and unaffected by this method call.
   */
  public ProvisionId paragraph(int number) {
    checkArgument(number >= 1, "paragraph number must be at least 1: %s", number);
    return child("para_" + number);
  }

  /** The identifier of point {@code label} of the first list within this provision. */
  public ProvisionId point(char label) {
    checkArgument(
        label >= 'a' && label <= 'z', "point label must be a letter from a to z: '%s'", label);
    return child("list_1").child("point_" + label);
  }

  /**
   * The identifier of a child component, such as {@code formula_1} or {@code wrapup}.
   *
   * @throws IllegalArgumentException if {@code component} is not of the component form
   */
  public ProvisionId child(String component) {
    checkNotNull(component, "component");
    checkArgument(
        COMPONENT.matcher(component).matches(),
        "provision id component must be a name like \"para_2\": \"%s\"",
        component);
    return new ProvisionId(
        ImmutableList.<String>builder().addAll(components).add(component).build());
  }

  /** The components, outermost first: {@code [art_3, para_2]}. */
  public ImmutableList<String> components() {
    return components;
  }

  /** The enclosing provision, or empty for a top-level one ({@code art_3}, {@code preamble}). */
  public Optional<ProvisionId> parent() {
    return components.size() == 1
        ? Optional.empty()
        : Optional.of(new ProvisionId(components.subList(0, components.size() - 1)));
  }

  /**
   * Whether this is {@code other} or lies within it: {@code art_3__para_2} is within {@code art_3}.
   */
  public boolean isWithin(ProvisionId other) {
    checkNotNull(other, "other");
    return components.size() >= other.components.size()
        && components.subList(0, other.components.size()).equals(other.components);
  }

  /** The number of the article this provision lies in, or empty outside the articles. */
  public OptionalInt articleNumber() {
    String first = components.get(0);
    return first.matches("art_[0-9]+")
        ? OptionalInt.of(Integer.parseInt(first.substring("art_".length())))
        : OptionalInt.empty();
  }

  /**
   * Orders identifiers by their text. Document order is given by {@link
   * AgreementText#provisions()}.
   */
  @Override
  public int compareTo(ProvisionId other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProvisionId that && that.components.equals(components);
  }

  @Override
  public int hashCode() {
    return components.hashCode();
  }

  /** The {@code eId} text, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return String.join(SEPARATOR, components);
  }
}
