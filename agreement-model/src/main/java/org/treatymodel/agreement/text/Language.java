package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.treatymodel.agreement.internal.Phrases;
import org.treatymodel.agreement.internal.Texts;

/**
 * A language in which an agreement is authentic or a text is written, by its ISO 639-2 code (the
 * code of an Akoma Ntoso expression, {@code eng@2016-09-19}) and its English name, as a signing
 * clause states it ("in two originals in the English language"). The six official languages of the
 * United Nations are constants; {@link #ofCode} gives any other ("ita", or its ISO 639-1 form
 * "it"). Two languages are equal when their codes are.
 */
@API(status = STABLE, since = "0.1.0")
public final class Language {
  /** Arabic ({@code ara}). */
  public static final Language ARABIC = new Language("ara", "Arabic");

  /** Chinese ({@code zho}). */
  public static final Language CHINESE = new Language("zho", "Chinese");

  /** English ({@code eng}), the language of the 2016 Agreement's two originals. */
  public static final Language ENGLISH = new Language("eng", "English");

  /** French ({@code fra}). */
  public static final Language FRENCH = new Language("fra", "French");

  /** Russian ({@code rus}). */
  public static final Language RUSSIAN = new Language("rus", "Russian");

  /** Spanish ({@code spa}). */
  public static final Language SPANISH = new Language("spa", "Spanish");

  /**
   * Undetermined ({@code und}, ISO 639-2): the language of a text imported from a document that
   * names none.
   */
  public static final Language UNDETERMINED = new Language("und", "Undetermined");

  private static final ImmutableList<Language> OFFICIAL =
      ImmutableList.of(ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH);

  private static final ImmutableMap<String, String> BIBLIOGRAPHIC =
      ImmutableMap.<String, String>builder()
          .put("alb", "sqi")
          .put("arm", "hye")
          .put("baq", "eus")
          .put("bur", "mya")
          .put("chi", "zho")
          .put("cze", "ces")
          .put("dut", "nld")
          .put("fre", "fra")
          .put("geo", "kat")
          .put("ger", "deu")
          .put("gre", "ell")
          .put("ice", "isl")
          .put("mac", "mkd")
          .put("mao", "mri")
          .put("may", "msa")
          .put("per", "fas")
          .put("rum", "ron")
          .put("slo", "slk")
          .put("tib", "bod")
          .put("wel", "cym")
          .buildOrThrow();

  private final String code;
  private final String englishName;

  private Language(String code, String englishName) {
    this.code = code;
    this.englishName = englishName;
  }

  /** The six official languages of the United Nations, in the order of their English names. */
  public static ImmutableList<Language> officialLanguagesOfTheUnitedNations() {
    return OFFICIAL;
  }

  /**
   * The six official languages of the United Nations, as {@link
   * #officialLanguagesOfTheUnitedNations}.
   */
  public static Language[] values() {
    return OFFICIAL.toArray(new Language[0]);
  }

  /** The ISO 639-2 (terminological) code: {@code eng}, {@code fra}, {@code deu}. */
  public String code() {
    return code;
  }

  /** The name in English, as a signing clause writes it: "English". */
  public String englishName() {
    return englishName;
  }

  /**
   * Whether {@code clause} names this language as a whole word: "in the English language" names
   * English; "Englishness" and "Eng" do not.
   */
  public boolean isNamedIn(String clause) {
    checkNotNull(clause, "clause");
    return Phrases.standsIn(clause, englishName);
  }

  /**
   * The language whose ISO 639 code is {@code code}: three letters (ISO 639-2, terminological
   * {@code fra} or bibliographic {@code fre}) or two (ISO 639-1, {@code fr}), in either case, with
   * or without a region ({@code en-GB}); empty if it is no language's code.
   */
  public static Optional<Language> findByCode(String code) {
    checkNotNull(code, "code");
    String language = code.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    if (!language.matches("[a-z]{2,3}")) {
      return Optional.empty();
    }
    // ISO 639-2 has bibliographic codes beside the terminological ones the JDK and Akoma Ntoso use.
    language = BIBLIOGRAPHIC.getOrDefault(language, language);
    if (language.equals(UNDETERMINED.code)) {
      return Optional.of(UNDETERMINED);
    }
    for (Language official : OFFICIAL) {
      if (official.code.equals(language)) {
        return Optional.of(official);
      }
    }
    Locale locale = new Locale(language);
    String iso3;
    try {
      iso3 = locale.getISO3Language();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
    String name = locale.getDisplayLanguage(Locale.ENGLISH);
    if (iso3.isEmpty() || name.isEmpty() || name.equalsIgnoreCase(language)) {
      return Optional.empty();
    }
    // Chinese is zho in ISO 639-2/T, which the JDK writes; the others are as the JDK has them.
    for (Language official : OFFICIAL) {
      if (official.code.equals(iso3)) {
        return Optional.of(official);
      }
    }
    return Optional.of(new Language(iso3, name));
  }

  /**
   * The language whose ISO 639 code is {@code code}, as {@link #findByCode}.
   *
   * @throws IllegalArgumentException naming the code if it is no language's
   */
  public static Language ofCode(String code) {
    return findByCode(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "language code must be an ISO 639 code such as eng, fra or it: "
                        + Texts.quote(code)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Language that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code: {@code eng}. */
  @Override
  public String toString() {
    return code;
  }
}
