package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * One column of the signature block: "For the United Nations:" followed by the signatory's name and
 * the office he holds, as printed ("Ban Ki-Moon Secretary-General"). Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SignatureLine {
  SignatureLine() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SignatureLine}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableSignatureLine.Builder delegate = new ImmutableSignatureLine.Builder();

    Builder() {}

    /** Sets {@link SignatureLine#party()}. */
    public Builder party(ActorId party) {
      delegate.party(party);
      return this;
    }

    /** Sets {@link SignatureLine#caption()}. */
    public Builder caption(String caption) {
      delegate.caption(caption);
      return this;
    }

    /** Sets {@link SignatureLine#signatory()}. */
    public Builder signatory(String signatory) {
      delegate.signatory(signatory);
      return this;
    }

    /** Sets {@link SignatureLine#title()}. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets {@link SignatureLine#office()}. */
    public Builder office(ActorId office) {
      delegate.office(office);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(SignatureLine instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link SignatureLine}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public SignatureLine build() {
      return delegate.build();
    }
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
