/**
 * Procedures: the dated events that bring an instrument into force (approvals, written
 * notifications, signature), the entry-into-force rules that read them, and the status they give an
 * instrument on any date. Everything here is a pure function of immutable values: the order in
 * which events are recorded never matters, only their dates do.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.procedure;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
