package org.treatymodel.agreement.amendment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.text.AgreementText;

/**
 * One version of the text: the original as it entered into force, or the text as consolidated with
 * the amendments in force on a date. Like an Akoma Ntoso expression, it is named by language and
 * date: {@code eng@2016-09-19} for the original of the 2016 Agreement. Instances are immutable.
 */
@Value.Immutable
public abstract class TextVersion {
  TextVersion() {}

  /** The text of this version. */
  public abstract AgreementText text();

  /**
   * The date from which this version applies: the original's entry into force, or the last
   * amendment's.
   */
  public abstract LocalDate date();

  /** The language code of the text, such as {@code eng}. */
  public abstract String language();

  /** The amendments consolidated into this version, in the order they entered into force. */
  public abstract ImmutableList<InstrumentId> amendments();

  /** The expression's name: language, {@code @}, date, as {@code eng@2016-09-19}. */
  public String expression() {
    return language() + "@" + date();
  }

  /** Whether this is the original text, with no amendment. */
  public boolean isOriginal() {
    return amendments().isEmpty();
  }
}
