/**
 * The actors of the Agreement: the two Organizations that are its parties, their organs and
 * offices, the coordination bodies IOM joins under Article 3(2), and the staff of IOM (Article 11).
 *
 * <p>{@link org.treatymodel.agreement.uniom.Actors} names the identifiers of the 2016 Agreement's
 * actors as constants; the actors themselves are in its dossier ({@code
 * UnIomAgreement.agreement().actors()}).
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.actor;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
