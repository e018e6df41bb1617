/**
 * Cross-references: a provision pointing at another provision ("pursuant to Article 14 of this
 * Agreement") or at an instrument (Article 16(2) to the Cooperation Agreement of 25 June 1996;
 * recitals to resolutions).
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.reference;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
