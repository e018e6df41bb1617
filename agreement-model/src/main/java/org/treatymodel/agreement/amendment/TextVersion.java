package org.treatymodel.agreement.amendment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Language;

/**
 * One version of the text: the original as it entered into force, or the text as consolidated with
 * the amendments in force on a date. Like an Akoma Ntoso expression, it is named by language and
 * date: {@code eng@2016-09-19} for the original of the 2016 Agreement; {@code eng@} for the
 * original of a text not (yet) in force. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class TextVersion {
  TextVersion() {}

  /** The text of this version. */
  public abstract AgreementText text();

  /**
   * The date from which this version applies: the original's entry into force, or the last
   * amendment's; empty for the original of a text not in force.
   */
  @Value.Default
  public Optional<LocalDate> date() {
    return Optional.empty();
  }

  /** The language of the text. */
  public abstract Language language();

  /** The amendments consolidated into this version, in the order they entered into force. */
  public abstract ImmutableList<InstrumentId> amendments();

  /**
   * The expression's name: language code, {@code @}, date, as {@code eng@2016-09-19}; {@code eng@}
   * for the original of a text not in force.
   */
  public String expression() {
    return language().code() + "@" + date().map(LocalDate::toString).orElse("");
  }

  /** Whether this is the original text, with no amendment. */
  public boolean isOriginal() {
    return amendments().isEmpty();
  }
}
