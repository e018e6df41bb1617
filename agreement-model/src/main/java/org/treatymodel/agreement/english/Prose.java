package org.treatymodel.agreement.english;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** Lists as sentences write them for people: "a", "a and b", "a, b and c". */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Prose {
  private Prose() {}

  /** {@code items} joined with commas and a final "and". */
  public static String and(List<String> items) {
    return join(items, "and");
  }

  /** {@code items} joined with commas and a final "or". */
  public static String or(List<String> items) {
    return join(items, "or");
  }

  private static String join(List<String> items, String conjunction) {
    checkNotNull(items, "items");
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }
}
