package org.treatymodel.agreement.structure;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The level of a {@link Division} in the hierarchy of a text: the hierarchical elements of Akoma
 * Ntoso 3.0, from {@code book} and {@code part} above articles to {@code point} and {@code indent}
 * within them, and the generic {@code hcontainer} (a cross-heading in UK legislation).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Level {
  /** {@code alinea}: an unnumbered subdivision of a paragraph (EU acts). */
  ALINEA,
  /** {@code article}. */
  ARTICLE,
  /** {@code book}. */
  BOOK,
  /** {@code chapter}. */
  CHAPTER,
  /** {@code clause}. */
  CLAUSE,
  /**
   * {@code crossHeading}: a heading between units of one level, held in {@link Division#heading()}.
   */
  CROSS_HEADING,
  /** {@code division}. */
  DIVISION,
  /** {@code hcontainer}: a generic container, named by its {@code name} attribute. */
  HCONTAINER,
  /** {@code indent}: a point introduced by a dash. */
  INDENT,
  /** {@code level}: a generic level. */
  LEVEL,
  /** {@code list}: points with the words that introduce and close them. */
  LIST,
  /** {@code paragraph}. */
  PARAGRAPH,
  /** {@code part}. */
  PART,
  /** {@code point}. */
  POINT,
  /** {@code proviso}. */
  PROVISO,
  /** {@code rule}. */
  RULE,
  /** {@code section}. */
  SECTION,
  /** {@code subchapter}. */
  SUBCHAPTER,
  /** {@code subclause}. */
  SUBCLAUSE,
  /** {@code subdivision}. */
  SUBDIVISION,
  /** {@code sublist}. */
  SUBLIST,
  /** {@code subparagraph}. */
  SUBPARAGRAPH,
  /** {@code subpart}. */
  SUBPART,
  /** {@code subrule}. */
  SUBRULE,
  /** {@code subsection}. */
  SUBSECTION,
  /** {@code subtitle}. */
  SUBTITLE,
  /** {@code title}. */
  TITLE,
  /** {@code tome}. */
  TOME,
  /** {@code transitional}. */
  TRANSITIONAL;

  /** The Akoma Ntoso element: {@code article}, {@code hcontainer}, {@code crossHeading}. */
  public String element() {
    return this == CROSS_HEADING ? "crossHeading" : name().toLowerCase(Locale.ROOT);
  }

  /** The level whose Akoma Ntoso element is {@code element}, if it is one. */
  public static Optional<Level> ofElement(String element) {
    checkNotNull(element, "element");
    for (Level level : values()) {
      if (level.element().equals(element)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
