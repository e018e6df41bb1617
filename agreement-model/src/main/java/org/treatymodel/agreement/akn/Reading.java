package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.TM;

import com.google.common.base.Splitter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The small readers every codec shares: finding children, reading attributes as values, and turning
 * whatever is wrong with the document into an {@link AkomaNtosoException} at the element's line and
 * column.
 */
final class Reading {
  private Reading() {}

  /** The text of {@code element}, a run of white space with a line break taken as one space. */
  static String words(Element element) {
    String text = element.text();
    boolean broken = false;
    for (int i = 0; i < text.length() && !broken; i++) {
      broken = Texts.isLineBreak(text.charAt(i)) || text.charAt(i) == '\t';
    }
    if (broken) {
      text = text.replaceAll("\\s*[\\n\\r\\t\\u000B\\f\\u0085\\u2028\\u2029]\\s*", " ");
    }
    return text.strip();
  }

  static Element only(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      throw error(
          parent,
          "expected one <"
              + prefixed(namespace, name)
              + "> in "
              + parent
              + ", found "
              + found.size());
    }
    return found.get(0);
  }

  static Element onlyTm(Element parent, String name) {
    return only(parent, TM, name);
  }

  static Optional<Element> optional(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() > 1) {
      throw error(
          found.get(1), "expected at most one <" + prefixed(namespace, name) + "> in " + parent);
    }
    return found.stream().findFirst();
  }

  static List<Element> children(Element parent, String namespace, String name) {
    return parent.children().stream()
        .filter(child -> child.namespace().equals(namespace) && child.name().equals(name))
        .toList();
  }

  static Element descendant(Element parent, String namespace, String name) {
    List<Element> found = descendants(parent, namespace, name);
    if (found.isEmpty()) {
      throw error(parent, "expected <" + prefixed(namespace, name) + "> in " + parent);
    }
    return found.get(0);
  }

  static List<Element> descendants(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Element child : parent.children()) {
      if (child.namespace().equals(namespace) && child.name().equals(name)) {
        found.add(child);
      }
      found.addAll(descendants(child, namespace, name));
    }
    return found;
  }

  private static String prefixed(String namespace, String name) {
    return namespace.equals(TM) ? "tm:" + name : name;
  }

  static boolean is(Element element, String namespace, String name) {
    return element.namespace().equals(namespace) && element.name().equals(name);
  }

  static void expect(Element element, String namespace, String name) {
    if (!is(element, namespace, name)) {
      throw error(
          element,
          "expected <"
              + prefixed(namespace, name)
              + ">, found "
              + element
              + (element.namespace().isEmpty()
                  ? " (no namespace)"
                  : " of namespace " + Texts.quote(element.namespace())));
    }
  }

  static Element expectTm(Element element, String name) {
    if (!is(element, TM, name)) {
      throw error(element, "expected <tm:" + name + ">, found " + element);
    }
    return element;
  }

  /** Checks that every child of {@code parent} is of this project's namespace. */
  static void expectTmChildren(Element parent) {
    for (Element part : parent.children()) {
      if (!TM.equals(part.namespace())) {
        throw error(
            part, "expected an element of the tm namespace in " + parent + ", found " + part);
      }
    }
  }

  static String required(Element element, String attribute) {
    return element
        .attribute(attribute)
        .orElseThrow(() -> error(element, "expected attribute " + attribute + " on " + element));
  }

  /** An attribute that refers to an entry: {@code "#"} and its eId. */
  static String reference(Element element, String attribute) {
    String value = required(element, attribute);
    if (!value.startsWith("#")) {
      throw error(
          element,
          "expected " + attribute + " to be \"#\" and an eId, found " + Texts.quote(value));
    }
    return value.substring(1);
  }

  static ProvisionId eId(Element element) {
    return provisionId(element, required(element, "eId"));
  }

  static ProvisionId provisionId(Element at, String value) {
    return built(at, () -> ProvisionId.parse(value));
  }

  static ActorId actorId(Element at, String value) {
    return built(at, () -> ActorId.parse(value));
  }

  /** The actors of a list separated by spaces, as {@code "un iom"}. */
  static List<ActorId> actorIds(Element at, String values) {
    List<ActorId> ids = new ArrayList<>();
    for (String value : Splitter.on(' ').omitEmptyStrings().split(values)) {
      ids.add(actorId(at, value));
    }
    return ids;
  }

  static InstrumentId instrumentId(Element at, String value) {
    return built(at, () -> InstrumentId.parse(value));
  }

  /**
   * {@code names} for a message: all of them up to eight, else the first five and how many more.
   */
  static String someOf(List<String> names) {
    return names.isEmpty()
        ? "none"
        : names.size() <= 8
            ? String.join(", ", names)
            : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
  }

  /** The instruments of a list separated by spaces. */
  static List<InstrumentId> instrumentIds(Element at, String values) {
    List<InstrumentId> ids = new ArrayList<>();
    for (String value : Splitter.on(' ').omitEmptyStrings().split(values)) {
      ids.add(instrumentId(at, value));
    }
    return ids;
  }

  static LocalDate date(Element at, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(at, "expected a date as 2016-09-19, found " + Texts.quote(value));
    }
  }

  static int number(Element at, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(at, "expected a number, found " + Texts.quote(value));
    }
  }

  static boolean bool(Element at, String value) {
    if (value.equals("true")) {
      return true;
    } else if (value.equals("false")) {
      return false;
    }
    throw error(at, "expected true or false, found " + Texts.quote(value));
  }

  static <E extends Enum<E>> E token(Element at, Class<E> type, String value) {
    return Names.fromToken(type, value)
        .orElseThrow(
            () -> {
              String expected =
                  someOf(Arrays.stream(type.getEnumConstants()).map(Names::token).toList())
                      + (type.getEnumConstants().length > 8 ? " (see the schema)" : "");
              return error(
                  at,
                  "unknown "
                      + type.getSimpleName()
                      + " "
                      + Texts.quote(value)
                      + "; expected one of "
                      + expected);
            });
  }

  static void check(Element at, boolean condition, String problem) {
    if (!condition) {
      throw error(at, problem);
    }
  }

  /**
   * What {@code build} builds, a builder's rejection of a value the document gives turned into an
   * error at {@code at}. Only the rejections builders make of values ({@link
   * IllegalArgumentException}) and of missing ones ({@link IllegalStateException}) are the
   * document's fault; anything else, such as a {@link NullPointerException}, is a fault of this
   * reader and is not dressed as one of the document.
   */
  static <T> T built(Element at, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(at, String.valueOf(e.getMessage()), e);
    }
  }

  static AkomaNtosoException error(Element at, String problem) {
    return new AkomaNtosoException(at.line(), at.column(), problem);
  }

  private static AkomaNtosoException error(Element at, String problem, Throwable cause) {
    return new AkomaNtosoException(at.line(), at.column(), problem, cause);
  }
}
