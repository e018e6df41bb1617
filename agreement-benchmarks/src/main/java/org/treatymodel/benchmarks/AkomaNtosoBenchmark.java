package org.treatymodel.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.uniom.UnIomAgreement;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.Validator;

/**
 * Akoma Ntoso against bare StAX over the same canonical document: reading it into the model against
 * a pass over its events; writing the model against writing the same elements, attributes and text;
 * the semantic validation of the dossier against the XSD validation of the document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AkomaNtosoBenchmark {
  private final String document = canonical();
  private final Agreement agreement = UnIomAgreement.agreement();
  private final List<Event> events = events(document);
  private final XMLInputFactory inputs = XMLInputFactory.newFactory();
  private final XMLOutputFactory outputs = XMLOutputFactory.newFactory();
  private final Validator validator = Validator.standard().withClock(CanonicalBenchmark.DAY);

  /** One event of the document, replayed by the bare writer. */
  private record Event(
      int type,
      String prefix,
      String namespace,
      String name,
      ImmutableList<String> attributes,
      String text) {}

  private static String canonical() {
    try (InputStream in = UnIomAgreement.class.getResourceAsStream(UnIomAgreement.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + UnIomAgreement.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the canonical document into the model, with every check. */
  @Benchmark
  public Agreement read() {
    return AkomaNtoso.read(document);
  }

  /** The baseline of reading: a StAX pass over every event and character of the document. */
  @Benchmark
  public long readBareStax() throws XMLStreamException {
    XMLStreamReader xml = inputs.createXMLStreamReader(new StringReader(document));
    long sum = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      sum += event;
      if (event == XMLStreamConstants.CHARACTERS) {
        sum += xml.getTextLength();
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        sum += xml.getAttributeCount() + xml.getLocalName().length();
      }
    }
    xml.close();
    return sum;
  }

  /** Writes the canonical dossier. */
  @Benchmark
  public String write() {
    return AkomaNtoso.write(agreement);
  }

  /** The baseline of writing: the same elements, attributes and text through a bare StAX writer. */
  @Benchmark
  public String writeBareStax() throws XMLStreamException {
    StringWriter out = new StringWriter(document.length());
    XMLStreamWriter xml = outputs.createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    for (Event event : events) {
      switch (event.type()) {
        case XMLStreamConstants.START_ELEMENT -> {
          xml.writeStartElement(event.prefix(), event.name(), event.namespace());
          for (int i = 0; i < event.attributes().size(); i += 2) {
            xml.writeAttribute(event.attributes().get(i), event.attributes().get(i + 1));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> xml.writeEndElement();
        default -> xml.writeCharacters(event.text());
      }
    }
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  /** The semantic validation of the dossier: the whole catalogue of rules. */
  @Benchmark
  public Report validateSemantics() {
    return validator.validate(agreement);
  }

  /** The XSD validation of the document against the Akoma Ntoso schema and the project's. */
  @Benchmark
  public String validateSchema() {
    AkomaNtoso.validate(document);
    return document;
  }

  private static List<Event> events(String document) {
    try {
      XMLStreamReader xml =
          XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(document));
      List<Event> events = new ArrayList<>();
      while (xml.hasNext()) {
        int type = xml.next();
        if (type == XMLStreamConstants.START_ELEMENT) {
          ImmutableList.Builder<String> attributes = ImmutableList.builder();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.add(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
          }
          String prefix = xml.getPrefix();
          String namespace = xml.getNamespaceURI();
          events.add(
              new Event(
                  type,
                  prefix == null ? "" : prefix,
                  namespace == null ? "" : namespace,
                  xml.getLocalName(),
                  attributes.build(),
                  ""));
        } else if (type == XMLStreamConstants.END_ELEMENT) {
          events.add(new Event(type, "", "", "", ImmutableList.of(), ""));
        } else if (type == XMLStreamConstants.CHARACTERS) {
          events.add(new Event(type, "", "", "", ImmutableList.of(), xml.getText()));
        }
      }
      return events;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
