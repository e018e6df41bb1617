/**
 * What a source reports about an instrument whose text is not in the sources: the statements of
 * source 004 about the Cooperation Agreement of 25 June 1996, each with its provenance and the
 * words it quotes, kept apart from any text, so that a comparison of 1996 and 2016 rests on data
 * without inventing the 1996 text.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.reported;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
