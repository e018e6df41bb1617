package org.treatymodel.agreement.history;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.internal.Elements;
import org.treatymodel.agreement.internal.Texts;

/**
 * One dated event in the history of the relationship, such as "The General Assembly approves the
 * Agreement (112th plenary meeting, without reference to a Main Committee)" on 25 July 2016, with
 * the instruments it concerns and where it is reported. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class TimelineEvent {
  TimelineEvent() {}

  /** A builder; {@code build()} rejects a missing, null or blank attribute and names it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TimelineEvent}. Every setter rejects null, naming the attribute, and a
   * collection with a null element, naming the attribute and the element's index; setting an
   * attribute again replaces it.
   */
  public static final class Builder {
    private final ImmutableTimelineEvent.Builder delegate = new ImmutableTimelineEvent.Builder();

    Builder() {}

    /** Sets the instruments the event concerns, each once. */
    public Builder instruments(InstrumentId... instruments) {
      delegate.instruments(Elements.list("instruments", instruments));
      return this;
    }

    /** Sets the instruments the event concerns, each once. */
    public Builder instruments(Iterable<? extends InstrumentId> instruments) {
      delegate.instruments(Elements.list("instruments", instruments));
      return this;
    }

    /** Sets {@link TimelineEvent#date()}. */
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets {@link TimelineEvent#description()}. */
    public Builder description(String description) {
      delegate.description(description);
      return this;
    }

    /** Sets {@link TimelineEvent#provenance()}. */
    public Builder provenance(String provenance) {
      delegate.provenance(provenance);
      return this;
    }

    /** Sets every attribute to that of {@code instance}, so that a copy can differ in a few. */
    public Builder from(TimelineEvent instance) {
      delegate.from(checkNotNull(instance, "instance"));
      return this;
    }

    /**
     * Builds the {@link TimelineEvent}.
     *
     * @throws IllegalStateException naming the attributes not set
     * @throws IllegalArgumentException naming what is inconsistent
     */
    public TimelineEvent build() {
      return delegate.build();
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
