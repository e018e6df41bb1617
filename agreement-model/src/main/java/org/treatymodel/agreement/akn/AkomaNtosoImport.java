package org.treatymodel.agreement.akn;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;

/**
 * An agreement read from an Akoma Ntoso document, with the report of what the model does not
 * represent. A document written elsewhere (an {@code act} or a {@code bill} without this project's
 * block) gives its text and structure; its norms and procedure are not known ({@link
 * Agreement#normsKnown()}, {@link Agreement#findProcedure()}), not empty. Every character of its
 * body is either in the model or in an element {@link #unrepresented()} names, and {@link
 * AkomaNtoso#write(Agreement)} writes back every word and every {@code eId}.
 *
 * @param agreement the agreement read
 * @param unrepresented each element the model does not represent, in document order; none for a
 *     document of this project
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AkomaNtosoImport(Agreement agreement, ImmutableList<Unrepresented> unrepresented) {
  /** Checks the parts. */
  public AkomaNtosoImport {
    checkNotNull(agreement, "agreement");
    checkNotNull(unrepresented, "unrepresented");
  }

  /** The report for people: one line per element the model does not represent. */
  public String report() {
    StringBuilder out =
        new StringBuilder(agreement.instrument().value())
            .append(": ")
            .append(unrepresented.size())
            .append(unrepresented.size() == 1 ? " element" : " elements")
            .append(" kept as found\n");
    unrepresented.forEach(element -> out.append("  ").append(element).append('\n'));
    return out.toString();
  }
}
