package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Reading.error;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.structure.Annex;
import org.treatymodel.agreement.structure.Block;
import org.treatymodel.agreement.structure.Container;
import org.treatymodel.agreement.structure.Division;
import org.treatymodel.agreement.structure.Level;
import org.treatymodel.agreement.structure.Markup;
import org.treatymodel.agreement.structure.Note;
import org.treatymodel.agreement.structure.Passage;
import org.treatymodel.agreement.structure.Span;
import org.treatymodel.agreement.structure.Structure;

/**
 * The structure of a document written elsewhere, read and written side by side: any Akoma Ntoso 3.0
 * {@code act} or {@code bill} (and the documents attached to it) into a {@link Structure}, and
 * back. What the model represents (the hierarchy, numbers, headings, passages with their inline
 * markup and notes, containers of blocks) is read into it; what it does not (tables, quoted
 * structures, other vocabularies, metadata beyond the identification) is kept as {@link Markup} and
 * named in the import report with its line and column, so that nothing is lost in silence and a
 * write keeps every word and every {@code eId}.
 */
final class StructureCodec {
  private StructureCodec() {}

  // Elements whose content is words with inline markup.
  private static final ImmutableSet<String> PASSAGES =
      ImmutableSet.of(
          "p",
          "num",
          "heading",
          "subheading",
          "block",
          "listIntroduction",
          "listWrapUp",
          "crossHeading",
          "docTitle",
          "docNumber",
          "docProponent",
          "docDate",
          "docType",
          "docStage",
          "docStatus",
          "docPurpose",
          "docCommittee",
          "docIntroducer",
          "docAuthority",
          "docJurisdiction",
          "legislature",
          "session",
          "shortTitle");

  // Elements kept apart from the words of the passage they stand in.
  private static final ImmutableSet<String> NOTES =
      ImmutableSet.of("authorialNote", "quotedStructure", "embeddedStructure", "subFlow");

  // Block elements the model does not represent: kept as found.
  private static final ImmutableSet<String> UNREPRESENTED =
      ImmutableSet.of(
          "table",
          "foreign",
          "toc",
          "tblock",
          "img",
          "object",
          "componentRef",
          "documentRef",
          "interstitial",
          "quotedStructure",
          "embeddedStructure",
          "subFlow");

  // The parts of a document, in the order the schema has them.
  private static final ImmutableList<String> PARTS =
      ImmutableList.of(
          "coverPage",
          "preface",
          "preamble",
          "body",
          "mainBody",
          "conclusions",
          "attachments",
          "components");

  // ---- reading ----

  /** The structure of {@code document} ({@code act}, {@code bill}, {@code doc}...). */
  static Structure read(Element document, List<Unrepresented> kept) {
    List<Markup> metadata = new ArrayList<>();
    Map<String, List<Block>> blocks = new LinkedHashMap<>();
    List<Division> body = new ArrayList<>();
    List<Annex> annexes = new ArrayList<>();
    Map<String, ImmutableMap<String, String>> parts = new LinkedHashMap<>();
    for (Element part : document.children()) {
      if (!AKN.equals(part.namespace())) {
        throw error(part, "unexpected " + part + " in " + document + ": not Akoma Ntoso 3.0");
      }
      String name = part.name();
      if (name.equals("meta")) {
        parts.put(name, part.attributes());
        for (Element child : part.children()) {
          metadata.add(markup(child));
          if (!child.name().equals("identification")) {
            kept.add(keptAs(child, "metadata kept as found"));
          }
        }
        continue;
      }
      if (!PARTS.contains(name)) {
        throw error(part, "unexpected " + part + " in " + document);
      }
      if (parts.containsKey(name)) {
        throw error(part, "expected one " + part + " in " + document);
      }
      parts.put(name, part.attributes());
      switch (name) {
        case "body" -> {
          for (Element child : part.children()) {
            body.add(division(child, kept));
          }
          // Text directly in the body is not schema-valid; it is not dropped in silence either.
          checkNoWords(part);
        }
        case "attachments", "components" -> {
          for (Element attachment : part.children()) {
            annexes.add(annex(attachment, kept));
          }
          checkNoWords(part);
        }
        default -> blocks.put(name, blocks(part, kept));
      }
    }
    return new Structure(
        document.name(),
        document.attributes(),
        ImmutableList.copyOf(metadata),
        list(blocks.get("coverPage")),
        list(blocks.get("preface")),
        list(blocks.get("preamble")),
        ImmutableList.copyOf(body),
        list(blocks.get("mainBody")),
        list(blocks.get("conclusions")),
        ImmutableList.copyOf(annexes),
        ImmutableMap.copyOf(parts));
  }

