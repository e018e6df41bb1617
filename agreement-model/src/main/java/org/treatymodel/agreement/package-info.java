/**
 * The 2016 Agreement concerning the Relationship between the United Nations and the International
 * Organization for Migration as a model: {@link org.treatymodel.agreement.UnIomAgreement} gives the
 * canonical data; {@link org.treatymodel.agreement.Agreement} is the aggregate that answers
 * questions about an agreement's text, norms, actors, instruments and cross-references.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
