/**
 * The catalogue of a body of agreements: its actors and instruments, each looked up by its
 * identifier and instruments also by their document symbol, and actors named as people call them.
 */
@NullMarked
package org.treatymodel.agreement.catalogue;

import org.jspecify.annotations.NullMarked;
