package org.treatymodel.agreement.text;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Any addressable unit of the text, as {@link AgreementText#provisions()} lists them: the preamble,
 * a formula, a recital, an article, a paragraph, a list's introduction, a point, a list's closing
 * words, the final clauses, a column of the signature block. Its {@link #text()} is what the unit
 * prints, numbers and headings included; its {@link #kind()} is that of its identifier, so the two
 * cannot disagree. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Provision {
  Provision() {}

  /** The provision with identifier {@code id}, printing {@code text}. */
  public static Provision of(ProvisionId id, String text) {
    return ImmutableProvision.of(id, text);
  }

  /** Its identifier, unique within the agreement. */
  @Value.Parameter
  public abstract ProvisionId id();

  /** The text it prints. */
  @Value.Parameter
  public abstract String text();

  /** What unit of the text it is: the kind of its identifier's last component. */
  public ProvisionKind kind() {
    return id().kind();
  }
}
