package org.treatymodel.agreement.actor;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Names actors for people: "the General Assembly", "the IOM Council", never {@code
 * un.general-assembly}. Messages, descriptions and the tour render actors through it; an {@link
 * org.treatymodel.agreement.Agreement} and a {@link org.treatymodel.agreement.catalogue.Catalogue}
 * are such namers.
 */
@API(status = STABLE, since = "0.1.0")
@FunctionalInterface
public interface ActorNames {
  /**
   * The short name of {@code actor} for people, such as "the IOM Council"; for an actor the namer
   * does not know, its identifier.
   */
  String nameOf(ActorId actor);
}
