package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The whole of a text as a document gives it, in the parts of an Akoma Ntoso document: a cover
 * page, a preface (title, number, date), a preamble (formulas, recitals, citations), the body (a
 * hierarchy of {@link Division}s, or the blocks of a {@code mainBody}), conclusions (formulas and
 * signatures) and annexes. Metadata the model does not interpret is kept as {@link Markup}.
 *
 * @param element the kind of document: {@code act}, {@code bill}, or {@code doc} for an annex; for
 *     an annex kept as found (a {@code documentRef}), the element that attaches it, whose markup is
 *     then the one entry of {@code metadata}
 * @param attributes the attributes of that element as found, such as {@code name}
 * @param metadata the elements of {@code meta} kept as found, in order
 * @param coverPage the blocks of the cover page
 * @param preface the blocks of the preface
 * @param preamble the blocks of the preamble
 * @param body the hierarchy of the body
 * @param mainBody the blocks of a {@code mainBody}, for a document without hierarchy
 * @param conclusions the blocks of the conclusions
 * @param annexes the annexes, in order
 * @param parts the attributes of each part the document has ({@code preface}, {@code body}...),
 *     keyed by element: a part is present exactly when it has an entry
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Structure(
    String element,
    ImmutableMap<String, String> attributes,
    ImmutableList<Markup> metadata,
    ImmutableList<Block> coverPage,
    ImmutableList<Block> preface,
    ImmutableList<Block> preamble,
    ImmutableList<Division> body,
    ImmutableList<Block> mainBody,
    ImmutableList<Block> conclusions,
    ImmutableList<Annex> annexes,
    ImmutableMap<String, ImmutableMap<String, String>> parts) {
  /** Checks the parts. */
  public Structure {
    Markup.checkName("document element", element);
    checkNotNull(attributes, "attributes");
    checkNotNull(metadata, "metadata");
    checkNotNull(coverPage, "coverPage");
    checkNotNull(preface, "preface");
    checkNotNull(preamble, "preamble");
    checkNotNull(body, "body");
    checkNotNull(mainBody, "mainBody");
    checkNotNull(conclusions, "conclusions");
    checkNotNull(annexes, "annexes");
    checkNotNull(parts, "parts");
  }

  /** Every unit of the body's hierarchy, in document order. */
  public ImmutableList<Division> units() {
    return body.stream()
        .flatMap(division -> division.units().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The first unit of the body whose identifier ({@code eId}) is {@code eId}, if any. */
  public Optional<Division> unit(String eId) {
    checkNotNull(eId, "eId");
    return units().stream().filter(unit -> unit.eId().equals(Optional.of(eId))).findFirst();
  }

  /** The words of the body, as printed, whitespace collapsed. */
  public String bodyWords() {
    StringBuilder out = new StringBuilder();
    body.forEach(division -> out.append(division.words()).append(' '));
    mainBody.forEach(block -> out.append(block.words()).append(' '));
    return Words.collapse(out);
  }
}
