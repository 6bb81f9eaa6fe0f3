package dev.nhsapi.benchmarks;

import java.util.Locale;

/**
 * The one output format of the harness's mains: {@code RESULT <tab> metric <tab> side <tab> value}, one measurement a
 * line, which {@code run.sh} collects and {@link Summary} turns into the table.
 */
final class Results {
  private Results() {}

  /**
   * Prints one measurement.
   *
   * @param metric the metric's key, one of {@link Summary}'s
   * @param side {@code sdk}, {@code raw} or {@code hapi}
   * @param value the measurement, in the metric's unit
   */
  static void print(String metric, String side, double value) {
    System.out.printf(Locale.ROOT, "RESULT\t%s\t%s\t%.6f%n", metric, side, value);
  }
}
