/**
 * Consistency rules over an {@link org.treatymodel.agreement.Agreement}, reporting structured
 * diagnostics (code, severity, location, message). The rule catalogue is listed in this module's
 * README.
 */
@NullMarked
package org.treatymodel.validation;

import org.jspecify.annotations.NullMarked;
