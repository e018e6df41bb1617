package org.treatymodel.agreement.akn;

import java.util.Locale;
import java.util.Optional;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;

/**
 * The names an Akoma Ntoso document of this project uses: its two namespaces, the IRIs of
 * instruments, the identifiers of the entries the document adds to its references, and the spelling
 * of enumerated values.
 */
final class Names {
  private Names() {}

  /** The Akoma Ntoso 3.0 namespace. */
  static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The namespace of this project's vocabulary, in {@code <proprietary>} and on attributes. */
  static final String TM = "urn:treatymodel:dossier:1.0";

  /** The prefix of this project's namespace. */
  static final String TM_PREFIX = "tm";

  /**
   * The prefix of the eIds the document adds for itself (the source, events, persons, periods): an
   * actor's identifier never has an underscore, a provision's never begins with this.
   */
  static final String OWN = "tm_";

  static final String SOURCE = "#" + OWN + "treatymodel";

  private static final String ACT = "/akn/un/act/";
  private static final String DOC = "/akn/un/doc/";

  /**
   * The IRI of {@code instrument}: {@code /akn/un/act/} and its designation for an agreement
   * ({@code /akn/un/act/agreement/un+iom/2016-09-19}), {@code /akn/un/doc/} and its identifier for
   * anything else ({@code /akn/un/doc/A/RES/70/263}). Reading reverses it.
   */
  static String iri(InstrumentId instrument) {
    boolean agreement =
        instrument.designatedKind().filter(kind -> kind == InstrumentKind.AGREEMENT).isPresent();
    return (agreement ? ACT : DOC) + instrument.value();
  }

  /** The instrument whose IRI is {@code iri}, if it is one that {@link #iri} writes. */
  static Optional<InstrumentId> instrumentOf(String iri) {
    String id;
    if (iri.startsWith(ACT)) {
      id = iri.substring(ACT.length());
    } else if (iri.startsWith(DOC)) {
      id = iri.substring(DOC.length());
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(InstrumentId.parse(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** How a constant of an enumeration is written: {@code UPON_REQUEST} as {@code upon-request}. */
  static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant written {@code token}, if {@code type} has one. */
  static <E extends Enum<E>> Optional<E> fromToken(Class<E> type, String token) {
    for (E constant : type.getEnumConstants()) {
      if (token(constant).equals(token)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
