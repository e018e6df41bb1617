/**
 * The text of an agreement: preamble (recitals with their opening phrases), articles, paragraphs,
 * points, and final clauses, exactly as signed, with Akoma Ntoso style identifiers for every
 * provision.
 *
 * <p>{@link org.treatymodel.agreement.text.AgreementText} is the whole; {@link
 * org.treatymodel.agreement.text.ProvisionId} addresses any unit of it.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement.text;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
