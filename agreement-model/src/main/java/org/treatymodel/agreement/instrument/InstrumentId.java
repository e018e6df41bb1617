package org.treatymodel.agreement.instrument;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Identifiers;

/**
 * The identifier of an {@link Instrument}, in one of three forms, each stable and guessable from
 * what a reader knows of the instrument:
 *
 * <ul>
 *   <li><b>its document symbol</b>, exactly as the issuing organ prints it, where it has one:
 *       {@code A/RES/70/263}, {@code A/70/976}, {@code A/70/L.57}, {@code E/1996/90}, {@code
 *       A/RES/1145(XII)}. A symbol begins with an upper-case letter and has at least two segments
 *       separated by {@code /}, of upper-case letters, digits, {@code .}, {@code -}, {@code (} and
 *       {@code )}. General Assembly resolutions are always written {@code A/RES/...}, never
 *       "General Assembly resolution 70/263".
 *   <li><b>a designation</b> where it has none: {@code kind/actors/date-or-number}, all in lower
 *       case. The kind is an {@link InstrumentKind#code()} ({@code agreement}, {@code resolution},
 *       {@code letter}...); the actors are {@link org.treatymodel.agreement.actor.ActorId}s joined
 *       by {@code +}: the parties of an agreement or memorandum, in the order its title names them,
 *       or the author of a resolution, letter or note; the last segment is the date the instrument
 *       bears ({@code yyyy-mm-dd}, or {@code yyyy} where only the year is known), or the number of
 *       a numbered resolution. A constituent instrument has no last segment. Examples: {@code
 *       agreement/un+iom/2016-09-19} (the 2016 Agreement), {@code resolution/iom.council/1309},
 *       {@code letter/iom.director-general/2015-12-09}, {@code constituent-instrument/iom}.
 *   <li><b>an Akoma Ntoso work IRI</b>, for an agreement imported from a document written
 *       elsewhere, which is known by its work: {@code /akn/eu/act/directive/2014/92}.
 * </ul>
 *
 * An identifier has at most {@value #MAX_LENGTH} characters; it is never a sentence. {@link #parse}
 * accepts exactly what {@link #toString} writes. This class is immutable.
 *
 * @param value the identifier's text, such as {@code A/RES/70/263}
 */
@API(status = STABLE, since = "0.1.0")
public record InstrumentId(String value) implements Comparable<InstrumentId> {
  /** The longest identifier accepted, in characters. */
  public static final int MAX_LENGTH = 300;

  private static final String FORM =
      "a document symbol such as \"A/RES/70/263\", a designation such as"
          + " \"agreement/un+iom/2016-09-19\" or an Akoma Ntoso work IRI such as"
          + " \"/akn/eu/act/directive/2014/92\"";

  /**
   * Checks the identifier's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException naming the text if it is longer than {@value #MAX_LENGTH}
   *     characters or neither a symbol nor a designation
   */
  public InstrumentId {
    value = Identifiers.check("instrument id", value, MAX_LENGTH, InstrumentId::isWellFormed, FORM);
  }

  /**
   * The identifier spelled {@code value}; the same as {@link #parse}.
   *
   * @throws IllegalArgumentException naming the text if it is not an instrument identifier
   */
  public static InstrumentId of(String value) {
    return new InstrumentId(value);
  }

  /**
   * Parses the text form that {@link #toString} writes.
   *
   * @throws IllegalArgumentException naming the text if it is not an instrument identifier
   */
  public static InstrumentId parse(CharSequence text) {
    return new InstrumentId(
        Identifiers.check("instrument id", text, MAX_LENGTH, InstrumentId::isWellFormed, FORM));
  }

  /**
   * The identifier of the instrument whose document symbol is {@code symbol}.
   *
   * @throws IllegalArgumentException naming the text if it is not a document symbol
   */
  public static InstrumentId ofSymbol(String symbol) {
    return new InstrumentId(
        Identifiers.check(
            "document symbol",
            symbol,
            MAX_LENGTH,
            InstrumentId::isSymbol,
            "upper-case segments separated by '/', like \"A/RES/70/263\""));
  }

