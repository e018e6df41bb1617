package org.treatymodel.benchmarks;

import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Run in a fresh JVM by {@link RunBenchmarks}: the first access to the canonical model, which reads
 * the document, prints one line.
 */
public final class FirstUse {
  private FirstUse() {}

  /** Prints the Agreement's title and its number of norms. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    String line =
        UnIomAgreement.agreement().text().title()
            + ": "
            + UnIomAgreement.agreement().norms().size();
    long access = System.nanoTime() - start;
    System.out.println(line);
    System.out.println("access ms: " + access / 1e6);
  }

  /** The baseline, run in a fresh JVM: loads Guava and prints one line. */
  public static final class Baseline {
    private Baseline() {}

    /** Prints a line made with Guava. */
    public static void main(String[] args) {
      System.out.println(com.google.common.base.Joiner.on(' ').join("Guava", "loaded"));
    }
  }
}
