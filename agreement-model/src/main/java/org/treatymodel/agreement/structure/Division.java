package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A unit of the hierarchy of a text, at any {@link Level}: a part, a chapter, an article, a
 * paragraph, a point. It may have a designation as printed ({@link #num()}: "Article 3bis", "IV",
 * "(i)", "1.1"), a heading and a subheading, none of them required; then either its own blocks (the
 * {@code content} of a unit with no subdivisions) or the blocks that introduce its subdivisions,
 * the subdivisions, and the blocks that close them.
 *
 * @param level its level: {@code part}, {@code article}, {@code point}
 * @param attributes its attributes as found: {@code eId}, {@code name} for a {@code hcontainer}
 * @param num its designation as printed, if any
 * @param heading its heading, if any
 * @param subheading its subheading, if any
 * @param intro its content, or the blocks before its subdivisions
 * @param children its subdivisions, in order
 * @param wrapUp the blocks after its subdivisions
 * @param wrappers the attributes of its {@code content}, {@code intro} and {@code wrapUp} elements,
 *     keyed by element, where the document gives them any
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Division(
    Level level,
    ImmutableMap<String, String> attributes,
    Optional<Passage> num,
    Optional<Passage> heading,
    Optional<Passage> subheading,
    ImmutableList<Block> intro,
    ImmutableList<Division> children,
    ImmutableList<Block> wrapUp,
    ImmutableMap<String, ImmutableMap<String, String>> wrappers) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a unit without subdivisions has closing blocks
   */
  public Division {
    checkNotNull(level, "level");
    checkNotNull(attributes, "attributes");
    checkNotNull(num, "num");
    checkNotNull(heading, "heading");
    checkNotNull(subheading, "subheading");
    checkNotNull(intro, "intro");
    checkNotNull(children, "children");
    checkNotNull(wrapUp, "wrapUp");
    checkNotNull(wrappers, "wrappers");
    checkArgument(
        !children.isEmpty() || wrapUp.isEmpty(),
        "a <%s> without subdivisions has no closing blocks",
        level.element());
  }

  /** The identifier the document gives the unit ({@code eId}), if any. */
  public Optional<String> eId() {
    return Optional.ofNullable(attributes.get("eId"));
  }

  /** The designation as printed, "Article 3bis", if any. */
  public Optional<String> designation() {
    return num.map(Passage::text);
  }

  /** Every unit within, this one first, in document order. */
  public ImmutableList<Division> units() {
    ImmutableList.Builder<Division> all = new ImmutableList.Builder();
    collect(all);
    return all.build();
  }

  private void collect(ImmutableList.Builder<Division> all) {
    all.add(this);
    children.forEach(child -> child.collect(all));
  }

  /** The words of the unit and its subdivisions, as printed, whitespace collapsed. */
  public String words() {
    StringBuilder out = new StringBuilder();
    num.ifPresent(n -> out.append(n.text()).append(' '));
    heading.ifPresent(h -> out.append(h.text()).append(' '));
    subheading.ifPresent(h -> out.append(h.text()).append(' '));
    intro.forEach(block -> out.append(block.words()).append(' '));
    children.forEach(child -> out.append(child.words()).append(' '));
    wrapUp.forEach(block -> out.append(block.words()).append(' '));
    return Words.collapse(out);
  }
}
