/**
 * Norms: the normative statements the provisions make (obligations, entitlements, permissions,
 * undertakings, recognitions, commitments, safeguards), each with its bearer, counterparty, action,
 * qualifying conditions, mirror norm, and the exact words of the Agreement it rests on.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.norm;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
