package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
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
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;

/**
 * Generated texts in a structure of their own, of the shapes real treaties take and the 2016
 * Agreement does not: parts and chapters above articles, articles numbered "3bis" or "IV" with or
 * without a heading, unnumbered paragraphs beside numbered ones, lists nested to three levels
 * labelled "(i)", "1." or "a)", footnotes within the words, references over them, and annexes. The
 * words are fictional. Each is an {@link Agreement} whose norms and procedure are not known, as an
 * imported one is, and which knows its own instrument as an import does.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Structures {
  private Structures() {}

  private static final String[] WORDS = {
    "The",
    "Parties",
    "shall",
    "endeavour",
    "to",
    "share",
    "data",
    "on",
    "rivers",
    "and",
    "lakes",
    "within",
    "a",
    "reasonable",
    "time",
    "subject",
    "to",
    "available",
    "resources"
  };
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

  /** Texts in a structure of their own, each from a seed, small enough to read when one fails. */
  public static Gen<Agreement> generated() {
    return longs().all().map(Structures::of);
  }

  /** The text the seed {@code seed} makes, the same for the same seed. */
  public static Agreement of(long seed) {
    Random random = new Random(seed);
    List<Division> body = new ArrayList<>();
    int articles = 0;
    int chapters = random.nextInt(3);
    if (chapters == 0) {
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        body.add(article(random, "", ++articles));
      }
    } else {
      for (int c = 1; c <= chapters; c++) {
        String eId = "chp_" + ROMAN[c - 1];
        List<Division> inside = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
          inside.add(article(random, eId + "__", ++articles));
        }
        body.add(
            division(
                Level.CHAPTER,
                eId,
                Optional.of("Chapter " + ROMAN[c - 1]),
                Optional.of(words(random, 3)),
                ImmutableList.of(),
                inside));
      }
    }
    List<Annex> annexes = new ArrayList<>();
    if (random.nextBoolean()) {
      annexes.add(annex(random));
    }
    String work = "/akn/xx/act/agreement/generated-" + Long.toHexString(seed);
    Structure structure =
        new Structure(
            "act",
            ImmutableMap.of("name", "agreement"),
            ImmutableList.of(identification(work)),
            ImmutableList.of(),
            ImmutableList.of(title("Generated agreement " + Long.toHexString(seed))),
            ImmutableList.of(
                new Container(
                    "formula",
                    ImmutableMap.of("name", "enactingFormula"),
                    ImmutableList.of(Passage.of("p", "Have agreed as follows:")))),
            ImmutableList.copyOf(body),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.copyOf(annexes),
            parts(!annexes.isEmpty()));
    String title = "Generated agreement " + Long.toHexString(seed);
    return Agreement.builder()
        .instrument(InstrumentId.of(work))
        .instruments(
            List.of(
                Instrument.builder()
                    .id(InstrumentId.of(work))
                    .kind(InstrumentKind.AGREEMENT)
                    .title(title)
                    .provenance(
                        "the identification (FRBRWork) of the Akoma Ntoso document it was imported"
                            + " from")
                    .build()))
        .text(
            AgreementText.builder()
                .title(title)
                .language(Language.ENGLISH)
                .structure(structure)
                .build())
        .unanalysed()
        .build();
  }

  private static ImmutableMap<String, ImmutableMap<String, String>> parts(boolean annexes) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> parts = ImmutableMap.builder();
    parts.put("meta", ImmutableMap.of());
    parts.put("preface", ImmutableMap.of());
    parts.put("preamble", ImmutableMap.of());
    parts.put("body", ImmutableMap.of());
    if (annexes) {
      parts.put("attachments", ImmutableMap.of());
    }
    return parts.build();
  }

  private static Division article(Random random, String prefix, int number) {
    String designator = number + (random.nextInt(4) == 0 ? "bis" : "");
    String eId = prefix + "art_" + designator;
    Optional<String> heading =
        random.nextBoolean() ? Optional.of(words(random, 2)) : Optional.empty();
    List<Division> paragraphs = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int p = 1; p <= count; p++) {
      boolean numbered = count > 1 && random.nextInt(4) != 0;
      paragraphs.add(
          paragraph(
              random, eId + "__para_" + p, numbered ? Optional.of(p + ".") : Optional.empty()));
    }
    return division(
        Level.ARTICLE,
        eId,
        Optional.of("Article " + designator),
        heading,
        ImmutableList.of(),
        paragraphs);
  }

  private static Division paragraph(Random random, String eId, Optional<String> num) {
    if (random.nextInt(3) == 0) {
      Division list = list(random, eId + "__list_1", 1);
      return division(
          Level.PARAGRAPH,
          eId,
          num,
          Optional.empty(),
          ImmutableList.of(passage(random)),
          ImmutableList.of(list));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(passage(random));
    if (random.nextInt(4) == 0) {
      blocks.add(passage(random));
    }
    return division(
        Level.PARAGRAPH, eId, num, Optional.empty(), ImmutableList.copyOf(blocks), List.of());
  }

  private static Division list(Random random, String eId, int depth) {
    List<Division> points = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 1; i <= count; i++) {
      String label =
          switch (depth) {
            case 1 -> "(" + "i".repeat(Math.min(i, 3)) + ")";
            case 2 -> i + ".";
            default -> (char) ('a' + i - 1) + ")";
          };
      String pointEId = eId + "__point_" + i;
      if (depth < 3 && random.nextInt(3) == 0) {
        points.add(
            division(
                Level.POINT,
                pointEId,
                Optional.of(label),
                Optional.empty(),
                ImmutableList.of(passage(random)),
                ImmutableList.of(list(random, pointEId + "__list_1", depth + 1))));
      } else {
        points.add(
            division(
                Level.POINT,
                pointEId,
                Optional.of(label),
                Optional.empty(),
                ImmutableList.of(passage(random)),
                List.of()));
      }
    }
    return new Division(
        Level.LIST,
        ImmutableMap.of("eId", eId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableList.copyOf(points),
        random.nextBoolean() ? ImmutableList.of(passage(random)) : ImmutableList.of(),
        ImmutableMap.of());
  }

  private static Division division(
      Level level,
      String eId,
      Optional<String> num,
      Optional<String> heading,
      List<Block> intro,
      List<Division> children) {
    return new Division(
        level,
        ImmutableMap.of("eId", eId),
        num.map(n -> Passage.of("num", n)),
        heading.map(h -> Passage.of("heading", h)),
        Optional.empty(),
        ImmutableList.copyOf(intro),
        ImmutableList.copyOf(children),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  /** The preface's paragraph that holds the title, as {@code <p><docTitle>…</docTitle></p>}. */
  private static Passage title(String title) {
    return new Passage(
        "p",
        ImmutableMap.of(),
        title,
        ImmutableList.of(Span.of(0, title.length(), "docTitle", ImmutableMap.of())),
        ImmutableList.of());
  }

  /** Words, with a reference over some of them and, now and then, a footnote. */
  private static Passage passage(Random random) {
    String text = words(random, 4 + random.nextInt(6)) + ".";
    List<Span> spans = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    int space = text.indexOf(' ');
    if (random.nextBoolean() && space > 0) {
      spans.add(Span.of(0, space, "ref", ImmutableMap.of("href", "#art_1")));
    }
    if (random.nextInt(3) == 0) {
      notes.add(
          new Note(
              text.length(),
              "authorialNote",
              ImmutableMap.of("marker", "1", "placement", "bottom"),
              ImmutableList.of(Passage.of("p", words(random, 3) + ".")),
              -1,
              true));
    }
    return new Passage(
        "p", ImmutableMap.of(), text, ImmutableList.copyOf(spans), ImmutableList.copyOf(notes));
  }

  private static Annex annex(Random random) {
    Structure document =
        new Structure(
            "doc",
            ImmutableMap.of("name", "annex"),
            ImmutableList.of(identification("/akn/xx/doc/annex/generated")),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(Passage.of("p", words(random, 5) + ".")),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableMap.of("meta", ImmutableMap.of(), "mainBody", ImmutableMap.of()));
    return new Annex("attachment", ImmutableMap.of("eId", "att_1"), document);
  }

  private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The FRBR identification of the work {@code work}, in English, as Akoma Ntoso requires. */
  private static Markup identification(String work) {
    String expression = work + "/eng@";
    return element(
        "identification",
        ImmutableMap.of("source", "#generator"),
        frbr(
            "FRBRWork",
            work,
            work + "/!main",
            element("FRBRcountry", ImmutableMap.of("value", "xx"))),
        frbr(
            "FRBRExpression",
            expression,
            expression + "/!main",
            element("FRBRlanguage", ImmutableMap.of("language", "eng"))),
        frbr("FRBRManifestation", expression + ".xml", expression + "/!main.xml"));
  }

  private static Markup frbr(String name, String uri, String self, Markup... more) {
    List<Object> content = new ArrayList<>();
    content.add(element("FRBRthis", ImmutableMap.of("value", self)));
    content.add(element("FRBRuri", ImmutableMap.of("value", uri)));
    content.add(element("FRBRdate", ImmutableMap.of("date", "2030-01-01", "name", "generation")));
    content.add(element("FRBRauthor", ImmutableMap.of("href", "#generator")));
    content.addAll(List.of(more));
    return new Markup(AKN, "", name, ImmutableMap.of(), ImmutableList.copyOf(content));
  }

  private static Markup element(
      String name, ImmutableMap<String, String> attributes, Markup... content) {
    return new Markup(AKN, "", name, attributes, ImmutableList.copyOf(content));
  }

  private static String words(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }
}
