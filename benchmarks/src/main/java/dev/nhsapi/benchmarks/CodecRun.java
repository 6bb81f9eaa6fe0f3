package dev.nhsapi.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CodecBenchmark} through JMH with the GC profiler ({@code -prof gc}) and prints each measured
 * iteration as {@link Results} lines: {@code decode.patient_ops_per_s}, {@code decode.patient_alloc_kb} and so on,
 * the side being {@code sdk}, {@code raw} (the minimal Moshi records) or {@code hapi}. JMH's own report is printed
 * too.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.CodecRun passes iterations
 * </pre>
 *
 * <p>The sides alternate, as in the end-to-end harness: each pass runs, for each operation (Patient decode, Bundle
 * decode, Patient encode), one fork of each side's benchmark, the side order rotating from pass to pass, so that the
 * benchmarks compared in a ratio run minutes apart at most and none always runs first. Each fork runs 2 warm-up and
 * {@code iterations} measured iterations of 2 s.
 */
public final class CodecRun {
  private static final Pattern BENCHMARK =
      Pattern.compile(".*\\.(decode|encode)(Patient|Bundle)(Sdk|MoshiMinimal|Hapi)");
  private static final Map<String, String> SIDES = Map.of("Sdk", "sdk", "MoshiMinimal", "raw", "Hapi", "hapi");
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /** The benchmarks of {@link CodecBenchmark}, one operation a line, one side a column. */
  private static final List<List<String>> OPERATIONS = List.of(
      List.of("decodePatientSdk", "decodePatientMoshiMinimal", "decodePatientHapi"),
      List.of("decodeBundleSdk", "decodeBundleMoshiMinimal", "decodeBundleHapi"),
      List.of("encodePatientSdk", "encodePatientHapi"));

  private CodecRun() {}

  /**
   * Runs the benchmarks.
   *
   * @param args passes and measured iterations per fork
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CodecRun passes iterations");
    }
    int passes = Integer.parseInt(args[0]);
    int iterations = Integer.parseInt(args[1]);
    for (int pass = 0; pass < passes; pass++) {
      for (List<String> operation : OPERATIONS) {
        for (int i = 0; i < operation.size(); i++) {
          run(operation.get((pass + i) % operation.size()), iterations);
        }
      }
    }
  }

  private static void run(String benchmark, int iterations) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(Pattern.quote(CodecBenchmark.class.getName() + "." + benchmark) + "$")
        .forks(1)
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(2))
        .addProfiler(GCProfiler.class)
        .build();
    for (RunResult run : new Runner(options).run()) {
      Matcher name = BENCHMARK.matcher(run.getParams().getBenchmark());
      if (!name.matches()) {
        throw new IllegalStateException("unexpected benchmark " + run.getParams().getBenchmark());
      }
      String metric = name.group(1) + "." + name.group(2).toLowerCase(Locale.ROOT);
      String side = SIDES.get(name.group(3));
      for (BenchmarkResult fork : run.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          Results.print(metric + "_ops_per_s", side, iteration.getPrimaryResult().getScore());
          Result<?> allocation = iteration.getSecondaryResults().get(ALLOCATION);
          if (allocation == null) {
            throw new IllegalStateException("no " + ALLOCATION + " from the GC profiler");
          }
          Results.print(metric + "_alloc_kb", side, allocation.getScore() / 1e3);
        }
      }
    }
  }
}
