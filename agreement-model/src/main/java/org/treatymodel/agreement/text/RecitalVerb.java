package org.treatymodel.agreement.text;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.treatymodel.agreement.internal.Texts;

/**
 * The verb a preamble recital opens with. "Recalling also" and "Recalling further" are {@link
 * #RECALLING}; "Taking note of" is {@link #TAKING_NOTE_OF}.
 */
@API(status = STABLE, since = "0.1.0")
public enum RecitalVerb {
  /** "Bearing in mind ..." */
  BEARING_IN_MIND("Bearing in mind"),
  /** "Recognizing ..." */
  RECOGNIZING("Recognizing"),
  /** "Recalling ...", "Recalling also ...", "Recalling further ..." */
  RECALLING("Recalling"),
  /** "Desiring ..." */
  DESIRING("Desiring"),
  /** "Taking note of ..." */
  TAKING_NOTE_OF("Taking note of");

  private final String words;

  RecitalVerb(String words) {
    this.words = words;
  }

  /** The words of the verb as the preamble writes them, such as "Bearing in mind". */
  public String words() {
    return words;
  }

  /**
   * The verb an opening phrase begins with: "Recalling further" gives {@link #RECALLING}.
   *
   * @throws IllegalArgumentException naming the phrase if it begins with none of the verbs
   */
  public static RecitalVerb of(String openingPhrase) {
    Texts.checkText("opening phrase", openingPhrase);
    for (RecitalVerb verb : values()) {
      if (openingPhrase.equals(verb.words) || openingPhrase.startsWith(verb.words + " ")) {
        return verb;
      }
    }
    throw new IllegalArgumentException(
        "opening phrase must begin with one of "
            + ImmutableList.copyOf(values()).stream().map(RecitalVerb::words).toList()
            + ": "
            + Texts.quote(openingPhrase));
  }
}
