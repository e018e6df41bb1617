/**
 * Project-internal support: the Immutables style, argument and text checks, the grammar of
 * identifiers. Not part of the API, and exported to no module; code built on the model checks and
 * quotes text through {@link org.treatymodel.agreement.text.PlainText}.
 */
@NullMarked
package org.treatymodel.agreement.internal;

import org.jspecify.annotations.NullMarked;
