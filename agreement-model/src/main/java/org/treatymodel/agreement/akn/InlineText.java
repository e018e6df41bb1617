package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.iri;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.descendants;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.provisionId;
import static org.treatymodel.agreement.akn.Reading.required;
import static org.treatymodel.agreement.akn.Reading.words;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Texts;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;

/**
 * The {@code <p>} that holds the words of one provision, with its inline elements: each
 * cross-reference as a {@code <ref>} around its words, a recital's opening phrase as an {@code
 * <inline name="openingPhrase">}. Reading returns the words and the cross-references found; writing
 * places each cross-reference on the first occurrence of its words that no other inline element
 * covers, and leaves the others to be written apart, in {@code <proprietary>}.
 */
final class InlineText {
  static final String P = "p";
  static final String REF = "ref";
  static final String INLINE = "inline";
  static final String OPENING_PHRASE = "openingPhrase";

  /** The words of one provision, and the cross-references its {@code <p>} holds. */
  record Unit(String words, ImmutableList<CrossReference> references) {}

  /** A stretch of a provision's text that an inline element wraps. */
  private record Span(int start, int end, Optional<CrossReference> reference) {}

  /** The cross-references written inline, by the provision whose text holds them. */
  private final Map<ProvisionId, List<Span>> inline = new HashMap<>();

  /** The cross-references that cannot be written inline: their words are not found alone. */
  private final List<CrossReference> apart = new ArrayList<>();

  private InlineText() {}

  // ---- reading ----

  /** The words of provision {@code id} held by {@code p}, with its cross-references. */
  static Unit read(ProvisionId id, Element p) {
    ImmutableList.Builder<CrossReference> references = ImmutableList.builder();
    for (Element ref : descendants(p, AKN, REF)) {
      String href = required(ref, "href");
      String words = words(ref);
      if (href.startsWith("#")) {
        ProvisionId target = provisionId(ref, href.substring(1));
        references.add(built(ref, () -> CrossReference.toProvision(id, target, words)));
      } else {
        InstrumentId target =
            Names.instrumentOf(href)
                .orElseThrow(
                    () ->
                        error(
                            ref,
                            "expected href \"#\" and an eId, or an instrument's IRI such as /akn/un/doc/A/RES/70/263, found "
                                + Texts.quote(href)));
        references.add(built(ref, () -> CrossReference.toInstrument(id, target, words)));
      }
    }
    return new Unit(words(p), references.build());
  }

  // ---- writing ----

  /** The placement of the cross-references of {@code text}: inline where their words stand. */
  static InlineText place(AgreementText text, List<CrossReference> references) {
    InlineText placed = new InlineText();
    Map<ProvisionId, String> texts = texts(text);
    for (int number = 1; number <= text.recitals().size(); number++) {
      Recital recital = text.recital(number);
      placed
          .inline
          .computeIfAbsent(ProvisionId.recital(number), id -> new ArrayList<>())
          .add(new Span(0, recital.openingPhrase().length(), Optional.empty()));
    }
    for (CrossReference reference : references) {
      String words = texts.get(reference.source());
      Optional<Span> span =
          words == null
              ? Optional.empty()
              : freeOccurrence(
                  words,
                  reference.words(),
                  placed.inline.getOrDefault(reference.source(), List.of()));
      if (span.isPresent()) {
        placed
            .inline
            .computeIfAbsent(reference.source(), id -> new ArrayList<>())
            .add(new Span(span.get().start(), span.get().end(), Optional.of(reference)));
      } else {
        placed.apart.add(reference);
      }
    }
    placed.inline.values().forEach(spans -> spans.sort(Comparator.comparingInt(Span::start)));
    return placed;
  }

  /** The cross-references that could not be placed inline, in document order. */
  ImmutableList<CrossReference> apart() {
    return ImmutableList.copyOf(apart);
  }

  /** Each provision whose own text the document writes, with that text, in document order. */
  private static Map<ProvisionId, String> texts(AgreementText text) {
    Map<ProvisionId, String> texts = new LinkedHashMap<>();
    text.findPartiesFormula()
        .ifPresent(words -> texts.put(ProvisionId.preamble().formula(1), words));
    for (int number = 1; number <= text.recitals().size(); number++) {
      texts.put(ProvisionId.recital(number), text.recital(number).text());
    }
    text.findEnactingFormula()
        .ifPresent(words -> texts.put(ProvisionId.preamble().formula(2), words));
    for (Article article : text.articles()) {
      for (Paragraph paragraph : article.paragraphs()) {
        ProvisionId id = article.paragraphId(paragraph);
        if (paragraph.points().isEmpty()) {
          texts.put(id, paragraph.text());
        } else {
          ProvisionId list = id.list(1);
          texts.put(list.intro(), paragraph.text());
          for (Point point : paragraph.points()) {
            texts.put(list.point(point.label()), point.text());
          }
          paragraph.wrapUp().ifPresent(wrapUp -> texts.put(list.wrapUp(), wrapUp));
        }
      }
    }
    text.findFinalClauses()
        .ifPresent(
            clauses -> {
              texts.put(ProvisionId.conclusions().formula(1), clauses.testimonium());
              texts.put(ProvisionId.conclusions().formula(2), clauses.signingClause());
            });
    return texts;
  }

  private static Optional<Span> freeOccurrence(String text, String words, List<Span> taken) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int start = at;
      int end = at + words.length();
      if (taken.stream().noneMatch(span -> span.start() < end && start < span.end())) {
        return Optional.of(new Span(start, end, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** Writes the {@code <p>} holding the text of {@code provision}, with its inline elements. */
  void write(XmlOut out, ProvisionId provision, String text) {
    out.openMixed("", P, AKN);
    int at = 0;
    for (Span span : inline.getOrDefault(provision, List.of())) {
      if (span.start() > at) {
        out.text(text.substring(at, span.start()));
      }
      if (span.reference().isPresent()) {
        CrossReference reference = span.reference().get();
        out.open("", REF, AKN)
            .attribute("href", href(reference))
            .text(text.substring(span.start(), span.end()))
            .close();
      } else {
        out.open("", INLINE, AKN)
            .attribute("name", OPENING_PHRASE)
            .text(text.substring(span.start(), span.end()))
            .close();
      }
      at = span.end();
    }
    if (at < text.length()) {
      out.text(text.substring(at));
    }
    out.close();
  }

  private static String href(CrossReference reference) {
    return reference
        .targetProvision()
        .map(target -> "#" + target)
        .orElseGet(() -> iri(reference.targetInstrument().orElseThrow()));
  }
}
