package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An annex of a text ({@code attachment}): a document of its own, attached to the main one, such as
 * the annex of a directive or the report that accompanies a bill.
 *
 * @param element the element that attaches it: {@code attachment} (in {@code attachments}) or
 *     {@code component} (in {@code components})
 * @param attributes the attributes of that element as found
 * @param document the attached document
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Annex(String element, ImmutableMap<String, String> attributes, Structure document) {
  /** Checks the parts. */
  public Annex {
    Markup.checkName("annex element", element);
    checkNotNull(attributes, "attributes");
    checkNotNull(document, "document");
  }

  /** The part of its document the annex stands in: {@code components} or {@code attachments}. */
  public String part() {
    return element.equals("component") ? "components" : "attachments";
  }

  /** The identifier the document gives the annex ({@code eId}), if any. */
  public Optional<String> eId() {
    return Optional.ofNullable(attributes.get("eId"));
  }
}
