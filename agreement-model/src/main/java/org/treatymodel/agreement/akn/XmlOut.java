package org.treatymodel.agreement.akn;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Texts;

/**
 * An XML document written through the JDK's StAX writer, indented for people: two spaces per level,
 * one element per line, an element without content as an empty-element tag, except inside mixed
 * content (a paragraph's text with its inline references), which is written as it stands. The same
 * calls give the same characters.
 */
final class XmlOut {
  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;

  /** An open element: whether it has content yet, and whether its content is mixed. */
  private static final class Open {
    boolean hasContent;
    final boolean mixed;

    Open(boolean mixed) {
      this.mixed = mixed;
    }
  }

  /** The element opened last, not written yet: it is written as empty if nothing follows. */
  private record Pending(
      String prefix,
      String name,
      String namespace,
      List<String[]> namespaces,
      List<String[]> attributes) {}

  private final Deque<Open> open = new ArrayDeque<>();
  private @Nullable Pending pending;
  private int mixedDepth;

  /** An empty document, its XML declaration written. */
  public XmlOut() {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens element {@code name} of {@code namespace} (prefix {@code prefix}, empty for default). */
  public XmlOut open(String prefix, String name, String namespace) {
    return start(prefix, name, namespace, false);
  }

  /** Opens element {@code name} whose content is text mixed with inline elements. */
  public XmlOut openMixed(String prefix, String name, String namespace) {
    return start(prefix, name, namespace, true);
  }

  private XmlOut start(String prefix, String name, String namespace, boolean mixed) {
    flush();
    if (!open.isEmpty()) {
      open.peek().hasContent = true;
    }
    if (mixedDepth == 0) {
      newLine(open.size());
    }
    pending = new Pending(prefix, name, namespace, new ArrayList<>(), new ArrayList<>());
    open.push(new Open(mixed));
    if (mixed) {
      mixedDepth++;
    }
    return this;
  }

  /**
   * Declares {@code prefix} (empty for the default) for {@code namespace} on the element just
   * opened.
   */
  public XmlOut namespace(String prefix, String namespace) {
    pending().namespaces().add(new String[] {prefix, namespace});
    return this;
  }

  /** Writes attribute {@code name} on the element just opened. */
  public XmlOut attribute(String name, String value) {
    pending().attributes().add(new String[] {"", "", name, value});
    return this;
  }

  /** Writes attribute {@code name} of {@code namespace} (prefix {@code prefix}). */
  public XmlOut attribute(String prefix, String namespace, String name, String value) {
    pending().attributes().add(new String[] {prefix, namespace, name, value});
    return this;
  }

  private Pending pending() {
    if (pending == null) {
      throw new IllegalStateException("attributes go right after the element is opened");
    }
    return pending;
  }

  /** Writes {@code text}, escaped; only inside mixed content. */
  public XmlOut text(String text) {
    if (mixedDepth == 0) {
      throw new IllegalStateException("text outside mixed content: " + Texts.quote(text));
    }
    flush();
    open.peek().hasContent = true;
    try {
      xml.writeCharacters(text);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Closes the element opened last. */
  public XmlOut close() {
    Open element = open.pop();
    if (element.mixed) {
      mixedDepth--;
    }
    try {
      if (pending != null) {
        write(pending, true);
        pending = null;
        return this;
      }
      if (element.hasContent && mixedDepth == 0 && !element.mixed) {
        newLine(open.size());
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** The document: the XML declaration, the root, then a line break. */
  public String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " elements are still open");
    }
    try {
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return buffer + "\n";
  }

  private void flush() {
    if (pending != null) {
      try {
        write(pending, false);
      } catch (XMLStreamException e) {
        throw failure(e);
      }
      pending = null;
    }
  }

  private void write(Pending element, boolean empty) throws XMLStreamException {
    if (empty) {
      xml.writeEmptyElement(element.prefix(), element.name(), element.namespace());
    } else {
      xml.writeStartElement(element.prefix(), element.name(), element.namespace());
    }
    for (String[] namespace : element.namespaces()) {
      if (namespace[0].isEmpty()) {
        xml.writeDefaultNamespace(namespace[1]);
      } else {
        xml.writeNamespace(namespace[0], namespace[1]);
      }
    }
    for (String[] attribute : element.attributes()) {
      if (attribute[1].isEmpty()) {
        xml.writeAttribute(attribute[2], attribute[3]);
      } else {
        xml.writeAttribute(attribute[0], attribute[1], attribute[2], attribute[3]);
      }
    }
  }

  private void newLine(int depth) {
    flush();
    try {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private static IllegalStateException failure(XMLStreamException e) {
    return new IllegalStateException("the JDK's StAX writer failed: " + e.getMessage(), e);
  }
}