  private static ImmutableList<Block> list(@Nullable List<Block> blocks) {
    return blocks == null ? ImmutableList.of() : ImmutableList.copyOf(blocks);
  }

  private static Annex annex(Element attachment, List<Unrepresented> kept) {
    List<Element> documents = attachment.children();
    if (documents.size() == 1 && AKN.equals(documents.get(0).namespace())) {
      Element inner = documents.get(0);
      if (inner.children().stream().anyMatch(child -> child.name().equals("meta"))) {
        return new Annex(attachment.name(), attachment.attributes(), read(inner, kept));
      }
    }
    // A reference to a document kept elsewhere, or an attachment that is not a document: kept.
    kept.add(keptAs(attachment, "annex kept as found"));
    return new Annex(
        attachment.name(),
        ImmutableMap.of(),
        new Structure(
            attachment.name(),
            ImmutableMap.of(),
            ImmutableList.of(markup(attachment)),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableMap.of()));
  }

  private static Division division(Element element, List<Unrepresented> kept) {
    Optional<Level> level =
        AKN.equals(element.namespace()) ? Level.ofElement(element.name()) : Optional.empty();
    if (level.isEmpty()) {
      throw error(
          element,
          "expected a unit of the hierarchy (part, chapter, section, article, paragraph, point...),"
              + " found "
              + element);
    }
    if (level.get() == Level.CROSS_HEADING) {
      // Its attributes are its heading's (written with it), and the unit's, so that unit(eId)
      // finds it.
      return new Division(
          level.get(),
          element.attributes(),
          Optional.empty(),
          Optional.of(passage(element, kept)),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableMap.of());
    }
    Passage num = null;
    Passage heading = null;
    Passage subheading = null;
    List<Block> intro = new ArrayList<>();
    List<Division> children = new ArrayList<>();
    List<Block> wrapUp = new ArrayList<>();
    Map<String, ImmutableMap<String, String>> wrappers = new LinkedHashMap<>();
    boolean contentSeen = false;
    int stage = -1; // 0 num, 1 heading, 2 subheading, 3 content or intro, 4 children, 5 wrapUp
    for (Element child : element.children()) {
      String name = AKN.equals(child.namespace()) ? child.name() : "";
      int at =
          switch (name) {
            case "num" -> 0;
            case "heading" -> 1;
            case "subheading" -> 2;
            case "content", "intro" -> 3;
            case "wrapUp" -> 5;
            default -> 4;
          };
      if (at == 0 && num != null && heading == null && stage <= 1) {
        // A second number where the heading stands (as EUR-Lex writes "Article 1" then its
        // title): kept as the heading, written back as it came.
        at = 1;
      } else if (at == 1 && heading != null && subheading == null && stage <= 2) {
        at = 2;
      }
      if (at < stage || (at == stage && at != 4) || (at == 4 && stage == 3 && contentSeen)) {
        throw error(child, "unexpected " + child + " in " + element + " after what precedes it");
      }
      stage = at;
      switch (at) {
        case 0 -> num = passage(child, kept);
        case 1 -> heading = passage(child, kept);
        case 2 -> subheading = passage(child, kept);
        case 3 -> {
          contentSeen = name.equals("content");
          if (!child.attributes().isEmpty()) {
            wrappers.put(name, child.attributes());
          }
          intro.addAll(blocks(child, kept));
        }
        case 5 -> {
          if (!child.attributes().isEmpty()) {
            wrappers.put(name, child.attributes());
          }
          wrapUp.addAll(blocks(child, kept));
        }
        default -> children.add(division(child, kept));
      }
    }
    checkNoWords(element);
    if (children.isEmpty() && !wrapUp.isEmpty()) {
      throw error(element, "a " + element + " with closing words and no subdivisions");
    }
    Optional<Passage> numbered = Optional.ofNullable(num);
    Optional<Passage> headed = Optional.ofNullable(heading);
    Optional<Passage> subheaded = Optional.ofNullable(subheading);
    return Reading.built(
        element,
        () ->
            new Division(
                level.get(),
                element.attributes(),
                numbered,
                headed,
                subheaded,
                ImmutableList.copyOf(intro),
                ImmutableList.copyOf(children),
                ImmutableList.copyOf(wrapUp),
                ImmutableMap.copyOf(wrappers)));
  }

  /** The blocks within {@code container}, each a passage, a container or kept markup. */
  private static List<Block> blocks(Element container, List<Unrepresented> kept) {
    List<Block> blocks = new ArrayList<>();
    for (Element child : container.children()) {
      blocks.add(block(child, kept));
    }
    checkNoWords(container);
    return blocks;
  }

