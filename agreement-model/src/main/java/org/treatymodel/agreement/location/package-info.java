/**
 * Locations: the places of a dossier that something can be said about (a provision, a norm, an
 * event of a procedure, an instrument, an actor), by their identifiers, in the order a reader meets
 * them. The validation module reports each diagnostic at one.
 */
@NullMarked
package org.treatymodel.agreement.location;

import org.jspecify.annotations.NullMarked;
