package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Reading.error;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.structure.Block;
import org.treatymodel.agreement.structure.Container;
import org.treatymodel.agreement.structure.Markup;
import org.treatymodel.agreement.structure.Passage;
import org.treatymodel.agreement.structure.Structure;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.PlainText;

/**
 * Any Akoma Ntoso 3.0 {@code act} or {@code bill}: a document of this project (with its {@code
 * tm:dossier}) is read strictly by {@link DocumentCodec}; one written elsewhere is imported, its
 * text into a {@link Structure} ({@link StructureCodec}), its identification into the agreement's
 * instrument, title and language, its norms and procedure recorded as not known. Other document
 * types are refused with one error that names the type and what is supported.
 */
final class ImportCodec {
  private ImportCodec() {}

  static final ImmutableSet<String> SUPPORTED = ImmutableSet.of("act", "bill");

  /** The agreement {@code root} holds, with the report of what the model keeps as found. */
  static AkomaNtosoImport read(Element root) {
    Reading.expect(root, AKN, DocumentCodec.AKOMA_NTOSO);
    List<Element> documents = root.children();
    if (documents.isEmpty()) {
      throw error(root, "expected a document in <akomaNtoso>: an <act> or a <bill>");
    }
    Element document = documents.get(0);
    if (!AKN.equals(document.namespace()) || !SUPPORTED.contains(document.name())) {
      throw error(
          document,
          "an Akoma Ntoso "
              + document
              + " is not supported: treatymodel reads the text of an agreement, an <act> or a"
              + " <bill>, with or without its project block; a <debate>, <judgment>,"
              + " <documentCollection>, <portion>, <doc> or <amendment> is another kind of"
              + " document");
    }
    if (documents.size() > 1) {
      // The schema lets <components> follow the document; this reader keeps annexes inside it.
      throw error(
          documents.get(1),
          "unexpected "
              + documents.get(1)
              + " after the "
              + document
              + ": this reader takes the annexes of an act or bill in its <attachments>");
    }
    if (hasDossier(document)) {
      return new AkomaNtosoImport(DocumentCodec.read(root), ImmutableList.of());
    }
    List<Unrepresented> report = new ArrayList<>();
    // A value the document gives that the model refuses (an element name too long to be one) is
    // the document's fault, at the document.
    Structure structure = Reading.built(document, () -> StructureCodec.read(document, report));
    Optional<Element> identification =
        first(document, AKN, "meta").flatMap(meta -> first(meta, AKN, "identification"));
    InstrumentId instrument = instrument(document, identification, report);
    Language language = language(identification, report, document);
    String title = title(structure, identification, instrument);
    Agreement agreement =
        Reading.built(
            document,
            () ->
                Agreement.builder()
                    .instrument(instrument)
                    // The document is known as itself; its date is not taken from FRBRdate, which
                    // drafts fill with a placeholder (2999-01-01).
                    .instruments(
                        List.of(
                            Instrument.builder()
                                .id(instrument)
                                .kind(InstrumentKind.AGREEMENT)
                                .title(title)
                                .provenance(
                                    "the identification (FRBRWork) of the Akoma Ntoso document it"
                                        + " was imported from")
                                .build()))
                    .text(
                        AgreementText.builder()
                            .title(title)
                            .language(language)
                            .structure(structure)
                            .build())
                    .unanalysed()
                    .build());
    return new AkomaNtosoImport(
        agreement,
        ImmutableList.sortedCopyOf(
            Comparator.comparingInt(Unrepresented::line).thenComparingInt(Unrepresented::column),
            report));
  }

  /**
   * The first child {@code name} of {@code parent}, if any: the schema lets most FRBR properties
   * repeat (two languages of a bilingual act, two URIs), and an import takes the first.
   */
  private static Optional<Element> first(Element parent, String namespace, String name) {
    return Reading.children(parent, namespace, name).stream().findFirst();
  }

