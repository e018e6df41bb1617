package org.treatymodel.benchmarks;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.testkit.Orderings;
import org.treatymodel.testkit.Orderings.Event;
import org.treatymodel.testkit.Orderings.Ordering;
import org.treatymodel.validation.Rules;
import org.treatymodel.validation.Validator;

/**
 * The 40,320 orderings in time of the eight events of the test kit's {@link Orderings} (the
 * Agreement's two approvals, two notifications and signature; an amendment's two approvals and one
 * notification): for each, the status on each event's day and the diagnostics of the rules that
 * look at dates. The dossiers are built once; one operation is all the orderings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrderingsBenchmark {
  private final Validator dateRules =
      Validator.of(Rules.PROCEDURE, Rules.CHRONOLOGY, Rules.AMENDMENTS, Rules.SUCCESSION)
          .withClock(CanonicalBenchmark.DAY);

  private List<Agreement> dossiers = List.of();

  /** Builds the 40,320 dossiers. */
  @Setup(Level.Trial)
  public void build() {
    List<Agreement> all = new ArrayList<>();
    for (List<Event> order : Collections2.permutations(List.of(Event.values()))) {
      all.add(Orderings.dossier(new Ordering(ImmutableList.copyOf(order))));
    }
    dossiers = ImmutableList.copyOf(all);
  }

  /** The statuses and diagnostics of every ordering. */
  @Benchmark
  public long statusAndDiagnostics() {
    long sum = 0;
    for (Agreement dossier : dossiers) {
      for (int week = 0; week < 8; week++) {
        sum += dossier.statusOn(Orderings.FIRST_DAY.plusWeeks(week)).isInForce() ? 1 : 0;
      }
      sum += dateRules.validate(dossier).diagnostics().size();
    }
    return sum;
  }
}
