package org.treatymodel.agreement.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.internal.Texts;

/**
 * A person who signed for a party, with the office held: "Secretary-General Ban Ki-moon" for the
 * United Nations. This is the one record of who signed; the timeline and the tour read names from
 * it. The name and office are empty where the sources do not give them. The office, if known,
 * belongs to the party signed for. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Signatory {
  Signatory() {}

  /**
   * {@code name}, holding {@code office}, signed for {@code party}.
   *
   * @throws IllegalArgumentException if the party is not an Organization, the office belongs to
   *     another Organization, or the name is not one line of text
   */
  public static Signatory of(ActorId party, String name, ActorId office) {
    return new ImmutableSignatory.Builder()
        .party(party)
        .name(Optional.of(checkNotNull(name, "name")))
        .office(Optional.of(checkNotNull(office, "office")))
        .build();
  }

  /**
   * Someone whose name and office the sources do not give signed for {@code party}.
   *
   * @throws IllegalArgumentException if the party is not an Organization
   */
  public static Signatory unnamed(ActorId party) {
    return new ImmutableSignatory.Builder().party(party).build();
  }

  /** The party signed for. */
  public abstract ActorId party();

  /** The signatory's name, if known. */
  @Value.Default
  public Optional<String> name() {
    return Optional.empty();
  }

  /** The office the signatory held, if known. */
  @Value.Default
  public Optional<ActorId> office() {
    return Optional.empty();
  }

  @Value.Check
  void check() {
    checkArgument(
        party().isOrganization(),
        "a signatory signs for a party, an Organization such as \"un\": %s",
        party());
    name().ifPresent(name -> Texts.checkText("signatory name", name));
    office()
        .ifPresent(
            office ->
                checkArgument(
                    office.organization().equals(party()),
                    "the signatory for %s holds office %s, which belongs to %s",
                    party(),
                    office,
                    office.organization()));
  }
}
