package org.treatymodel.agreement.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apiguardian.api.API;
import org.treatymodel.agreement.Agreement;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) in and out: a dossier (the agreement, its text and norms, its
 * procedure, amendments, predecessors, instruments and history) written as one document, and such a
 * document read back into the model through its builders, so that every check runs.
 *
 * <pre>{@code
 * String xml = AkomaNtoso.write(UnIomAgreement.agreement());   // the canonical document
 * Agreement read = AkomaNtoso.read(Path.of("other-agreement.xml"));
 * }</pre>
 *
 * <p>The text, its cross-references, the actors and the agreement's dated procedure events are
 * written where the standard puts them; the norms, instruments, procedures, amendments and
 * provenance, for which it has no place, go in {@code <proprietary>} under this project's
 * namespace, {@value #NAMESPACE}, which {@link #SCHEMA} describes. {@code docs/akoma-ntoso.md} maps
 * every element. Writing is deterministic: the same dossier gives the same bytes.
 *
 * <p>Reading is safe for any input: no DTD, no external entity, at most {@link
 * #DEFAULT_MAX_CHARACTERS} characters and {@link #DEFAULT_MAX_DEPTH} levels unless told otherwise.
 * Whatever is wrong with the shape of a document (malformed XML, a missing element, an eId that
 * does not fit where it stands, a term its vocabulary lacks) is an {@link AkomaNtosoException}
 * naming the line, the column and what was expected; nothing half-read is returned. Whether the
 * provisions a dossier names are in its text, a norm's words in its provision, and cross-references
 * and references to actors resolve is not the reader's concern but the validation module's.
 *
 * <p>An {@code act} or {@code bill} written elsewhere, without this project's block, is imported:
 * {@link #importDocument(String)} gives it with the report of what the model keeps as found, and
 * {@code read} gives its agreement alone, whose norms and procedure are not known ({@link
 * Agreement#findProcedure()}). {@link #write(Agreement)} writes such an agreement back in its own
 * structure, as it came: what is added to it with the builders (norms, a procedure) is not written.
 * This class is stateless.
 */
@API(status = STABLE, since = "0.1.0")
public final class AkomaNtoso {
  private AkomaNtoso() {}

  /** The namespace of this project's vocabulary. */
  public static final String NAMESPACE = Names.TM;

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String AKOMA_NTOSO_NAMESPACE = Names.AKN;

  /** The classpath resource of this project's schema, beside the vendored Akoma Ntoso 3.0 one. */
  public static final String SCHEMA = "/org/treatymodel/agreement/akn/treatymodel-dossier-1.0.xsd";

  /**
   * The default limit on the length of a document read: in characters for a {@code String}, in
   * bytes for a stream or file (64 Mi).
   */
  public static final long DEFAULT_MAX_CHARACTERS = 64L * 1024 * 1024;

  /** The default limit on the nesting of elements in a document read. */
  public static final int DEFAULT_MAX_DEPTH = 100;

  private static final String FOLDER = "/org/treatymodel/agreement/akn/";

  /** {@code dossier} as an Akoma Ntoso document: UTF-8, indented, the same for the same dossier. */
  public static String write(Agreement dossier) {
    checkNotNull(dossier, "dossier");
    return DocumentCodec.write(dossier);
  }

  /** Writes {@code dossier} as an Akoma Ntoso document to {@code out}, in UTF-8. */
  public static void write(Agreement dossier, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    out.write(write(dossier).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code dossier} as an Akoma Ntoso document to {@code file}, in UTF-8. */
  public static void write(Agreement dossier, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, write(dossier), StandardCharsets.UTF_8);
  }

  /**
   * The dossier {@code document} holds: this project's dossier, or the agreement of an {@code act}
   * or {@code bill} written elsewhere, imported as {@link #importDocument(String)} does, without
   * its report.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected, whatever is wrong
   */
  public static Agreement read(String document) {
    checkNotNull(document, "document");
    return ImportCodec.read(tree(document)).agreement();
  }

  /**
   * The agreement {@code document} holds, with the report of what the model does not represent: any
   * Akoma Ntoso 3.0 {@code act} or {@code bill}. A document of this project reads strictly, as
   * {@link #read(String)}, with an empty report; one written elsewhere, without the project block,
   * gives its text in its own {@link org.treatymodel.agreement.structure.Structure}, with norms and
   * procedure not known, and every element the model keeps as found listed with its line and
   * column.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected: for another type of
   *     document ({@code debate}, {@code judgment}, {@code documentCollection}, {@code
   *     portion}...), one error that names the type and what is supported
   */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  public static AkomaNtosoImport importDocument(String document) {
    checkNotNull(document, "document");
    return ImportCodec.read(tree(document));
  }

  /**
   * As {@link #importDocument(String)}, from {@code in}, in the encoding its XML declaration names,
   * within the default limits. The stream is read but not closed.
   *
   * @throws AkomaNtosoException as {@link #importDocument(String)}
   * @throws IOException if {@code in} fails
   */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  public static AkomaNtosoImport importDocument(InputStream in) throws IOException {
    checkNotNull(in, "in");
    try {
      return ImportCodec.read(XmlTree.parse(in, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_DEPTH));
    } catch (XmlTree.Malformed e) {
      throw malformed(e);
    }
  }

  /**
   * As {@link #importDocument(String)}, from {@code file}.
   *
   * @throws AkomaNtosoException as {@link #importDocument(String)}
   * @throws IOException if the file cannot be read
   */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  public static AkomaNtosoImport importDocument(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return importDocument(in);
    }
  }

  /** The element tree of {@code document}, read safely within the default limits. */
  private static XmlTree.Element tree(String document) {
    try {
      return XmlTree.parse(new StringReader(document), DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_DEPTH);
    } catch (XmlTree.Malformed e) {
      throw malformed(e);
    } catch (IOException e) {
      // A StringReader does not fail; kept for the signature.
      throw new AkomaNtosoException(0, 0, "unreadable: " + e.getMessage(), e);
    }
  }

  private static AkomaNtosoException malformed(XmlTree.Malformed e) {
    return new AkomaNtosoException(e.line(), e.column(), String.valueOf(e.getMessage()), e);
  }

  /**
   * The dossier the document in {@code in} holds, in the encoding its XML declaration names. The
   * stream is read but not closed.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected, whatever is wrong
   *     with the document
   * @throws IOException if {@code in} fails
   */
  public static Agreement read(InputStream in) throws IOException {
    return read(in, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_DEPTH);
  }

  /**
   * The dossier the document in {@code in} holds, refusing one longer than {@code maxBytes} or
   * nested deeper than {@code maxDepth}. The stream is read but not closed.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected, whatever is wrong
   *     with the document
   * @throws IOException if {@code in} fails
   * @throws IllegalArgumentException if a limit is below 1
   */
  public static Agreement read(InputStream in, long maxBytes, int maxDepth) throws IOException {
    checkNotNull(in, "in");
    checkArgument(maxBytes >= 1, "maxBytes must be at least 1: %s", maxBytes);
    checkArgument(maxDepth >= 1, "maxDepth must be at least 1: %s", maxDepth);
    try {
      return ImportCodec.read(XmlTree.parse(in, maxBytes, maxDepth)).agreement();
    } catch (XmlTree.Malformed e) {
      throw malformed(e);
    }
  }

  /**
   * The actors, instruments and procedures of a {@code <tm:catalogue>} document in {@code in}: the
   * format of the other relationship agreements, whose text the library does not hold. The stream
   * is read but not closed.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected, whatever is wrong
   *     with the document
   * @throws IOException if {@code in} fails
   */
  public static CatalogueDocument readCatalogue(InputStream in) throws IOException {
    checkNotNull(in, "in");
    try {
      return CatalogueCodec.read(XmlTree.parse(in, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_DEPTH));
    } catch (XmlTree.Malformed e) {
      throw malformed(e);
    }
  }

  /**
   * {@code catalogue} as a {@code <tm:catalogue>} document, which {@link #readCatalogue} reads back
   * equal.
   */
  public static String writeCatalogue(CatalogueDocument catalogue) {
    return CatalogueCodec.write(checkNotNull(catalogue, "catalogue"));
  }

  /**
   * The dossier the document in {@code file} holds.
   *
   * @throws AkomaNtosoException naming the line, column and what was expected, whatever is wrong
   *     with the document
   * @throws IOException if the file cannot be read
   */
  public static Agreement read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Checks {@code document} against the Akoma Ntoso 3.0 schema and this project's, both in this
   * library: the structure the standard requires, and that of {@code <proprietary>}. A document
   * this class writes passes; one it reads may not need to (an unknown inline element in a
   * paragraph is read as text).
   *
   * @throws AkomaNtosoException naming the line, column and what the schema expected
   */
  public static void validate(String document) {
    checkNotNull(document, "document");
    tree(document); // well-formed, no DTD, within the limits: only then to the schema
    Validator validator = Schemas.SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(document));
      validator.validate(new StAXSource(xml));
    } catch (SAXException | XMLStreamException | IOException e) {
      // The StAX source wraps the schema's complaint; find it for its place and words.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SAXParseException invalid) {
          throw new AkomaNtosoException(
              invalid.getLineNumber(),
              invalid.getColumnNumber(),
              "not valid: " + invalid.getMessage(),
              e);
        }
      }
      throw new AkomaNtosoException(0, 0, "not valid: " + e.getMessage(), e);
    }
  }

  /** The two schemas, loaded once from this library, on first use. */
  private static final class Schemas {
    static final Schema SCHEMA = load();

    private static Schema load() {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Only the schemas in this library, which import each other from beside themselves.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt");
        return factory.newSchema(
            new StreamSource[] {source("akomantoso30.xsd"), source("treatymodel-dossier-1.0.xsd")});
      } catch (SAXException e) {
        throw new IllegalStateException(
            "the schemas in this library do not load: " + e.getMessage(), e);
      }
    }

    private static StreamSource source(String name) {
      java.net.URL url = AkomaNtoso.class.getResource(FOLDER + name);
      if (url == null) {
        throw new IllegalStateException("schema missing from this library: " + FOLDER + name);
      }
      return new StreamSource(url.toExternalForm());
    }
  }
}
