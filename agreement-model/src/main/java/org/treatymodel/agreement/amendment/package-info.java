/**
 * Amendments under Article 15 ("The present Agreement may be amended by agreement between the
 * United Nations and the International Organization for Migration"): the changes an amendment makes
 * to the text, and the consolidated text as of any date, with provision identifiers stable across
 * versions.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.amendment;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
