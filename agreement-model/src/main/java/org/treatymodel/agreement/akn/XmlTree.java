package org.treatymodel.agreement.akn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Texts;

/**
 * A small, immutable XML tree read safely through the JDK's StAX reader: no DTD (a document that
 * declares one is refused), no external entity, no more than a given number of characters and a
 * given depth. Each element knows the line and column where it starts, so that a reader built on it
 * can say where the input is wrong.
 */
final class XmlTree {
  private XmlTree() {}

  /** Why a document could not be read as a tree, and where. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Malformed(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The line, from 1; 0 if unknown. */
    public int line() {
      return line;
    }

    /** The column, from 1; 0 if unknown. */
    public int column() {
      return column;
    }
  }

  /**
   * An element: its namespace and local name, attributes (by local name, or {@code {namespace}name}
   * for a namespaced one), content (text and elements in order), and where it starts.
   *
   * @param namespace the namespace URI, empty for none
   * @param prefix the prefix the document gives the namespace, empty for none
   * @param name the local name
   * @param attributes the attributes, in document order
   * @param content strings and elements, in document order, adjacent text joined
   * @param line the line of its start tag
   * @param column the column of its start tag
   */
  public record Element(
      String namespace,
      String prefix,
      String name,
      ImmutableMap<String, String> attributes,
      ImmutableList<Object> content,
      int line,
      int column) {

    /** The child elements, in order. */
    public ImmutableList<Element> children() {
      return content.stream()
          .filter(Element.class::isInstance)
          .map(Element.class::cast)
          .collect(ImmutableList.toImmutableList());
    }

    /** The attribute {@code name}, if present. */
    public Optional<String> attribute(String name) {
      return Optional.ofNullable(attributes.get(name));
    }

    /** All the text within this element, its descendants' included, in document order. */
    public String text() {
      StringBuilder text = new StringBuilder();
      appendText(text);
      return text.toString();
    }

    private void appendText(StringBuilder text) {
      for (Object part : content) {
        if (part instanceof Element element) {
          element.appendText(text);
        } else {
          text.append((String) part);
        }
      }
    }

    /** The element as people read it in a message: {@code <article>}, {@code <tm:norm>}. */
    @Override
    public String toString() {
      return "<" + (prefix.isEmpty() ? "" : prefix + ":") + name + ">";
    }
  }

  /**
   * Reads the document from {@code input}, in the encoding its XML declaration names (UTF-8 by
   * default), no more than {@code maxBytes} bytes.
   *
   * @throws Malformed naming the line and column if it is not well-formed, declares a DTD, or
   *     exceeds the limits
   * @throws IOException if {@code input} fails
   */
  public static Element parse(java.io.InputStream input, long maxBytes, int maxDepth)
      throws Malformed, IOException {
    // The caller's stream stays open: whoever opened it closes it.
    BoundedStream bounded = new BoundedStream(input, maxBytes);
    return parse(bounded, maxDepth, () -> bounded.exceeded, maxBytes + " bytes");
  }

  /**
   * Reads the document from {@code input}.
   *
   * @throws Malformed naming the line and column if it is not well-formed, declares a DTD, or
   *     exceeds the limits
   * @throws IOException if {@code input} fails
   */
  public static Element parse(Reader input, long maxCharacters, int maxDepth)
      throws Malformed, IOException {
    BoundedReader bounded = new BoundedReader(input, maxCharacters);
    return parse(bounded, maxDepth, () -> bounded.exceeded, maxCharacters + " characters");
  }

  private static Element parse(
      Object input, int maxDepth, java.util.function.BooleanSupplier exceeded, String limit)
      throws Malformed, IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = null;
    try {
      xml =
          input instanceof Reader reader
              ? factory.createXMLStreamReader(reader)
              : factory.createXMLStreamReader((java.io.InputStream) input);
      return read(xml, maxDepth);
    } catch (XMLStreamException e) {
      if (exceeded.getAsBoolean()) {
        throw new Malformed(0, 0, "the document is longer than the limit of " + limit);
      }
      if (e.getNestedException() instanceof IOException io) {
        throw io;
      }
      Location at = e.getLocation();
      throw new Malformed(
          at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber(),
          "not well-formed XML: " + cleaned(e.getMessage()));
    } catch (RuntimeException e) {
      // The JDK's parser reports some malformed input this way; it is still malformed input.
      if (exceeded.getAsBoolean()) {
        throw new Malformed(0, 0, "the document is longer than the limit of " + limit);
      }
      throw new Malformed(0, 0, "not well-formed XML: " + cleaned(String.valueOf(e.getMessage())));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing more to read
        }
      }
    }
  }

  private static Element read(XMLStreamReader xml, int maxDepth)
      throws XMLStreamException, Malformed {
    Deque<Builder> stack = new ArrayDeque<>();
    Element root = null;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw malformed(xml, "a DTD is not allowed (no document type declaration)");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw malformed(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
        case XMLStreamConstants.START_ELEMENT -> {
          if (stack.size() >= maxDepth) {
            throw malformed(xml, "elements are nested deeper than the limit of " + maxDepth);
          }
          if (root != null) {
            throw malformed(xml, "content after the root element");
          }
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            attributes.put(
                namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name,
                xml.getAttributeValue(i));
          }
          Location at = xml.getLocation();
          String namespace = xml.getNamespaceURI();
          String prefix = xml.getPrefix();
          stack.push(
              new Builder(
                  namespace == null ? "" : namespace,
                  prefix == null ? "" : prefix,
                  xml.getLocalName(),
                  attributes,
                  at.getLineNumber(),
                  at.getColumnNumber()));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!stack.isEmpty()) {
            stack.peek().text(xml.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          Element element = stack.pop().build();
          if (stack.isEmpty()) {
            root = element;
          } else {
            stack.peek().content.add(element);
          }
        }
        default -> {
          // comments and processing instructions carry nothing
        }
      }
    }
    if (root == null) {
      throw new Malformed(0, 0, "the document has no root element");
    }
    return root;
  }

  private static Malformed malformed(XMLStreamReader xml, String message) {
    Location at = xml.getLocation();
    return new Malformed(at.getLineNumber(), at.getColumnNumber(), message);
  }

  /** The parser's message without its own "ParseError at [row,col]:" prefix. */
  private static String cleaned(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int marker = message.indexOf("Message: ");
    String cleaned =
        (marker >= 0 ? message.substring(marker + "Message: ".length()) : message)
            .strip()
            .replace('"', '\'');
    // The parser echoes the input: keep a readable length, and no control or invisible character.
    StringBuilder out = new StringBuilder();
    cleaned
        .codePoints()
        .limit(MESSAGE_LIMIT)
        .forEach(
            c ->
                out.appendCodePoint(
                    Character.isISOControl(c) || (c != ' ' && Texts.isSpaceOrInvisible(c))
                        ? ' '
                        : c));
    if (cleaned.codePointCount(0, cleaned.length()) > MESSAGE_LIMIT) {
      out.append("... (").append(cleaned.length()).append(" characters)");
    }
    return out.toString();
  }

  private static final int MESSAGE_LIMIT = 200;

  private static final class Builder {
    final String namespace;
    final String prefix;
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final List<Object> content = new ArrayList<>();

    Builder(
        String namespace,
        String prefix,
        String name,
        Map<String, String> attributes,
        int line,
        int column) {
      this.namespace = namespace;
      this.prefix = prefix;
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }

    void text(String text) {
      if (!content.isEmpty() && content.get(content.size() - 1) instanceof String previous) {
        content.set(content.size() - 1, previous + text);
      } else {
        content.add(text);
      }
    }

    Element build() {
      return new Element(
          namespace,
          prefix,
          name,
          ImmutableMap.copyOf(attributes),
          ImmutableList.copyOf(content),
          line,
          column);
    }
  }

  /** Counts the bytes read and stops the parser once they exceed the limit. */
  private static final class BoundedStream extends java.io.FilterInputStream {
    private final long limit;
    private long read;
    boolean exceeded;

    BoundedStream(java.io.InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    /** Leaves the caller's stream open: the JDK's parser closes its input at the end. */
    @Override
    public void close() {}

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        exceeded = true;
        throw new IOException("the document is longer than the limit of " + limit + " bytes");
      }
    }
  }

  /** Counts the characters read and stops the parser once they exceed the limit. */
  private static final class BoundedReader extends Reader {
    private final Reader in;
    private final long limit;
    private long read;
    boolean exceeded;

    BoundedReader(Reader in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        read += n;
        if (read > limit) {
          exceeded = true;
          throw new IOException(
              "the document is longer than the limit of " + limit + " characters");
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
