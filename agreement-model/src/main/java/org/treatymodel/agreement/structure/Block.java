package org.treatymodel.agreement.structure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A block of a text, below the hierarchy of {@link Division}s: a {@link Passage} of words (a
 * paragraph's {@code p}), a {@link Container} of blocks (a recital, a formula, a citation, a list
 * of items), or {@link Markup} the model does not represent (a table, a quoted structure), kept as
 * found.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Block permits Passage, Container, Markup {
  /** The Akoma Ntoso element: {@code p}, {@code recital}, {@code table}. */
  String element();

  /** The words of the block, whitespace collapsed, its notes left out. */
  String words();

  /** The identifier the document gives the block ({@code eId}), if any. */
  default java.util.Optional<String> eId() {
    return java.util.Optional.empty();
  }
}
