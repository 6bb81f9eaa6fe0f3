package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@link Results} lines of one {@code run.sh} run into two Markdown tables: every metric's median with its
 * minimum and maximum per side and the SDK/raw and SDK/HAPI ratios of the medians, then the targets and
 * whether this run met them. Ratios only mean something within one run: every figure here comes from the same one.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.Summary results.tsv
 * </pre>
 */
public final class Summary {
  private static final String SDK = "sdk";
  private static final String RAW = "raw";
  private static final String HAPI = "hapi";

  /** A metric: its key in the results, and how the table names it. */
  private record Metric(String key, String label) {}

  /**
   * A target: the SDK's median against another side's median ({@code against} a side) or on its own ({@code against}
   * empty), at most or at least {@code bound}.
   */
  private record Target(String metric, String against, boolean atMost, double bound) {
    static Target atLeast(String metric, String against, double bound) {
      return new Target(metric, against, false, bound);
    }

    static Target atMost(String metric, String against, double bound) {
      return new Target(metric, against, true, bound);
    }
  }

  private static final List<Metric> METRICS = List.of(
      new Metric("decode.patient_ops_per_s", "Patient decode, ops/s (JMH, 1 thread)"),
      new Metric("decode.bundle_ops_per_s", "Bundle-of-50 decode, ops/s"),
      new Metric("decode.patient_alloc_kb", "KB allocated per Patient decode"),
      new Metric("decode.bundle_alloc_kb", "KB allocated per Bundle decode"),
      new Metric("encode.patient_ops_per_s", "Patient encode, ops/s"),
      new Metric("encode.patient_alloc_kb", "KB allocated per Patient encode"),
      new Metric("coldstart.first_patient_ms", "fresh JVM, server ready -> first typed Patient, ms"),
      new Metric("coldstart.process_ms", "fresh JVM, whole process, ms"),
      new Metric("heap.after_first_mb", "heap used after first request (after GC), MB"),
      new Metric("read.throughput_per_s", "reads/s, 4 threads, loopback"),
      new Metric("read.cpu_us_per_read", "CPU of the reading threads per read, us"),
      new Metric("read.process_cpu_us_per_read", "process CPU per read (server included), us"),
      new Metric("footprint.jars", "runtime jars"),
      new Metric("footprint.mb", "runtime jars, MB"),
      new Metric("token.requests", "token requests, 16 threads x 100,000 calls"),
      new Metric("token.calls_per_s", "credential calls/s, 16 threads"));

  private static final List<Target> TARGETS = List.of(
      Target.atLeast("decode.patient_ops_per_s", RAW, 0.8),
      Target.atLeast("decode.bundle_ops_per_s", RAW, 0.8),
      Target.atLeast("decode.patient_ops_per_s", HAPI, 2.5),
      Target.atLeast("decode.bundle_ops_per_s", HAPI, 2.5),
      Target.atMost("decode.patient_alloc_kb", HAPI, 0.35),
      Target.atMost("decode.bundle_alloc_kb", HAPI, 0.35),
      Target.atMost("coldstart.first_patient_ms", RAW, 1.25),
      Target.atMost("coldstart.first_patient_ms", HAPI, 0.45),
      Target.atLeast("read.throughput_per_s", RAW, 0.9),
      Target.atMost("read.cpu_us_per_read", RAW, 1.15),
      Target.atMost("read.process_cpu_us_per_read", RAW, 1.15),
      Target.atMost("footprint.mb", "", 6),
      Target.atMost("heap.after_first_mb", RAW, 1.3),
      Target.atMost("token.requests", "", 1));

  private Summary() {}

  /**
   * Prints the tables.
   *
   * @param args the results file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Summary results.tsv");
    }
    Map<String, List<Double>> values = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length == 4 && fields[0].equals("RESULT")) {
        values.computeIfAbsent(fields[1] + " " + fields[2], k -> new ArrayList<>())
            .add(Double.parseDouble(fields[3]));
      }
    }
    System.out.println("| metric | SDK | raw OkHttp+Moshi | HAPI | SDK/raw | SDK/HAPI |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Metric metric : METRICS) {
      List<Double> sdk = values.get(metric.key() + " " + SDK);
      List<Double> raw = values.get(metric.key() + " " + RAW);
      List<Double> hapi = values.get(metric.key() + " " + HAPI);
      if (sdk == null && raw == null && hapi == null) {
        continue;
      }
      System.out.println("| " + metric.label() + " | " + cell(sdk) + " | " + cell(raw) + " | " + cell(hapi) + " | "
          + ratio(sdk, raw) + " | " + ratio(sdk, hapi) + " |");
    }
    System.out.println();
    System.out.println("| target | this run | met? |");
    System.out.println("|---|---:|---|");
    for (Target target : TARGETS) {
      List<Double> sdk = values.get(target.metric() + " " + SDK);
      List<Double> other = target.against().isEmpty() ? null : values.get(target.metric() + " " + target.against());
      boolean measured = sdk != null && (target.against().isEmpty() || other != null);
      double figure = !measured ? Double.NaN : target.against().isEmpty() ? median(sdk) : median(sdk) / median(other);
      boolean met = measured && (target.atMost() ? figure <= target.bound() : figure >= target.bound());
      String what = target.against().isEmpty() ? target.metric() : target.metric() + " SDK/" + target.against();
      System.out.println("| " + what + (target.atMost() ? " <= " : " >= ") + number(target.bound()) + " | "
          + (measured ? number(figure) : "not measured") + " | " + (met ? "yes" : "**no**") + " |");
    }
  }

  private static String cell(List<Double> values) {
    if (values == null) {
      return "";
    }
    List<Double> sorted = values.stream().sorted().toList();
    String median = number(median(sorted));
    return sorted.size() == 1 ? median
        : median + " (" + number(sorted.get(0)) + " – " + number(sorted.get(sorted.size() - 1)) + ", n=" + sorted.size()
            + ")";
  }

  private static String ratio(List<Double> sdk, List<Double> other) {
    return sdk == null || other == null ? "" : String.format(Locale.ROOT, "%.2f", median(sdk) / median(other));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String number(double value) {
    double magnitude = Math.abs(value);
    if (value == Math.rint(value) && magnitude < 1e6) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    String format = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, format, value);
  }
}
