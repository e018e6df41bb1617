package org.treatymodel.agreement.norm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a phrase stands in a norm's words, and what it states there: the force phrase that makes
 * the norm an obligation, the phrase that states a {@link Condition}. {@code words.substring(start,
 * end())} is the phrase, so a tool can highlight it.
 *
 * @param <T> what the phrase states: a {@link ForcePhrase} or a {@link Condition}
 * @param what what the phrase states
 * @param phrase the phrase, as it stands in the words
 * @param start where it begins in the norm's {@link Norm#words() words}, from 0
 */
@API(status = STABLE, since = "0.1.0")
public record Occurrence<T>(T what, String phrase, int start) {
  /** Checks the parts. */
  public Occurrence {
    checkNotNull(what, "what");
    checkNotNull(phrase, "phrase");
    checkArgument(start >= 0, "an occurrence starts at 0 or later: %s", start);
  }

  /** Where the phrase ends in the words: the index after its last character. */
  public int end() {
    return start + phrase.length();
  }

  /** Whether this occurrence and {@code other} share a character of the words. */
  public boolean overlaps(Occurrence<?> other) {
    checkNotNull(other, "other");
    return start < other.end() && other.start() < end();
  }
}
