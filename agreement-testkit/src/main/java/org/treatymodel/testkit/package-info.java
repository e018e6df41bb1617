/**
 * A test kit for tools built on the agreement model, in the manner of guava-testlib: QuickTheories
 * generators of well-formed dossiers of any size ({@link org.treatymodel.testkit.Dossiers}), of
 * procedures under each entry-into-force rule ({@link org.treatymodel.testkit.Procedures}), and of
 * dossiers with a single defect that knows the rule it must trip ({@link
 * org.treatymodel.testkit.Defect}, {@link org.treatymodel.testkit.Defects}). Use it in test scope.
 */
@NullMarked
package org.treatymodel.testkit;

import org.jspecify.annotations.NullMarked;
