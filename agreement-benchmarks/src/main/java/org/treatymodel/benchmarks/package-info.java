/**
 * JMH benchmarks of the library, each against a baseline measured in the same run: validation of
 * the canonical dossier against a bare traversal, validation as dossiers grow, all orderings of the
 * events of Articles 15 and 16, Akoma Ntoso reading and writing against bare StAX, and the first
 * use of the model in a fresh JVM. {@link org.treatymodel.benchmarks.RunBenchmarks} runs them and
 * writes {@code docs/benchmarks.md}.
 */
@NullMarked
package org.treatymodel.benchmarks;

import org.jspecify.annotations.NullMarked;
