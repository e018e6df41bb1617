/**
 * A model of agreements concerning the relationship between two organizations, of which the 2016
 * Agreement between the United Nations and the International Organization for Migration is the
 * canonical instance. This package holds the aggregate alone: {@link
 * org.treatymodel.agreement.Agreement}, a dossier that answers questions about an agreement's text,
 * norms, actors, instruments, cross-references, procedure, amendments and history.
 *
 * <p>Start at {@link org.treatymodel.agreement.uniom.UnIomAgreement} for the 2016 Agreement, or at
 * {@link org.treatymodel.agreement.akn.AkomaNtoso} to read another. The values live in {@code
 * actor}, {@code instrument}, {@code text}, {@code norm}, {@code procedure} and their neighbours;
 * English for people in {@code english}; {@code docs/architecture.md} maps them all.
 */
@NullMarked
@ValueStyle
package org.treatymodel.agreement;

import org.jspecify.annotations.NullMarked;
import org.treatymodel.agreement.internal.ValueStyle;