  private static Block block(Element element, List<Unrepresented> kept) {
    boolean akn = AKN.equals(element.namespace());
    if (!akn
        || UNREPRESENTED.contains(element.name())
        || Level.ofElement(element.name()).isPresent()) {
      kept.add(keptAs(element, "kept as found: the model does not represent it"));
      return markup(element);
    }
    if (PASSAGES.contains(element.name()) || hasWords(element)) {
      return passage(element, kept);
    }
    return new Container(
        element.name(), element.attributes(), ImmutableList.copyOf(blocks(element, kept)));
  }

  /** The words of {@code element} and its inline markup, its notes kept apart. */
  private static Passage passage(Element element, List<Unrepresented> kept) {
    Text text = new Text();
    List<Span> spans = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    inline(element, text, spans, notes, kept, -1);
    while (text.endsWithSpace()) {
      text.out.setLength(text.out.length() - 1);
    }
    int length = text.out.length();
    List<Span> clamped = new ArrayList<>();
    for (Span span : spans) {
      int end = Math.min(span.end(), length);
      clamped.add(
          new Span(
              Math.min(span.start(), end),
              end,
              span.element(),
              span.attributes(),
              span.namespace()));
    }
    List<Note> placed = new ArrayList<>();
    for (Note note : notes) {
      placed.add(
          new Note(
              Math.min(note.offset(), length),
              note.element(),
              note.attributes(),
              note.blocks(),
              note.span(),
              note.spaced()));
    }
    return new Passage(
        element.name(),
        element.attributes(),
        text.out.toString(),
        ImmutableList.copyOf(clamped),
        ImmutableList.copyOf(placed));
  }

  private static void inline(
      Element element,
      Text text,
      List<Span> spans,
      List<Note> notes,
      List<Unrepresented> kept,
      int within) {
    for (Object part : element.content()) {
      if (part instanceof String words) {
        text.append(words);
        continue;
      }
      Element child = (Element) part;
      boolean akn = AKN.equals(child.namespace());
      if (akn && NOTES.contains(child.name())) {
        ImmutableList<Block> blocks;
        if (child.name().equals("authorialNote")) {
          blocks = ImmutableList.copyOf(blocks(child, kept));
        } else {
          kept.add(keptAs(child, "kept apart from the words, as found"));
          // Kept whole, its own words included: written back as it came.
          blocks = ImmutableList.of(markup(child));
        }
        notes.add(
            new Note(
                text.barrier(), child.name(), child.attributes(), blocks, within, hasSpace(child)));
        continue;
      }
      if (!akn) {
        kept.add(keptAs(child, "inline markup of another vocabulary, kept over its words"));
      }
      int index = spans.size();
      spans.add(null);
      int start = text.position();
      inline(child, text, spans, notes, kept, index);
      spans.set(
          index,
          new Span(
              start,
              Math.max(start, text.position()),
              qualified(child),
              child.attributes(),
              akn ? "" : child.namespace()));
    }
  }

  // An inline element of another namespace keeps its prefix, so that it is written back in it.
  private static String qualified(Element element) {
    return AKN.equals(element.namespace()) || element.prefix().isEmpty()
        ? element.name()
        : element.prefix() + ":" + element.name();
  }

  /** Words as people read them: whitespace collapsed, positions counted as it will be. */
  private static final class Text {
    final StringBuilder out = new StringBuilder();
    boolean space;

    void append(String words) {
      for (int i = 0; i < words.length(); i++) {
        char c = words.charAt(i);
        if (isSpace(c)) {
          space = out.length() > 0;
        } else {
          if (space && !endsWithSpace()) {
            out.append(' ');
          }
          space = false;
          out.append(c);
        }
      }
    }

    /**
     * Where a note stands: after the space before it, if any, which is written now, so that a space
     * after it is kept too.
     */
    int barrier() {
      if (space && !endsWithSpace()) {
        out.append(' ');
      }
      space = false;
      return out.length();
    }

    boolean endsWithSpace() {
      return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    /** Where the next word will start. */
    int position() {
      return out.length() + (space ? 1 : 0);
    }
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
  }

  private static boolean hasSpace(Element element) {
    return element.content().stream().anyMatch(String.class::isInstance);
  }

  private static boolean hasWords(Element element) {
    for (Object part : element.content()) {
      if (part instanceof String words && !words.chars().allMatch(c -> isSpace((char) c))) {
        return true;
      }
    }
    return false;
  }

