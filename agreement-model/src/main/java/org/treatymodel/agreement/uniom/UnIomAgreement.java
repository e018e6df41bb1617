package org.treatymodel.agreement.uniom;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;

/**
 * The 2016 Agreement concerning the Relationship between the United Nations and the International
 * Organization for Migration, signed in New York on 19 September 2016: the entry point to the
 * canonical data. Everything is reached from the one {@link Agreement} it returns: the text, the
 * norms, the procedure and the status on any date, the consolidated versions, the succession of
 * instruments and the history.
 *
 * <pre>{@code
 * Agreement agreement = UnIomAgreement.agreement();
 * Article article = agreement.article(16);               // "Entry into force"
 * List<Norm> rights = agreement.normsBorneBy(Actors.DIRECTOR_GENERAL);
 * Stage stage = agreement.statusOn(LocalDate.of(2016, 8, 1)).stage();   // APPROVED
 * }</pre>
 *
 * <p>The data is one Akoma Ntoso document, {@value #RESOURCE} in this library, read through {@link
 * AkomaNtoso} the first time it is asked for, once, whichever thread asks; the value is immutable
 * and shared. Every word of the text is that of the annex of source 001; every date, number and
 * name comes from the sources or FACTS.md, as the provenance of each instrument and event says.
 * {@code docs/canonical-data.md} gives the reading rules of its norms and the choices made where
 * the sources are silent.
 */
@API(status = STABLE, since = "0.1.0")
public final class UnIomAgreement {
  private UnIomAgreement() {}

  /**
   * The classpath resource that holds the canonical dossier. On the module path it is encapsulated
   * in this module; {@code AkomaNtoso.write(UnIomAgreement.agreement())} gives the same bytes.
   */
  public static final String RESOURCE = "/org/treatymodel/agreement/uniom/un-iom-2016.akn.xml";

  /** Holds the dossier: the JVM loads this class, and so reads the document, on first use. */
  private static final class Holder {
    static final Agreement AGREEMENT = load();

    private static Agreement load() {
      try (InputStream in = UnIomAgreement.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the canonical document is missing: " + RESOURCE);
        }
        return AkomaNtoso.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("the canonical document cannot be read: " + RESOURCE, e);
      }
    }
  }

  /**
   * The Agreement: text, norms, actors, instruments, cross-references, procedure, amendments,
   * succession and history.
   */
  public static Agreement agreement() {
    return Holder.AGREEMENT;
  }
}
