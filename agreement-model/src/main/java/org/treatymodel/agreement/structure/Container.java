package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Blocks grouped under one element: a recital ({@code recital}, with its number and words), the
 * recitals or citations of a preamble, a formula, the items of a list ({@code blockList}), a
 * paragraph's {@code content} or {@code intro}.
 *
 * @param element the Akoma Ntoso element: {@code recital}, {@code formula}, {@code blockList}
 * @param attributes its attributes as found
 * @param blocks its blocks, in order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Container(
    String element, ImmutableMap<String, String> attributes, ImmutableList<Block> blocks)
    implements Block {
  /** Checks the parts. */
  public Container {
    checkNotNull(attributes, "attributes");
    checkNotNull(blocks, "blocks");
    Markup.checkName("container element", element);
  }

  @Override
  public String words() {
    return Words.of(blocks);
  }

  @Override
  public Optional<String> eId() {
    return Optional.ofNullable(attributes.get("eId"));
  }
}
