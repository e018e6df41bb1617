package org.treatymodel.agreement.internal;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written through the JDK's StAX writer, indented for people: two spaces per level,
 * one element per line, except inside mixed content (a paragraph's text with its inline
 * references), which is written as it stands. The same calls give the same characters.
 */
public final class XmlOut {
  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;

  /** For each open element: whether it has children so far, and whether it is mixed. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private int mixedDepth;

  /** A document whose root will be in namespace {@code namespace}, the default one. */
  public XmlOut() {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's StAX writer failed to start", e);
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
    beforeChild();
    try {
      xml.writeStartElement(prefix, name, namespace);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    open.push(new boolean[] {false, mixed});
    if (mixed) {
      mixedDepth++;
    }
    return this;
  }

  /** Declares {@code prefix} for {@code namespace} on the element just opened. */
  public XmlOut namespace(String prefix, String namespace) {
    try {
      if (prefix.isEmpty()) {
        xml.writeDefaultNamespace(namespace);
      } else {
        xml.writeNamespace(prefix, namespace);
      }
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes attribute {@code name} on the element just opened. */
  public XmlOut attribute(String name, String value) {
    try {
      xml.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes attribute {@code name} of {@code namespace} (prefix {@code prefix}). */
  public XmlOut attribute(String prefix, String namespace, String name, String value) {
    try {
      xml.writeAttribute(prefix, namespace, name, value);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Writes {@code text}, escaped; only inside mixed content. */
  public XmlOut text(String text) {
    if (mixedDepth == 0) {
      throw new IllegalStateException("text outside mixed content: " + Texts.quote(text));
    }
    markChild();
    try {
      xml.writeCharacters(text);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** Closes the element opened last. */
  public XmlOut close() {
    boolean[] element = open.pop();
    if (element[1]) {
      mixedDepth--;
    }
    try {
      if (element[0] && mixedDepth == 0 && !element[1]) {
        newLine(open.size());
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    return this;
  }

  /** The document: the XML declaration, then the root, then a line break. */
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
    return buffer.toString() + "\n";
  }

  private void beforeChild() {
    markChild();
    if (mixedDepth == 0) {
      try {
        newLine(open.size());
      } catch (XMLStreamException e) {
        throw failure(e);
      }
    }
  }

  private void markChild() {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
  }

  private void newLine(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static IllegalStateException failure(XMLStreamException e) {
    return new IllegalStateException("the JDK's StAX writer failed: " + e.getMessage(), e);
  }
}
