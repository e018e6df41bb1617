/**
 * Project-internal support (the Immutables style, text checks, quoting, dates for people); not part
 * of the API. Exported only to the validation module, whose messages quote and date as the model's
 * do.
 */
@NullMarked
package org.treatymodel.agreement.internal;

import org.jspecify.annotations.NullMarked;