  private static void checkNoWords(Element element) {
    if (hasWords(element)) {
      throw error(
          element,
          "unexpected words directly in "
              + element
              + ": Akoma Ntoso puts them in a <p> or another block");
    }
  }

  private static Markup markup(Element element) {
    // Kept as found, whitespace between elements included, and written back without indentation.
    ImmutableList.Builder<Object> content = new ImmutableList.Builder();
    for (Object part : element.content()) {
      content.add(part instanceof Element child ? markup(child) : part);
    }
    // Akoma Ntoso is written in the default namespace, whatever prefix it was read with.
    return new Markup(
        element.namespace(),
        AKN.equals(element.namespace()) ? "" : element.prefix(),
        element.name(),
        element.attributes(),
        content.build());
  }

  private static Unrepresented keptAs(Element element, String what) {
    return new Unrepresented(element.line(), element.column(), element.toString(), what);
  }

  // ---- writing ----

  /** Writes {@code structure} as its document element and everything within. */
  static void write(XmlOut out, Structure structure) {
    out.open("", structure.element(), AKN);
    attributes(out, structure.attributes());
    if (structure.parts().containsKey("meta") || !structure.metadata().isEmpty()) {
      out.open("", "meta", AKN);
      attributes(out, structure.parts().getOrDefault("meta", ImmutableMap.of()));
      structure.metadata().forEach(markup -> write(out, markup));
      out.close();
    }
    for (String part : PARTS) {
      ImmutableMap<String, String> attributes = structure.parts().get(part);
      if (attributes == null) {
        continue;
      }
      out.open("", part, AKN);
      attributes(out, attributes);
      switch (part) {
        case "coverPage" -> structure.coverPage().forEach(block -> write(out, block));
        case "preface" -> structure.preface().forEach(block -> write(out, block));
        case "preamble" -> structure.preamble().forEach(block -> write(out, block));
        case "body" -> structure.body().forEach(division -> write(out, division));
        case "mainBody" -> structure.mainBody().forEach(block -> write(out, block));
        case "conclusions" -> structure.conclusions().forEach(block -> write(out, block));
        default ->
            structure.annexes().stream()
                .filter(annex -> annex.part().equals(part))
                .forEach(annex -> write(out, annex));
      }
      out.close();
    }
    out.close();
  }

  private static void write(XmlOut out, Annex annex) {
    Structure document = annex.document();
    if (document.parts().isEmpty() && document.metadata().size() == 1) {
      // An attachment kept as found.
      write(out, document.metadata().get(0));
      return;
    }
    out.open("", annex.element(), AKN);
    attributes(out, annex.attributes());
    write(out, document);
    out.close();
  }

  static void write(XmlOut out, Division division) {
    if (division.level() == Level.CROSS_HEADING) {
      division.heading().ifPresent(heading -> write(out, heading));
      return;
    }
    out.open("", division.level().element(), AKN);
    attributes(out, division.attributes());
    division.num().ifPresent(num -> write(out, num));
    division.heading().ifPresent(heading -> write(out, heading));
    division.subheading().ifPresent(subheading -> write(out, subheading));
    if (division.children().isEmpty()) {
      // An intro with nothing after it (not valid, but found) is written as it came.
      boolean intro =
          division.wrappers().containsKey("intro") && !division.wrappers().containsKey("content");
      wrapper(out, intro ? "intro" : "content", division.wrappers(), division.intro(), true);
    } else {
      wrapper(out, "intro", division.wrappers(), division.intro(), false);
      division.children().forEach(child -> write(out, child));
      wrapper(out, "wrapUp", division.wrappers(), division.wrapUp(), false);
    }
    out.close();
  }

  private static void wrapper(
      XmlOut out,
      String name,
      ImmutableMap<String, ImmutableMap<String, String>> wrappers,
      List<Block> blocks,
      boolean always) {
    if (!always && blocks.isEmpty() && !wrappers.containsKey(name)) {
      return;
    }
    out.open("", name, AKN);
    attributes(out, wrappers.getOrDefault(name, ImmutableMap.of()));
    blocks.forEach(block -> write(out, block));
    out.close();
  }

  static void write(XmlOut out, Block block) {
    // The one dispatch over the sealed blocks.
    if (block instanceof Passage passage) {
      write(out, passage);
    } else if (block instanceof Container container) {
      out.open("", container.element(), AKN);
      attributes(out, container.attributes());
      container.blocks().forEach(child -> write(out, child));
      out.close();
    } else {
      write(out, (Markup) block);
    }
  }

