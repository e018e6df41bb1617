package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Words of the text: a paragraph's {@code p}, a number as printed ({@code num}: "Article 3bis",
 * "(i)"), a heading. Its {@link #text()} is the words alone, whitespace collapsed; the inline
 * markup of the source is kept beside them as {@link Span}s, and its notes apart from them as
 * {@link Note}s.
 *
 * @param element the Akoma Ntoso element: {@code p}, {@code num}, {@code heading}
 * @param attributes its attributes as found
 * @param text the words, whitespace collapsed, except that a space stands on either side of a note
 *     where the source has one there; offsets count in it
 * @param spans the inline markup over the words, outer before inner
 * @param notes the notes and quoted structures, in order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Passage(
    String element,
    ImmutableMap<String, String> attributes,
    String text,
    ImmutableList<Span> spans,
    ImmutableList<Note> notes)
    implements Block {
  /**
   * Checks that spans and notes stand within the text.
   *
   * @throws IllegalArgumentException naming the span or note that does not
   */
  public Passage {
    checkNotNull(attributes, "attributes");
    checkNotNull(text, "text");
    checkNotNull(spans, "spans");
    checkNotNull(notes, "notes");
    Markup.checkName("passage element", element);
    // Whitespace is collapsed, except that a space may stand on either side of a note.
    checkArgument(
        text.chars().noneMatch(c -> c != ' ' && Words.isSpace((char) c))
            && !text.startsWith(" ")
            && !text.endsWith(" "),
        "the text of a <%s> is one line, its whitespace collapsed: \"%s\"",
        element,
        text.length() > 80 ? text.substring(0, 80) + "…" : text);
    for (Span span : spans) {
      checkArgument(
          span.end() <= text.length(),
          "a <%s> span [%s, %s) runs past the %s characters of its <%s>",
          span.element(),
          span.start(),
          span.end(),
          text.length(),
          element);
    }
    for (Note note : notes) {
      checkArgument(
          note.span() < spans.size(),
          "a <%s> stands within span %s of the %s of its <%s>",
          note.element(),
          note.span(),
          spans.size(),
          element);
      checkArgument(
          note.offset() <= text.length(),
          "a <%s> stands at character %s, past the %s characters of its <%s>",
          note.element(),
          note.offset(),
          text.length(),
          element);
    }
  }

  /** The passage {@code <element>} of plain words. */
  public static Passage of(String element, String text) {
    return new Passage(element, ImmutableMap.of(), text, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * The words, as {@link #text()} with the spaces on either side of a note made one: "by the
   * Parties as set out" where a footnote stands after "Parties".
   */
  @Override
  public String words() {
    return notes.isEmpty() ? text : Words.collapse(text);
  }

  @Override
  public Optional<String> eId() {
    return Optional.ofNullable(attributes.get("eId"));
  }
}