  /** Whether this identifier is a document symbol rather than a designation. */
  public boolean isSymbol() {
    return isSymbol(value);
  }

  /** The document symbol, if this identifier is one. */
  public Optional<String> symbol() {
    return isSymbol() ? Optional.of(value) : Optional.empty();
  }

  /** The kind a designation names, or empty for a document symbol. */
  public Optional<InstrumentKind> designatedKind() {
    return isSymbol()
        ? Optional.empty()
        : InstrumentKind.ofCode(value.substring(0, value.indexOf('/')));
  }

  private static boolean isWellFormed(String text) {
    return isSymbol(text) || isDesignation(text) || isWorkIri(text);
  }

  /**
   * Whether {@code text} is an Akoma Ntoso work IRI ({@code /akn/eu/act/directive/2014/92}): {@code
   * /akn/}, then segments of letters, digits and {@code . - _ ~ ! $ & ' ( ) * + , ; = : @ §}, none
   * empty.
   */
  private static boolean isWorkIri(String text) {
    if (!text.startsWith("/akn/") || text.length() == 5 || text.endsWith("/")) {
      return false;
    }
    for (int i = 5; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean segmentStart = text.charAt(i - 1) == '/';
      if (c == '/' ? segmentStart : !isIriCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIriCharacter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ".-_~!$&'()*+,;=:@§".indexOf(c) >= 0;
  }

  /**
   * Whether this identifier is an Akoma Ntoso work IRI, as an agreement imported from a document
   * written elsewhere is known by: {@code /akn/eu/act/directive/2014/92}.
   */
  public boolean isWorkIri() {
    return isWorkIri(value);
  }

  private static boolean isSymbol(String text) {
    if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
      return false;
    }
    int segments = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '/') {
        if (i == start) {
          return false;
        }
        if (i < text.length()) {
          segments++;
        }
        start = i + 1;
      } else if (!isSymbolCharacter(text.charAt(i))) {
        return false;
      }
    }
    return segments >= 2;
  }

  private static boolean isSymbolCharacter(char c) {
    return (c >= 'A' && c <= 'Z')
        || Identifiers.isDigit(c)
        || c == '.'
        || c == '-'
        || c == '('
        || c == ')';
  }

  private static boolean isDesignation(String text) {
    int first = text.indexOf('/');
    if (first < 0) {
      return false;
    }
    Optional<InstrumentKind> kind = InstrumentKind.ofCode(text.substring(0, first));
    if (kind.isEmpty()) {
      return false;
    }
    int second = text.indexOf('/', first + 1);
    int actorsEnd = second < 0 ? text.length() : second;
    if (!isActors(text, first + 1, actorsEnd)) {
      return false;
    }
    if (kind.get() == InstrumentKind.CONSTITUENT_INSTRUMENT) {
      return second < 0;
    }
    return second >= 0 && isQualifier(text.substring(second + 1));
  }

  private static boolean isActors(String text, int from, int to) {
    Set<String> seen = new HashSet<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '+') {
        if (!Identifiers.isSegmentedWords(text, start, i) || !seen.add(text.substring(start, i))) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** A date {@code yyyy-mm-dd} that exists, a year {@code yyyy}, or a canonical number. */
  private static boolean isQualifier(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 1000 || month < 0 || day < 0) {
        return false;
      }
      try {
        LocalDate.of(year, month, day);
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }
    if (text.length() == 4 && digits(text, 0, 4) >= 1000) {
      return true;
    }
    return Identifiers.canonicalNumber(text, 0, text.length()) > 0;
  }

  private static int digits(String text, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Identifiers.isDigit(c)) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  /** Orders identifiers by their text. */
  @Override
  public int compareTo(InstrumentId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  /** The symbol or designation, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return value;
  }
}
