package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Part of a document the model does not represent, kept as found so that nothing is lost: a table,
 * a quoted structure, another tool's metadata. Its {@link #content()} is text and elements in
 * document order. An import report names every piece of markup it keeps, with its line and column.
 *
 * @param namespace the element's namespace URI
 * @param prefix the prefix it was written with, empty for the default namespace
 * @param element its local name
 * @param attributes its attributes as found; a namespaced one keyed {@code {uri}name}
 * @param content text ({@link String}) and elements ({@link Markup}), in order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Markup(
    String namespace,
    String prefix,
    String element,
    ImmutableMap<String, String> attributes,
    ImmutableList<Object> content)
    implements Block {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a name is empty or content is neither text nor markup
   */
  public Markup {
    checkNotNull(namespace, "namespace");
    checkNotNull(prefix, "prefix");
    checkNotNull(attributes, "attributes");
    checkNotNull(content, "content");
    checkName("markup element", element);
    for (Object part : content) {
      checkArgument(
          part instanceof String || part instanceof Markup,
          "the content of <%s> is text and markup, not %s",
          element,
          part.getClass().getSimpleName());
    }
  }

  /** The identifier the document gives the element ({@code eId}), if any. */
  @Override
  public Optional<String> eId() {
    return Optional.ofNullable(attributes.get("eId"));
  }

  /** The words within, whitespace collapsed. */
  @Override
  public String words() {
    StringBuilder out = new StringBuilder();
    append(out);
    return Words.collapse(out);
  }

  private void append(StringBuilder out) {
    for (Object part : content) {
      if (part instanceof Markup markup) {
        out.append(' ');
        markup.append(out);
        out.append(' ');
      } else {
        out.append((String) part);
      }
    }
  }

  /** Every element within, this one first, in document order. */
  public ImmutableList<Markup> elements() {
    ImmutableList.Builder<Markup> all = new ImmutableList.Builder();
    collect(all);
    return all.build();
  }

  private void collect(ImmutableList.Builder<Markup> all) {
    all.add(this);
    for (Object part : content) {
      if (part instanceof Markup markup) {
        markup.collect(all);
      }
    }
  }

  static String checkName(String field, String name) {
    checkNotNull(name, field);
    checkArgument(
        !name.isEmpty() && name.length() <= 1000 && name.chars().noneMatch(Character::isWhitespace),
        "%s must be an element name: \"%s\"",
        field,
        name.length() > 80 ? name.substring(0, 80) + "…" : name);
    return name;
  }
}
