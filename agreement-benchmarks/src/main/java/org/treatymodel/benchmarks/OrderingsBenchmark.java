package org.treatymodel.benchmarks;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
import org.treatymodel.agreement.UnIomAgreement;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.validation.Rules;
import org.treatymodel.validation.Validator;

/**
 * The 40,320 orderings in time of the eight events of the validation module's ordering properties
 * (the Agreement's two approvals, two notifications and signature; an amendment's two approvals and
 * one notification): for each, the status on each event's day and the diagnostics of the rules that
 * look at dates. The dossiers are built once; one operation is all the orderings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrderingsBenchmark {
  private static final Agreement CANONICAL = UnIomAgreement.agreement();
  private static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2017");
  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 2);

  private final Validator dateRules =
      Validator.of(Rules.PROCEDURE, Rules.CHRONOLOGY, Rules.AMENDMENTS, Rules.SUCCESSION)
          .withClock(CanonicalBenchmark.DAY);

  private List<Agreement> dossiers = List.of();

  /** Builds the 40,320 dossiers. */
  @Setup(Level.Trial)
  public void build() {
    List<Agreement> all = new ArrayList<>();
    for (List<Integer> order : Collections2.permutations(List.of(0, 1, 2, 3, 4, 5, 6, 7))) {
      all.add(dossier(order));
    }
    dossiers = ImmutableList.copyOf(all);
  }

  /** The statuses and diagnostics of every ordering. */
  @Benchmark
  public long statusAndDiagnostics() {
    long sum = 0;
    for (Agreement dossier : dossiers) {
      for (int week = 0; week < 8; week++) {
        sum += dossier.statusOn(FIRST_DAY.plusWeeks(week)).isInForce() ? 1 : 0;
      }
      sum += dateRules.validate(dossier).diagnostics().size();
    }
    return sum;
  }

  /** The canonical dossier with event {@code i} on week {@code order.indexOf(i)}. */
  static Agreement dossier(List<Integer> order) {
    List<ProcedureEvent> agreement = new ArrayList<>();
    List<ProcedureEvent> amendment = new ArrayList<>();
    for (int week = 0; week < order.size(); week++) {
      LocalDate date = FIRST_DAY.plusWeeks(week);
      int event = order.get(week);
      ProcedureEvent value =
          switch (event) {
            case 0, 5 -> Approval.of(Actors.GENERAL_ASSEMBLY, date);
            case 1, 6 -> Approval.of(Actors.IOM_COUNCIL, date);
            case 2 ->
                Notification.of(Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, date);
            case 3, 7 ->
                Notification.of(Actors.IOM, Actors.UNITED_NATIONS, Actors.IOM_COUNCIL, date);
            default ->
                Signature.builder()
                    .from(CANONICAL.procedure().signature().orElseThrow())
                    .date(date)
                    .build();
          };
      (event >= 5 ? amendment : agreement).add(value);
    }
    List<Instrument> instruments = new ArrayList<>(CANONICAL.instruments());
    instruments.add(
        Instrument.builder()
            .id(AMENDMENT)
            .kind(InstrumentKind.AGREEMENT)
            .title("An amendment of the 2016 Agreement")
            .provenance("benchmark")
            .build());
    return Agreement.builder()
        .from(CANONICAL)
        .procedure(Procedure.builder().from(CANONICAL.procedure()).events(agreement).build())
        .amendments(
            Amendment.builder()
                .instrument(AMENDMENT)
                .changes(
                    TextChange.addParagraph(
                        16, Paragraph.builder().number(3).text("An added paragraph.").build()))
                .procedure(
                    Procedure.builder()
                        .instrument(AMENDMENT)
                        .parties(Actors.UNITED_NATIONS, Actors.IOM)
                        .rule(CANONICAL.amendmentRule().orElseThrow())
                        .events(amendment)
                        .build())
                .build())
        .instruments(instruments)
        .build();
  }
}
