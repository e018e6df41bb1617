package org.treatymodel.agreement.akn;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.procedure.Procedure;

/**
 * What a {@code <tm:catalogue>} document holds: the actors, instruments and procedures of
 * agreements whose text the library does not hold, such as the other relationship agreements of the
 * United Nations with which the 2016 Agreement's procedure is compared.
 *
 * @param actors the actors, in document order
 * @param instruments the instruments, in document order
 * @param procedures the procedures, in document order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CatalogueDocument(
    ImmutableList<Actor> actors,
    ImmutableList<Instrument> instruments,
    ImmutableList<Procedure> procedures) {

  /** Checks that every part is given. */
  public CatalogueDocument {
    checkNotNull(actors, "actors");
    checkNotNull(instruments, "instruments");
    checkNotNull(procedures, "procedures");
  }
}
