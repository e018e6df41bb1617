/**
 * The actors of the Agreement: the two Organizations that are its parties, their organs and
 * offices, the coordination bodies IOM joins under Article 3(2), and the staff of IOM (Article 11).
 *
 * <p>{@link org.treatymodel.agreement.uniom.Actors} holds the identifiers as named constants and
 * the catalogue of every actor the Agreement names.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.actor;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
