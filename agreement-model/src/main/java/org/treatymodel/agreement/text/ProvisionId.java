package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Identifiers;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionKind.Numbering;

/**
 * The identifier of a provision, following the Akoma Ntoso naming convention for {@code eId}s:
 * typed {@linkplain Component components} joined by {@code __}, each the short name of a {@link
 * ProvisionKind} and, after {@code _}, a number or letter. Examples: {@code art_3} (Article 3),
 * {@code art_3__para_2} (Article 3, paragraph 2), {@code art_3__para_2__list_1__point_a} (point (a)
 * of it), {@code art_3__para_2__list_1__intro} and {@code art_3__para_2__list_1__wrapup} (the words
 * before and after the points), {@code preamble__recital_4} (the fourth recital), {@code
 * conclusions__signature_1}.
 *
 * <p>Components nest as the text does: the preamble holds formulas and recitals; an article
 * paragraphs; a paragraph lists; a list its introduction, points and closing words; a point a
 * further list; the final clauses ({@code conclusions}) formulas and signatures. An unnumbered
 * paragraph takes its position: the single paragraph of Article 1 is {@code art_1__para_1}. Numbers
 * are written without leading zero, from 1 to {@value #MAX_NUMBER}; letters from a to z.
 *
 * <p>{@link #parse} accepts exactly the form {@link #toString} writes, at most {@value #MAX_LENGTH}
 * characters, and throws {@link IllegalArgumentException} (or {@link NullPointerException} for
 * null) whatever else it is given. Identifiers {@linkplain #compareTo order} as a reader meets the
 * provisions. This class is immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class ProvisionId implements Comparable<ProvisionId> {
  /** The longest identifier accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  /** The largest number a component may carry. */
  public static final int MAX_NUMBER = 9999;

  private static final String SEPARATOR = "__";
  private static final String FORM =
      "components like \"art_3\" joined by \"__\", nested as the text is, like"
          + " \"art_3__para_2__list_1__point_a\"";

  private static final Comparator<Component> DOCUMENT_ORDER =
      Comparator.comparingInt(Component::rank)
          .thenComparing(Component::kind)
          .thenComparingInt(Component::number);

  /**
   * One component of an identifier: a kind and, for a numbered or lettered kind, its number (a
   * letter counts from 1 for {@code a}).
   *
   * @param kind what unit of the text the component names
   * @param number its number, or the position of its letter (1 for a); 0 for a unique unit
   */
  public record Component(ProvisionKind kind, int number) {
    /**
     * Checks the number against the kind.
     *
     * @throws IllegalArgumentException naming the kind and the number if they do not fit
     */
    public Component {
      checkNotNull(kind, "kind");
      int max =
          switch (kind.numbering()) {
            case NONE -> 0;
            case NUMBER -> MAX_NUMBER;
            case LETTER -> 26;
          };
      int min = kind.numbering() == Numbering.NONE ? 0 : 1;
      checkArgument(
          number >= min && number <= max,
          "a %s component takes a number from %s to %s: %s",
          kind.code(),
          min,
          max,
          number);
    }

    /** The number or letter as written: {@code "3"}, {@code "a"}, or empty for a unique unit. */
    public String designator() {
      return switch (kind.numbering()) {
        case NONE -> "";
        case NUMBER -> Integer.toString(number);
        case LETTER -> String.valueOf((char) ('a' + number - 1));
      };
    }

    /** Where siblings of different kinds stand: openings first, closings and signatures last. */
    private int rank() {
      return switch (kind) {
        case PREAMBLE -> 0;
        case INTRO -> 1;
        // The first formula opens its container (the parties), later ones close it.
        case FORMULA -> number == 1 ? 2 : 4;
        case RECITAL, ARTICLE, PARAGRAPH, LIST, POINT -> 3;
        case WRAP_UP -> 5;
        case SIGNATURE -> 6;
        case CONCLUSIONS -> 7;
      };
    }

    /** The component as written: {@code art_3}, {@code point_a}, {@code intro}. */
    @Override
    public String toString() {
      return kind.numbering() == Numbering.NONE ? kind.code() : kind.code() + "_" + designator();
    }
  }

  private final ImmutableList<Component> components;

  // Identifiers are map keys and messages everywhere: the text is computed once, and, as it
  // spells the components one to one, it is also what equals and hashCode compare.
  private final String text;

  private ProvisionId(ImmutableList<Component> components) {
    this.components = components;
    StringBuilder out = new StringBuilder();
    for (Component component : components) {
      if (out.length() > 0) {
        out.append(SEPARATOR);
      }
      out.append(component);
    }
    this.text = out.toString();
  }

  /**
   * Parses an identifier such as {@code art_3__para_2__list_1__point_a}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the text if it is longer than {@value #MAX_LENGTH}
   *     characters, has a component of no known kind or with a number not in canonical form, or
   *     nests components otherwise than the text does
   */
  public static ProvisionId parse(CharSequence text) {
    String value = Identifiers.check("provision id", text, MAX_LENGTH, t -> true, FORM);
    ImmutableList.Builder<Component> components = new ImmutableList.Builder();
    @Nullable ProvisionKind parent = null;
    int start = 0;
    while (true) {
      int end = value.indexOf(SEPARATOR, start);
      Component component = component(value, start, end < 0 ? value.length() : end);
      if (component == null || !canHold(parent, component.kind())) {
        throw malformed(value);
      }
      components.add(component);
      parent = component.kind();
      if (end < 0) {
        break;
      }
      start = end + SEPARATOR.length();
    }
    return new ProvisionId(components.build());
  }

  private static IllegalArgumentException malformed(String value) {
    return new IllegalArgumentException("provision id must be " + FORM + ": " + Texts.quote(value));
  }

  /** The component written in {@code text[from, to)}, or null if it is not one. */
  private static @Nullable Component component(String text, int from, int to) {
    int underscore = text.indexOf('_', from);
    int nameEnd = underscore < 0 || underscore >= to ? to : underscore;
    Optional<ProvisionKind> kind = ProvisionKind.ofCode(text.substring(from, nameEnd));
    if (kind.isEmpty()) {
      return null;
    }
    return switch (kind.get().numbering()) {
      case NONE -> nameEnd == to ? new Component(kind.get(), 0) : null;
      case NUMBER -> {
        if (nameEnd == to) {
          yield null;
        }
        int number = Identifiers.canonicalNumber(text, nameEnd + 1, to);
        yield number >= 1 && number <= MAX_NUMBER ? new Component(kind.get(), number) : null;
      }
      case LETTER -> {
        if (to - nameEnd != 2) {
          yield null;
        }
        char letter = text.charAt(nameEnd + 1);
        yield Identifiers.isLowerLetter(letter)
            ? new Component(kind.get(), letter - 'a' + 1)
            : null;
      }
    };
  }

  /**
   * Whether a provision of kind {@code parent} (null: the document) can hold one of {@code kind}.
   */
  private static boolean canHold(@Nullable ProvisionKind parent, ProvisionKind kind) {
    if (parent == null) {
      return kind == ProvisionKind.PREAMBLE
          || kind == ProvisionKind.ARTICLE
          || kind == ProvisionKind.CONCLUSIONS;
    }
    return switch (parent) {
      case PREAMBLE -> kind == ProvisionKind.FORMULA || kind == ProvisionKind.RECITAL;
      case ARTICLE -> kind == ProvisionKind.PARAGRAPH;
      case PARAGRAPH, POINT -> kind == ProvisionKind.LIST;
      case LIST ->
          kind == ProvisionKind.INTRO
              || kind == ProvisionKind.POINT
              || kind == ProvisionKind.WRAP_UP;
      case CONCLUSIONS -> kind == ProvisionKind.FORMULA || kind == ProvisionKind.SIGNATURE;
      case FORMULA, RECITAL, INTRO, WRAP_UP, SIGNATURE -> false;
    };
  }

  /** The identifier of Article {@code number}: {@code art_<number>}. */
  public static ProvisionId article(int number) {
    return new ProvisionId(ImmutableList.of(numbered(ProvisionKind.ARTICLE, "article", number)));
  }

  /**
   * The identifier of the preamble's recital {@code number}: {@code preamble__recital_<number>}.
   */
  public static ProvisionId recital(int number) {
    return preamble().with(numbered(ProvisionKind.RECITAL, "recital", number));
  }

  /** The identifier of the preamble: {@code preamble}. */
  public static ProvisionId preamble() {
    return new ProvisionId(ImmutableList.of(new Component(ProvisionKind.PREAMBLE, 0)));
  }

  /** The identifier of the final clauses: {@code conclusions}. */
  public static ProvisionId conclusions() {
    return new ProvisionId(ImmutableList.of(new Component(ProvisionKind.CONCLUSIONS, 0)));
  }

  /**
   * The identifier of paragraph {@code number} (or position) of this article: {@code
   * art_5__para_2}. This instance is immutable and unaffected by this method call.
   *
   * @throws IllegalArgumentException if this is not an article or the number is out of range
   */
  public ProvisionId paragraph(int number) {
    return child(ProvisionKind.PARAGRAPH, "paragraph", number);
  }

  /**
   * The identifier of list {@code number} of this paragraph or point: {@code
   * art_3__para_2__list_1}.
   *
   * @throws IllegalArgumentException if this is not a paragraph or point, or the number is out of
   *     range
   */
  public ProvisionId list(int number) {
    return child(ProvisionKind.LIST, "list", number);
  }

  /**
   * The identifier of point {@code label} of the first list of this paragraph: {@code
   * art_3__para_2__list_1__point_a}; of this list if this is a list.
   *
   * @throws IllegalArgumentException if the label is not a letter from a to z, or this is neither a
   *     paragraph, a point nor a list
   */
  public ProvisionId point(char label) {
    checkArgument(
        Identifiers.isLowerLetter(label), "point label must be a letter from a to z: '%s'", label);
    return listOrFirst().with(new Component(ProvisionKind.POINT, label - 'a' + 1));
  }

  /**
   * The identifier of the words that introduce the first list of this paragraph (or this list):
   * {@code art_3__para_2__list_1__intro}.
   */
  public ProvisionId intro() {
    return listOrFirst().with(new Component(ProvisionKind.INTRO, 0));
  }

  /**
   * The identifier of the closing words after the points of the first list of this paragraph (or
   * this list): {@code art_3__para_2__list_1__wrapup}.
   */
  public ProvisionId wrapUp() {
    return listOrFirst().with(new Component(ProvisionKind.WRAP_UP, 0));
  }

  /**
   * The identifier of formula {@code number} of the preamble or the final clauses: {@code
   * preamble__formula_1}.
   */
  public ProvisionId formula(int number) {
    return child(ProvisionKind.FORMULA, "formula", number);
  }

  /**
   * The identifier of column {@code number} of the signature block: {@code
   * conclusions__signature_1}.
   */
  public ProvisionId signature(int number) {
    return child(ProvisionKind.SIGNATURE, "signature", number);
  }

  private ProvisionId listOrFirst() {
    return kind() == ProvisionKind.LIST ? this : list(1);
  }

  private ProvisionId child(ProvisionKind kind, String what, int number) {
    Component component = numbered(kind, what, number);
    checkArgument(canHold(kind(), kind), "%s holds no %s: %s", this, kind.label(), component);
    return with(component);
  }

  private static Component numbered(ProvisionKind kind, String what, int number) {
    checkArgument(
        number >= 1 && number <= MAX_NUMBER,
        "%s number must be from 1 to %s: %s",
        what,
        MAX_NUMBER,
        number);
    return new Component(kind, number);
  }

  private ProvisionId with(Component component) {
    checkArgument(
        toString().length() + SEPARATOR.length() + component.toString().length() <= MAX_LENGTH,
        "provision id must be at most %s characters: %s%s%s",
        MAX_LENGTH,
        this,
        SEPARATOR,
        component);
    return new ProvisionId(
        ImmutableList.<Component>builder().addAll(components).add(component).build());
  }

  /** The components, outermost first: {@code [art_3, para_2]}. */
  public ImmutableList<Component> components() {
    return components;
  }

  /** What unit of the text this identifies: the kind of its last component. */
  public ProvisionKind kind() {
    return components.get(components.size() - 1).kind();
  }

  /** The enclosing provision, or empty for a top-level one ({@code art_3}, {@code preamble}). */
  public Optional<ProvisionId> parent() {
    return components.size() == 1
        ? Optional.empty()
        : Optional.of(new ProvisionId(components.subList(0, components.size() - 1)));
  }

  /** The nearest enclosing provision of {@code kind}, this one included, if any. */
  public Optional<ProvisionId> enclosing(ProvisionKind kind) {
    checkNotNull(kind, "kind");
    for (int i = components.size(); i > 0; i--) {
      if (components.get(i - 1).kind() == kind) {
        return Optional.of(new ProvisionId(components.subList(0, i)));
      }
    }
    return Optional.empty();
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
    Component first = components.get(0);
    return first.kind() == ProvisionKind.ARTICLE
        ? OptionalInt.of(first.number())
        : OptionalInt.empty();
  }

  /**
   * Orders identifiers as a reader meets the provisions: the preamble (its first formula, the
   * recitals, then the enacting formula) before the articles before the final clauses; a provision
   * before the provisions within it; numbers as numbers ({@code art_2} before {@code art_10}); a
   * list's introduction before its points before its closing words.
   */
  @Override
  public int compareTo(ProvisionId other) {
    checkNotNull(other, "other");
    int shared = Math.min(components.size(), other.components.size());
    for (int i = 0; i < shared; i++) {
      int order = DOCUMENT_ORDER.compare(components.get(i), other.components.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(components.size(), other.components.size());
  }

  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof ProvisionId that && that.text.equals(text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The {@code eId} text, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return text;
  }
}
