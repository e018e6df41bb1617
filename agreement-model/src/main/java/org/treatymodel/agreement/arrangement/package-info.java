/**
 * The arrangements the Agreement calls for: supplementary arrangements "for the purpose of
 * implementing the present Agreement" (Article 14, relied on by Articles 10 and 13(2)), separate
 * arrangements on expenses (Article 12), administrative arrangements on the laissez-passer (Article
 * 11), and the arrangements for the working relationship of the secretariats (Article 9).
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.arrangement;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
