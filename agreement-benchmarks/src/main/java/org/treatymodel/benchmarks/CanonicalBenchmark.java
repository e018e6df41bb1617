package org.treatymodel.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.text.Provision;
import org.treatymodel.agreement.uniom.UnIomAgreement;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.Validator;

/**
 * Validation of the canonical dossier, against the least any validation must do: read every
 * character of every provision, norm and procedure event once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CanonicalBenchmark {
  /** The day of every report, so that runs compare. */
  static final Clock DAY = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  private final Agreement agreement = UnIomAgreement.agreement();
  private final Validator validator = Validator.standard().withClock(DAY);

  /** The whole catalogue of rules over the canonical dossier. */
  @Benchmark
  public Report validate() {
    return validator.validate(agreement);
  }

  /** The baseline: every character of every provision, norm and event, read once. */
  @Benchmark
  public long traverse() {
    return traverse(agreement);
  }

  static long traverse(Agreement agreement) {
    long sum = 0;
    for (Provision provision : agreement.text().provisions()) {
      sum += characters(provision.text());
    }
    for (Norm norm : agreement.norms()) {
      for (String fragment : norm.fragments()) {
        sum += characters(fragment);
      }
      sum += characters(norm.action());
    }
    for (ProcedureEvent event : agreement.procedure().events()) {
      sum += characters(event.toString());
    }
    return sum;
  }

  private static long characters(String text) {
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += text.charAt(i);
    }
    return sum;
  }
}
