package org.treatymodel.agreement.reference;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * What a {@link CrossReference} points at: another provision of the same text ("pursuant to Article
 * 14 of this Agreement") or an instrument ("the Cooperation Agreement ... of 25 June 1996").
 * Exactly one of the two, by construction.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface ReferenceTarget
    permits ReferenceTarget.ToProvision, ReferenceTarget.ToInstrument {

  /** The target as text: a provision's eId or an instrument's identifier. */
  @Override
  String toString();

  /**
   * A provision of the same text.
   *
   * @param provision the provision referred to
   */
  record ToProvision(ProvisionId provision) implements ReferenceTarget {
    /** Checks that the provision is given. */
    public ToProvision {
      checkNotNull(provision, "provision");
    }

    @Override
    public String toString() {
      return provision.toString();
    }
  }

  /**
   * An instrument.
   *
   * @param instrument the instrument referred to
   */
  record ToInstrument(InstrumentId instrument) implements ReferenceTarget {
    /** Checks that the instrument is given. */
    public ToInstrument {
      checkNotNull(instrument, "instrument");
    }

    @Override
    public String toString() {
      return instrument.toString();
    }
  }
}
