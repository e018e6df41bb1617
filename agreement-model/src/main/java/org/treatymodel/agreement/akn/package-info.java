/**
 * Akoma Ntoso in and out: {@link org.treatymodel.agreement.akn.AkomaNtoso} reads a dossier from an
 * Akoma Ntoso 3.0 document (safely: no DTD, no external entity, bounded size and depth), writes
 * one, and validates one against the OASIS schema and this project's; whatever is wrong with a
 * document is one {@link org.treatymodel.agreement.akn.AkomaNtosoException} with its line and
 * column. The reader and writer of each element family, and the XML plumbing, are package-private.
 */
@NullMarked
package org.treatymodel.agreement.akn;

import org.jspecify.annotations.NullMarked;
