package org.treatymodel.agreement.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.agreement.Agreement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The Akoma Ntoso documents written elsewhere, in {@code ../shared/akn-realworld/} (skipped where
 * that folder is not beside the checkout): every act and bill imports, the words of its body
 * survive a write word for word (whitespace collapsed), and so does every {@code eId}; other
 * document types are refused with the documented error.
 */
class RealWorldImportTest {
  private static final Path FOLDER = Path.of("..", "..", "shared", "akn-realworld");

  /** Four of them, copied with their terms in NOTICE, so that a clone on its own tests them too. */
  private static final Path COPIES =
      Path.of("src", "test", "resources", "org", "treatymodel", "agreement", "akn", "realworld");

  @TestFactory
  Stream<DynamicTest> theCopiedDocumentsImportAndWriteBackEveryWordAndEveryEId()
      throws IOException {
    List<DynamicTest> tests = checks(COPIES);
    assertEquals(4, tests.size());
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyActAndBillImportsAndWritesBackEveryWordAndEveryEId() throws IOException {
    assumeTrue(Files.isDirectory(FOLDER), "shared/akn-realworld is not beside this checkout");
    List<DynamicTest> tests = checks(FOLDER);
    assertTrue(tests.size() >= 15, "fifteen documents: " + tests.size());
    return tests.stream();
  }

  /** A {@link #check} of each XML document in {@code folder}, by name. */
  private static List<DynamicTest> checks(Path folder) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
      }
    }
    return tests;
  }

  private static void check(Path file) throws Exception {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    Document original = parse(source);
    Element document = firstChildElement(original.getDocumentElement());
    String type = document.getLocalName();
    if (!type.equals("act") && !type.equals("bill")) {
      AkomaNtosoException refused =
          assertThrows(AkomaNtosoException.class, () -> AkomaNtoso.importDocument(source));
      String message = String.valueOf(refused.getMessage());
      assertTrue(message.contains("<" + type + "> is not supported"), message);
      assertTrue(message.contains("<act>") && message.contains("<bill>"), message);
      return;
    }
    AkomaNtosoImport imported = AkomaNtoso.importDocument(source);
    Agreement agreement = imported.agreement();
    assertFalse(agreement.normsKnown());
    assertTrue(agreement.findProcedure().isEmpty());
    assertTrue(agreement.text().structure().isPresent());
    String written = AkomaNtoso.write(agreement);
    Document copy = parse(written);
    boolean valid;
    try {
      AkomaNtoso.validate(source);
      valid = true;
    } catch (AkomaNtosoException invalid) {
      valid = false;
    }
    if (valid) {
      // A document valid as found is valid as written.
      AkomaNtoso.validate(written);
    }
    String expected = words(body(original));
    String actual = words(body(copy));
    assertSame(file + ": the words of the body, source and written", expected, actual);
    Set<String> before = eIds(original.getDocumentElement());
    Set<String> after = eIds(copy.getDocumentElement());
    before.removeAll(after);
    assertEquals(Set.of(), before, file.getFileName() + ": eIds lost in the write");
    // What is written reads back to the same agreement.
    Agreement again = AkomaNtoso.importDocument(written).agreement();
    if (!agreement.equals(again)) {
      assertSame(file + ": read back, first and second", agreement.toString(), again.toString());
      throw new AssertionError(file + ": read back otherwise, though it prints the same");
    }
  }

  /**
   * Fails where {@code one} and {@code two} differ, showing the text around the first difference.
   */
  private static void assertSame(String what, String one, String two) {
    if (one.equals(two)) {
      return;
    }
    int at = 0;
    while (at < Math.min(one.length(), two.length()) && one.charAt(at) == two.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 80);
    throw new AssertionError(
        what
            + " differ at "
            + at
            + ":\n  "
            + one.substring(from, Math.min(one.length(), at + 80))
            + "\n  "
            + two.substring(from, Math.min(two.length(), at + 80)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element firstChildElement(Element parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        return element;
      }
    }
    throw new AssertionError("no document in " + parent.getLocalName());
  }

  private static Node body(Document document) {
    for (String name : List.of("body", "mainBody")) {
      var found = document.getElementsByTagNameNS("*", name);
      if (found.getLength() > 0) {
        return found.item(0);
      }
    }
    throw new AssertionError("no body");
  }

  private static String words(Node node) {
    return node.getTextContent().replaceAll("\\s+", " ").strip();
  }

  private static Set<String> eIds(Element element) {
    Set<String> ids = new LinkedHashSet<>();
    collect(element, ids);
    return ids;
  }

  private static void collect(Element element, Set<String> ids) {
    NamedNodeMap attributes = element.getAttributes();
    Node eId = attributes.getNamedItem("eId");
    if (eId != null) {
      ids.add(eId.getNodeValue());
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element inner) {
        collect(inner, ids);
      }
    }
  }

  /** The canonical document without its project block is still the text of an agreement. */
  @org.junit.jupiter.api.Test
  void theCanonicalDocumentWithoutItsProjectBlockImportsWithItsTextAndNothingElse()
      throws Exception {
    String canonical =
        new String(
            AkomaNtoso.class
                .getResourceAsStream("/org/treatymodel/agreement/uniom/un-iom-2016.akn.xml")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    int from = canonical.indexOf("<proprietary");
    int to = canonical.indexOf("</proprietary>") + "</proprietary>".length();
    String plain = canonical.substring(0, from) + canonical.substring(to);
    AkomaNtosoImport imported = AkomaNtoso.importDocument(plain);
    Agreement agreement = imported.agreement();
    assertEquals("/akn/un/act/agreement/un+iom/2016-09-19", agreement.instrument().value());
    assertFalse(agreement.normsKnown());
    assertTrue(agreement.norms().isEmpty());
    assertTrue(agreement.findProcedure().isEmpty());
    assertThrows(IllegalStateException.class, agreement::procedure);
    var structure = agreement.text().structure().orElseThrow();
    assertEquals(16, structure.body().size());
    assertEquals("Article 5", structure.unit("art_5").orElseThrow().designation().orElseThrow());
    assertTrue(
        structure.unit("art_5__para_1").orElseThrow().words().contains("shall be entitled"),
        structure.unit("art_5__para_1").orElseThrow().words());
    assertEquals(words(body(parse(plain))), words(body(parse(AkomaNtoso.write(agreement)))));
  }
}
