package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Inline markup over the words of a {@link Passage}: the characters {@code [start, end)} of its
 * text are a reference ({@code ref} with its {@code href}), emphasis ({@code i}, {@code b}), a
 * defined term, a date... A span of no characters marks a point, such as a line break ({@code
 * eol}). Spans nest as the markup does: an outer one is listed before the spans within it.
 *
 * @param start the first character, from 0
 * @param end the character after the last, at least {@code start}
 * @param element the Akoma Ntoso element, such as {@code ref}
 * @param attributes its attributes as found, such as {@code href}
 * @param namespace the namespace of an element of another vocabulary, written with its prefix in
 *     {@code element} ({@code fmx:PAGE}); empty for Akoma Ntoso
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Span(
    int start, int end, String element, ImmutableMap<String, String> attributes, String namespace) {
  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException naming the range if it is negative or reversed
   */
  public Span {
    checkNotNull(element, "element");
    checkNotNull(attributes, "attributes");
    checkNotNull(namespace, "namespace");
    checkArgument(
        start >= 0 && end >= start,
        "a span runs forward from 0: [%s, %s) of <%s>",
        start,
        end,
        element);
    Markup.checkName("span element", element);
  }

  /**
   * The span of the Akoma Ntoso element {@code element} with {@code attributes} over {@code [start,
   * end)}.
   */
  public static Span of(int start, int end, String element, Map<String, String> attributes) {
    checkNotNull(attributes, "attributes");
    return new Span(start, end, element, ImmutableMap.copyOf(attributes), "");
  }
}
