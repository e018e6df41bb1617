package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What stands within a {@link Passage} without being its words: a footnote or authorial note
 * ({@code authorialNote}), or a quoted or embedded structure ({@code quotedStructure}) that an
 * amending provision inserts. It is kept apart from the passage's text, at the character where it
 * stands, so that searching the words does not read the note.
 *
 * @param offset the character of the passage's text before which it stands
 * @param element the Akoma Ntoso element, such as {@code authorialNote}
 * @param attributes its attributes as found, such as {@code marker} and {@code eId}
 * @param blocks its content
 * @param span the index, in its passage's {@link Passage#spans()}, of the innermost span it stands
 *     within (a {@code mod} holds its quoted structure), or -1 if none
 * @param spaced whether its blocks stand apart, with whitespace around them, as a note laid out on
 *     lines of its own does; the words of the text around it then do not run into its own
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Note(
    int offset,
    String element,
    ImmutableMap<String, String> attributes,
    ImmutableList<Block> blocks,
    int span,
    boolean spaced) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the offset is negative
   */
  public Note {
    checkNotNull(attributes, "attributes");
    checkNotNull(blocks, "blocks");
    Markup.checkName("note element", element);
    checkArgument(offset >= 0, "a note stands at a character from 0: %s", offset);
    checkArgument(span >= -1, "a note stands within a span of its passage, or none (-1): %s", span);
  }

  /** The mark that calls the note in the text ({@code marker}), if any: "1", "*". */
  public Optional<String> marker() {
    return Optional.ofNullable(attributes.get("marker"));
  }

  /** The words of the note. */
  public String words() {
    return Words.of(blocks);
  }
}
