package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * One column of the signature block: "For the United Nations:" followed by the signatory's name and
 * the office he holds, as printed ("Ban Ki-Moon Secretary-General"). Instances are immutable.
 */
@Value.Immutable
public abstract class SignatureLine {
  SignatureLine() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignatureLine}. */
  public static final class Builder extends ImmutableSignatureLine.Builder {
    Builder() {}
  }

  /** The party signed for. */
  public abstract ActorId party();

  /** The caption as printed, such as "For the United Nations:". */
  public abstract String caption();

  /** The signatory's name as printed in the signature block. */
  public abstract String signatory();

  /** The title of the office as printed, such as "Secretary-General". */
  public abstract String title();

  /** The office the signatory holds. */
  public abstract ActorId office();

  /** The column as printed: the caption, then name and title on the next line. */
  public String render() {
    return caption() + "\n" + signatory() + " " + title();
  }

  @Value.Check
  void check() {
    checkArgument(
        party().isOrganization(),
        "a signature line is for a party, an Organization such as \"un\": %s",
        party());
    checkArgument(
        office().organization().equals(party()),
        "the office %s of the signatory for %s belongs to %s, not to the party signed for",
        office(),
        party(),
        office().organization());
    Texts.checkText("signature caption", caption());
    Texts.checkText("signatory", signatory());
    Texts.checkText("signatory title", title());
  }
}
