package org.treatymodel.agreement.instrument;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** What sort of document an {@link Instrument} is. */
@API(status = STABLE, since = "0.1.0")
public enum InstrumentKind {
  /** An agreement between the Organizations, such as the Cooperation Agreement of 25 June 1996. */
  AGREEMENT,
  /**
   * A constituent instrument: the Charter of the United Nations, the Constitution of IOM
   * (preamble).
   */
  CONSTITUENT_INSTRUMENT,
  /** A resolution adopted by the General Assembly or the Council of IOM. */
  RESOLUTION,
  /** A draft resolution submitted for adoption, such as A/70/L.57. */
  DRAFT_RESOLUTION,
  /** A memorandum of understanding, such as that of 25 June 2013 (preamble). */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A letter between the heads of the Organizations or to the members of an organ. */
  LETTER,
  /** A note by the Secretary-General, such as A/70/976, or a document of an organ. */
  NOTE,
  /**
   * An arrangement implementing the Agreement: supplementary (Article 14), separate (Article 12) or
   * administrative (Article 11). None is known to exist.
   */
  ARRANGEMENT;

  /**
   * The word that names this kind in an instrument designation ({@link InstrumentId}): {@code
   * agreement}, {@code memorandum-of-understanding}.
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind in words, for people: "memorandum of understanding". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The kind whose {@link #code()} is {@code code}, if any. */
  public static Optional<InstrumentKind> ofCode(String code) {
    checkNotNull(code, "code");
    for (InstrumentKind kind : values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
