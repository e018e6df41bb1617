/** Project-internal build support (the Immutables style); not part of the API. */
@NullMarked
package org.treatymodel.agreement.internal;

import org.jspecify.annotations.NullMarked;
