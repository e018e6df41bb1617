/**
 * Instruments: the dated documents with legal effect or record value that make up the history of
 * the relationship (agreements, resolutions, a memorandum of understanding, letters, notes),
 * identified by their symbol or number, and the relations between them (recalls, takes note of,
 * approves, supersedes).
 *
 * <p>{@link org.treatymodel.agreement.uniom.Instruments} names the identifiers of the instruments
 * the sources cite as constants; the instruments themselves are in the dossier ({@code
 * UnIomAgreement.agreement().instruments()}).
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.instrument;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