  private static boolean hasDossier(Element document) {
    for (Element meta : Reading.children(document, AKN, "meta")) {
      for (Element proprietary : Reading.children(meta, AKN, "proprietary")) {
        for (Element child : proprietary.children()) {
          if (Reading.is(child, TM, DossierCodec.DOSSIER)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The work IRI of the document: its {@code FRBRuri} (or {@code FRBRthis} without its component),
   * if either is an IRI; otherwise one its country, type, date and number make, which the report
   * says.
   */
  private static InstrumentId instrument(
      Element document, Optional<Element> identification, List<Unrepresented> report) {
    Optional<Element> work = identification.flatMap(id -> first(id, AKN, "FRBRWork"));
    for (String name : List.of("FRBRuri", "FRBRthis")) {
      Optional<String> value =
          work.flatMap(w -> first(w, AKN, name)).flatMap(e -> e.attribute("value"));
      if (value.isPresent()) {
        String iri = value.get().replaceAll("/!.*$", "").replaceAll("/+$", "");
        if (isInstrumentId(iri)) {
          return InstrumentId.of(iri);
        }
      }
    }
    String country = attribute(work, "FRBRcountry", "value").orElse("unknown");
    String date =
        work.flatMap(w -> first(w, AKN, "FRBRdate"))
            .flatMap(e -> e.attribute("date"))
            .orElse("undated");
    String number =
        attribute(work, "FRBRnumber", "value").or(() -> document.attribute("name")).orElse("1");
    String made =
        "/akn/"
            + segment(country)
            + "/"
            + document.name()
            + "/"
            + segment(date)
            + "/"
            + segment(number);
    Element at = work.orElse(identification.orElse(document));
    report.add(
        new Unrepresented(
            at.line(),
            at.column(),
            at.toString(),
            "has no work IRI: the agreement is known by the one its country, type, date and number"
                + " make, "
                + made));
    return InstrumentId.of(made);
  }

  private static Optional<String> attribute(
      Optional<Element> parent, String name, String attribute) {
    return parent
        .flatMap(p -> first(p, AKN, name))
        .flatMap(e -> e.attribute(attribute))
        .filter(value -> !value.isBlank());
  }

  /** {@code value} as a segment of a work IRI: lower case, hyphens, at most 60 characters. */
  private static String segment(String value) {
    String cleaned =
        value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.~_-]+", "-").replaceAll("^-+|-+$", "");
    if (cleaned.length() > 60) {
      cleaned = cleaned.substring(0, 60).replaceAll("-+$", "");
    }
    return cleaned.isEmpty() ? "unnamed" : cleaned;
  }

  private static boolean isInstrumentId(String value) {
    try {
      InstrumentId id = InstrumentId.of(value);
      return id.isWorkIri();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The language of the expression; "und" (undetermined, ISO 639-2) where it names none known. */
  private static Language language(
      Optional<Element> identification, List<Unrepresented> report, Element document) {
    Optional<Element> expression = identification.flatMap(id -> first(id, AKN, "FRBRExpression"));
    Optional<Element> element = expression.flatMap(e -> first(e, AKN, "FRBRlanguage"));
    Optional<Language> language =
        element.flatMap(e -> e.attribute("language")).flatMap(Language::findByCode);
    if (language.isPresent()) {
      return language.get();
    }
    Element at = element.orElse(expression.orElse(identification.orElse(document)));
    report.add(
        new Unrepresented(
            at.line(),
            at.column(),
            at.toString(),
            "names no ISO 639 language: the text's language is recorded as undetermined (und)"));
    return Language.UNDETERMINED;
  }

  /**
   * The title: the document's {@code docTitle}, {@code shortTitle} or {@code longTitle}, else its
   * work's name or alias, else its work IRI.
   */
  private static String title(
      Structure structure, Optional<Element> identification, InstrumentId instrument) {
    List<Optional<String>> candidates = new ArrayList<>();
    for (String element : List.of("docTitle", "shortTitle", "longTitle")) {
      candidates.add(find(structure.preface(), element));
      candidates.add(find(structure.coverPage(), element));
    }
    Optional<Element> work = identification.flatMap(id -> first(id, AKN, "FRBRWork"));
    candidates.add(attribute(work, "FRBRname", "value"));
    candidates.add(attribute(work, "FRBRalias", "value"));
    for (Optional<String> candidate : candidates) {
      Optional<String> title = candidate.map(ImportCodec::oneLine).filter(ImportCodec::isLine);
      if (title.isPresent()) {
        return title.get();
      }
    }
    return instrument.value();
  }

  /** {@code text} on one line: separators and controls are spaces, runs of spaces one. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .map(
            c ->
                Character.isISOControl(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    ? ' '
                    : c)
        .forEach(out::appendCodePoint);
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  private static boolean isLine(String text) {
    try {
      PlainText.check("title", text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The words of the first {@code element} within {@code blocks}, as a passage or a span. */
  private static Optional<String> find(List<Block> blocks, String element) {
    for (Block block : blocks) {
      if (block instanceof Passage passage) {
        if (passage.element().equals(element) && !passage.text().isEmpty()) {
          return Optional.of(passage.text());
        }
        for (var span : passage.spans()) {
          if (span.element().equals(element) && span.end() > span.start()) {
            String words = passage.text().substring(span.start(), span.end()).strip();
            if (!words.isEmpty()) {
              return Optional.of(words);
            }
          }
        }
      } else if (block instanceof Container container) {
        if (container.element().equals(element) && !container.words().isEmpty()) {
          return Optional.of(container.words());
        }
        Optional<String> found = find(container.blocks(), element);
        if (found.isPresent()) {
          return found;
        }
      } else if (block instanceof Markup markup
          && markup.element().equals(element)
          && !markup.words().isEmpty()) {
        return Optional.of(markup.words());
      }
    }
    return Optional.empty();
  }
}
