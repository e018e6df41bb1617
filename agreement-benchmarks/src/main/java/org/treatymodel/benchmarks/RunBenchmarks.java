package org.treatymodel.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in a short configuration (one fork, two warm-up and three measured
 * iterations of a second; about two minutes on two cores), measures the first use of the model in
 * fresh JVMs, and writes the figures, their baselines, ratios and targets to the file given ({@code
 * docs/benchmarks.md}). Run it with {@code agreement-benchmarks/run}.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /** The line after which {@code docs/benchmarks.md} holds the analysis, kept from run to run. */
  static final String ANALYSIS = "<!-- analysis: kept by RunBenchmarks -->";

  /** The unit of each score, as JMH gives it. */
  private static final Map<String, String> UNITS = new HashMap<>();

  /** One line of the report: a figure, its baseline, the ratio and the target. */
  record Figure(
      String what, String ours, String baseline, String ratio, String target, boolean met) {}

  /** Runs the benchmarks and writes the report to {@code args[0]}. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    Map<String, Double> scores = new HashMap<>();
    run(scores, CanonicalBenchmark.class, 2, false);
    run(scores, AkomaNtosoBenchmark.class, 2, false);
    // At 100,000 provisions one operation takes about a second: more warm-up, or the JIT is still
    // compiling when measurement starts.
    run(scores, ScalingBenchmark.class, 6, false);
    run(scores, OrderingsBenchmark.class, 1, true);
    FirstUseTimes first = firstUse();
    // What people wrote about the figures, after the marker, survives a new run.
    String kept = "";
    if (Files.exists(report)) {
      String previous = Files.readString(report, StandardCharsets.UTF_8);
      int at = previous.indexOf(ANALYSIS);
      kept = at < 0 ? "" : previous.substring(at);
    }
    Files.writeString(
        report,
        markdown(scores, first) + (kept.isEmpty() ? "\n" + ANALYSIS + "\n" : "\n" + kept),
        StandardCharsets.UTF_8);
    System.out.println("Wrote " + report.toAbsolutePath());
  }

  private static void run(
      Map<String, Double> scores, Class<?> benchmark, int warmups, boolean singleShot)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(benchmark.getName() + "\\.")
            .forks(1)
            .jvmArgsAppend("-Xmx4g")
            .shouldFailOnError(true);
    if (singleShot) {
      options.warmupIterations(warmups).measurementIterations(3);
    } else {
      options
          .warmupIterations(warmups)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String param = result.getParams().getParam("provisions");
      String full = param == null ? key : key + ":" + param;
      scores.put(full, result.getPrimaryResult().getScore());
      UNITS.put(full, result.getPrimaryResult().getScoreUnit());
    }
  }

  /** Milliseconds from launching a JVM to its exit, medians of several launches. */
  record FirstUseTimes(double model, double baseline, double access) {}

  private static FirstUseTimes firstUse() throws IOException, InterruptedException {
    List<Double> model = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> access = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Launch launched = launch(FirstUse.class.getName());
      Launch base = launch(FirstUse.Baseline.class.getName());
      if (i > 0) { // the first launch warms the disk cache
        model.add(launched.millis());
        baseline.add(base.millis());
        access.add(launched.accessMillis());
      }
    }
    return new FirstUseTimes(median(model), median(baseline), median(access));
  }

  record Launch(double millis, double accessMillis) {}

  private static Launch launch(String main) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main)
            .redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    process.waitFor(60, TimeUnit.SECONDS);
    double millis = (System.nanoTime() - start) / 1e6;
    double access = 0;
    for (String line : output.lines().toList()) {
      if (line.startsWith("access ms: ")) {
        access = Double.parseDouble(line.substring("access ms: ".length()));
      }
    }
    return new Launch(millis, access);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String markdown(Map<String, Double> s, FirstUseTimes first) {
    List<Figure> figures = new ArrayList<>();
    double validate = score(s, "CanonicalBenchmark.validate");
    double traverse = score(s, "CanonicalBenchmark.traverse");
    figures.add(
        new Figure(
            "Validation of the canonical dossier (63 rules) against reading every character once",
            us(validate),
            us(traverse),
            times(validate / traverse),
            "at most 3×",
            validate / traverse <= 3));
    double small = score(s, "ScalingBenchmark.validate:1000") / 1000;
    double middle = score(s, "ScalingBenchmark.validate:10000") / 10000;
    double large = score(s, "ScalingBenchmark.validate:100000") / 100000;
    figures.add(
        new Figure(
            "Validation per provision at 100,000 provisions against at 1,000 (10,000: "
                + perProvision(middle)
                + ")",
            perProvision(large),
            perProvision(small),
            times(large / small),
            "at most 1.3×",
            large / small <= 1.3));
    double orderings = score(s, "OrderingsBenchmark.statusAndDiagnostics");
    figures.add(
        new Figure(
            "Status on 8 days and diagnostics of the date rules, for all 40,320 orderings",
            ms(orderings),
            "—",
            "—",
            "under 100 ms",
            orderings < 100));
    double read = score(s, "AkomaNtosoBenchmark.read");
    double readBare = score(s, "AkomaNtosoBenchmark.readBareStax");
    figures.add(
        new Figure(
            "Reading the canonical document into the model against a bare StAX pass",
            us(read),
            us(readBare),
            times(read / readBare),
            "at most 3×",
            read / readBare <= 3));
    double write = score(s, "AkomaNtosoBenchmark.write");
    double writeBare = score(s, "AkomaNtosoBenchmark.writeBareStax");
    figures.add(
        new Figure(
            "Writing the canonical dossier against a bare StAX write of the same elements",
            us(write),
            us(writeBare),
            times(write / writeBare),
            "(reported)",
            true));
    double semantic = score(s, "AkomaNtosoBenchmark.validateSemantics");
    double schema = score(s, "AkomaNtosoBenchmark.validateSchema");
    figures.add(
        new Figure(
            "Semantic validation of the dossier against XSD validation of the document",
            us(semantic),
            us(schema),
            times(semantic / schema) + " (XSD/ours " + times(schema / semantic) + ")",
            "ours at least 10× faster",
            schema / semantic >= 10));
    figures.add(
        new Figure(
            "First use: JVM start to the first model access returning, against a JVM that loads"
                + " Guava and prints a line",
            ms(first.model()),
            ms(first.baseline()),
            times(first.model() / first.baseline()),
            "at most 2×",
            first.model() / first.baseline() <= 2));

    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n")
        .append("Written by `agreement-benchmarks/run` (JMH ")
        .append(org.openjdk.jmh.util.Version.getPlainVersion())
        .append("; one fork, 2 warm-up (6 for scaling) and 3 measured iterations of 1 s; single")
        .append(" shots for the orderings) on ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(". Each figure is compared with a baseline measured in the same run, so that the")
        .append(" ratio survives a noisy machine. The targets are goals, not tests.\n\n")
        .append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append("; JDK ")
        .append(System.getProperty("java.version"))
        .append(" (")
        .append(System.getProperty("java.vm.name"))
        .append(").\n\n")
        .append(
            "| measure | ours | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n");
    for (Figure figure : figures) {
      out.append("| ")
          .append(figure.what())
          .append(" | ")
          .append(figure.ours())
          .append(" | ")
          .append(figure.baseline())
          .append(" | ")
          .append(figure.ratio())
          .append(" | ")
          .append(figure.target())
          .append(" | ")
          .append(figure.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    out.append("\nOf the first use, the model access itself (reading the document, building and")
        .append(" checking the values, loading their classes) takes ")
        .append(ms(first.access()))
        .append(" of the ")
        .append(ms(first.model()))
        .append("; the rest is the JVM's start and Guava's classes, as in the baseline.\n\n")
        .append("Raw scores (JMH primary results):\n\n```\n");
    s.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%-45s %,14.3f %s%n",
                        entry.getKey(),
                        entry.getValue(),
                        UNITS.getOrDefault(entry.getKey(), ""))));
    out.append("```\n");
    return out.toString();
  }

  private static double score(Map<String, Double> scores, String key) {
    Double score = scores.get(key);
    if (score == null) {
      throw new IllegalStateException("no score for " + key + " among " + scores.keySet());
    }
    return score;
  }

  private static String us(double micros) {
    return micros >= 1000
        ? String.format(Locale.ROOT, "%,.2f ms", micros / 1000)
        : String.format(Locale.ROOT, "%,.1f µs", micros);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%,.1f ms", millis);
  }

  private static String perProvision(double millis) {
    return String.format(Locale.ROOT, "%,.2f µs/provision", millis * 1000);
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }
}
