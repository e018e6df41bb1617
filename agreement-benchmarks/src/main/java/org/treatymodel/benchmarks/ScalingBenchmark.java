package org.treatymodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.testkit.Dossiers;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.Validator;

/**
 * Validation of generated well-formed dossiers of 1,000, 10,000 and 100,000 provisions (articles of
 * 50 paragraphs each, one norm per paragraph): the time per provision should not grow with size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  /** Paragraphs per article of the generated dossiers. */
  static final int PARAGRAPHS = 50;

  /** The number of paragraphs, the provisions that carry norms. */
  @Param({"1000", "10000", "100000"})
  public int provisions;

  private Agreement dossier = Dossiers.ofSize(3, 1);
  private final Validator validator = Validator.standard().withClock(CanonicalBenchmark.DAY);

  /** Generates the dossier once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    dossier = Dossiers.ofSize(provisions / PARAGRAPHS, PARAGRAPHS);
  }

  /** The whole catalogue over the generated dossier. */
  @Benchmark
  public Report validate() {
    return validator.validate(dossier);
  }
}