  private static void write(XmlOut out, Passage passage) {
    out.openMixed("", passage.element(), AKN);
    attributes(out, passage.attributes());
    // Spans are listed in the order of their start tags, so an outer one comes before those within.
    List<Span> sorted = passage.spans();
    inline(
        out,
        passage.text(),
        sorted,
        passage.notes(),
        0,
        passage.text().length(),
        new int[] {0},
        new int[] {0},
        -1);
    out.close();
  }

  /**
   * Writes {@code text[from, to)} with the spans from {@code next[0]} on that begin within it and
   * the notes from {@code note[0]} on that stand within it.
   */
  private static void inline(
      XmlOut out,
      String text,
      List<Span> spans,
      List<Note> notes,
      int from,
      int to,
      int[] next,
      int[] note,
      int current) {
    boolean top = current < 0;
    int at = from;
    while (true) {
      // A span empty at the end of a span's range stands after that span, not within it.
      int spanStart =
          next[0] < spans.size()
                  && (spans.get(next[0]).start() < to || top && spans.get(next[0]).start() == to)
              ? spans.get(next[0]).start()
              : Integer.MAX_VALUE;
      // A note is written within the span it stood in.
      int noteAt =
          note[0] < notes.size()
                  && notes.get(note[0]).span() == current
                  && notes.get(note[0]).offset() <= to
              ? notes.get(note[0]).offset()
              : Integer.MAX_VALUE;
      int stop = Math.min(spanStart, noteAt);
      if (stop == Integer.MAX_VALUE) {
        break;
      }
      if (stop > at) {
        out.text(text.substring(at, stop));
        at = stop;
      }
      if (noteAt <= spanStart) {
        Note placed = notes.get(note[0]++);
        if (placed.blocks().size() == 1
            && placed.blocks().get(0) instanceof Markup whole
            && whole.element().equals(placed.element())) {
          write(out, whole);
          continue;
        }
        out.openMixed("", placed.element(), AKN);
        attributes(out, placed.attributes());
        for (Block block : placed.blocks()) {
          if (placed.spaced()) {
            out.text(" ");
          }
          write(out, block);
        }
        if (placed.spaced()) {
          out.text(" ");
        }
        out.close();
        continue;
      }
      int index = next[0]++;
      Span span = spans.get(index);
      open(out, span);
      attributes(out, span.attributes());
      inline(out, text, spans, notes, span.start(), Math.min(span.end(), to), next, note, index);
      out.close();
      at = Math.max(at, Math.min(span.end(), to));
    }
    if (to > at) {
      out.text(text.substring(at, to));
    }
  }

  private static void open(XmlOut out, Span span) {
    if (span.namespace().isEmpty()) {
      out.openMixed("", span.element(), AKN);
      return;
    }
    // An inline element of another vocabulary, in its own namespace and with its prefix.
    int colon = span.element().indexOf(':');
    String prefix = colon < 0 ? "" : span.element().substring(0, colon);
    out.openMixed(prefix, span.element().substring(colon + 1), span.namespace())
        .namespace(prefix, span.namespace());
  }

  /** Writes {@code markup} as it was found: mixed content, its whitespace as it came. */
  static void write(XmlOut out, Markup markup) {
    boolean foreign = !AKN.equals(markup.namespace());
    // Akoma Ntoso is the default namespace of what this codec writes, whatever prefix it came with.
    String prefix = foreign ? markup.prefix() : "";
    out.openMixed(prefix, markup.element(), markup.namespace());
    if (foreign) {
      out.namespace(prefix, markup.namespace());
    }
    attributes(out, markup.attributes());
    for (Object part : markup.content()) {
      if (part instanceof Markup child) {
        write(out, child);
      } else {
        out.text((String) part);
      }
    }
    out.close();
  }

  private static void attributes(XmlOut out, Map<String, String> attributes) {
    java.util.Set<String> declared = new java.util.HashSet<>();
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      String key = attribute.getKey();
      if (key.startsWith("{")) {
        int close = key.indexOf('}');
        String namespace = key.substring(1, close);
        String prefix =
            switch (namespace) {
              case "http://www.w3.org/XML/1998/namespace" -> "xml";
              case "http://www.w3.org/2001/XMLSchema-instance" -> "xsi";
              default -> "ns" + Integer.toHexString(namespace.hashCode() & 0xffff);
            };
        if (!prefix.equals("xml") && declared.add(prefix)) {
          out.namespace(prefix, namespace);
        }
        out.attribute(prefix, namespace, key.substring(close + 1), attribute.getValue());
      } else {
        out.attribute(key, attribute.getValue());
      }
    }
  }
}
