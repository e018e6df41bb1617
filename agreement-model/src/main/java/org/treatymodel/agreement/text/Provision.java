package org.treatymodel.agreement.text;

import org.immutables.value.Value;

/**
 * Any addressable unit of the text, as {@link AgreementText#provisions()} lists them: the preamble,
 * a recital, an article, a paragraph, a point, the final clauses. Its {@link #text()} is what the
 * unit prints, numbers and headings included. Instances are immutable.
 */
@Value.Immutable
public abstract class Provision {
  Provision() {}

  /** The provision with identifier {@code id}, of {@code kind}, printing {@code text}. */
  public static Provision of(ProvisionId id, ProvisionKind kind, String text) {
    return ImmutableProvision.of(id, kind, text);
  }

  /** Its identifier, unique within the agreement. */
  @Value.Parameter
  public abstract ProvisionId id();

  /** What unit of the text it is. */
  @Value.Parameter
  public abstract ProvisionKind kind();

  /** The text it prints. */
  @Value.Parameter
  public abstract String text();
}
