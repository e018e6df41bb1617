package org.treatymodel.agreement.procedure;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * A person who signed for a party, with the office held: "Secretary-General Ban Ki-moon" for the
 * United Nations. The name is empty where the sources do not give it. Instances are immutable.
 */
@Value.Immutable
public abstract class Signatory {
  Signatory() {}

  /** {@code name}, holding {@code office}, signed for {@code party}. */
  public static Signatory of(ActorId party, String name, ActorId office) {
    return ImmutableSignatory.builder().party(party).name(name).office(office).build();
  }

  /** Someone whose name and office the sources do not give signed for {@code party}. */
  public static Signatory unnamed(ActorId party) {
    return ImmutableSignatory.builder().party(party).build();
  }

  /** The party signed for. */
  public abstract ActorId party();

  /** The signatory's name, if known. */
  public abstract Optional<String> name();

  /** The office the signatory held, if known. */
  public abstract Optional<ActorId> office();

  @Value.Check
  void check() {
    name().ifPresent(name -> Texts.checkText("signatory name", name));
  }
}
