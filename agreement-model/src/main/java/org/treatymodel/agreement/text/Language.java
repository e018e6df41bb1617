package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Phrases;
import org.treatymodel.agreement.internal.Texts;

/**
 * A language in which an agreement is authentic: one of the six official languages of the United
 * Nations, with its ISO 639-2 code (the code of an Akoma Ntoso expression, {@code eng@2016-09-19})
 * and its English name, as a signing clause states it ("in two originals in the English language").
 */
@API(status = STABLE, since = "0.1.0")
public enum Language {
  /** Arabic ({@code ara}). */
  ARABIC("ara", "Arabic"),
  /** Chinese ({@code zho}). */
  CHINESE("zho", "Chinese"),
  /** English ({@code eng}), the language of the 2016 Agreement's two originals. */
  ENGLISH("eng", "English"),
  /** French ({@code fra}). */
  FRENCH("fra", "French"),
  /** Russian ({@code rus}). */
  RUSSIAN("rus", "Russian"),
  /** Spanish ({@code spa}). */
  SPANISH("spa", "Spanish");

  private final String code;
  private final String englishName;

  Language(String code, String englishName) {
    this.code = code;
    this.englishName = englishName;
  }

  /** The ISO 639-2 code: {@code eng}. */
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

  /** The language whose ISO 639-2 code is {@code code}, if it is one of the six. */
  public static Optional<Language> findByCode(String code) {
    checkNotNull(code, "code");
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The language whose ISO 639-2 code is {@code code}.
   *
   * @throws IllegalArgumentException naming the code if it is not that of an official language of
   *     the United Nations
   */
  public static Language ofCode(String code) {
    return findByCode(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "language code must be one of ara, zho, eng, fra, rus, spa: "
                        + Texts.quote(code)));
  }
}
