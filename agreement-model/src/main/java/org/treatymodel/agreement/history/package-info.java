/**
 * The history of the relationship between the United Nations and IOM as a timeline of dated events,
 * from observer status (16 October 1992) to the signature of the 2016 Agreement (19 September
 * 2016).
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.history;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
