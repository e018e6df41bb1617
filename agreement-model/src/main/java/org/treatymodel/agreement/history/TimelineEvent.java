package org.treatymodel.agreement.history;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * One dated event in the history of the relationship, such as "The General Assembly approves the
 * Agreement (112th plenary meeting, without reference to a Main Committee)" on 25 July 2016, with
 * the instruments it concerns and where it is reported. Instances are immutable.
 */
@Value.Immutable
public abstract class TimelineEvent {
  TimelineEvent() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimelineEvent}. */
  public static final class Builder extends ImmutableTimelineEvent.Builder {
    Builder() {}

    /**
     * Sets the instruments the event concerns, each once.
     *
     * @throws NullPointerException naming {@code instruments} if an element is null
     */
    public Builder instruments(InstrumentId... instruments) {
      return instruments(Elements.list("instruments", instruments));
    }

    /**
     * Sets the instruments the event concerns, each once.
     *
     * @throws NullPointerException naming {@code instruments} if it or an element is null
     */
    public Builder instruments(Iterable<? extends InstrumentId> instruments) {
      return instruments(Elements.list("instruments", instruments));
    }
  }

  /** When it happened. */
  public abstract LocalDate date();

  /** What happened, in one sentence. */
  public abstract String description();

  /** The instruments the event concerns, if any, each once. */
  @Value.Default
  public ImmutableList<InstrumentId> instruments() {
    return ImmutableList.of();
  }

  /** Where the event is reported: a source document or FACTS.md. */
  public abstract String provenance();

  @Value.Check
  void check() {
    Texts.checkText("event description", description());
    Texts.checkText("event provenance", provenance());
    Elements.checkDistinct("event instruments", instruments());
  }
}
