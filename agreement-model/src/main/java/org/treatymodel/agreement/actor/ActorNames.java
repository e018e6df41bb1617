package org.treatymodel.agreement.actor;

/**
 * Names actors for people: "the General Assembly", "the IOM Council", never {@code
 * un.general-assembly}. Messages, descriptions and the tour render actors through it; an {@link
 * org.treatymodel.agreement.Agreement} and a {@link org.treatymodel.agreement.Catalogue} are such
 * namers.
 */
@FunctionalInterface
public interface ActorNames {
  /**
   * The short name of {@code actor} for people, such as "the IOM Council"; for an actor the namer
   * does not know, its identifier.
   */
  String nameOf(ActorId actor);
}
