package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;

/**
 * Read throughput of the three sides against one loopback {@link PatientServer} in one JVM: {@value #THREADS}
 * threads each read the 4 KB Patient {@code readsPerThread} times through one shared client, side after side,
 * the order rotating every round so that no side always runs first or last. {@value #WARM_UP_ROUNDS} warm-up rounds
 * per side come first and are not reported.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.ReadThroughput readsPerThread rounds
 * </pre>
 *
 * <p>Per side and round it prints {@link Results} lines for reads per second (wall clock), the CPU time of the
 * reading threads per read ({@link ThreadMXBean}), and the whole process's CPU time per read (the server's share
 * included, the same for every side).
 */
public final class ReadThroughput {
  private static final int THREADS = 4;
  private static final int WARM_UP_ROUNDS = 2;

  private ReadThroughput() {}

  /** What one round of one side measured. */
  private record Round(long reads, long wallNanos, long readerCpuNanos, long processCpuNanos) {}

  /**
   * Runs the rounds.
   *
   * @param args reads per thread and rounds
   * @throws Exception if the server cannot start or a read fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReadThroughput readsPerThread rounds");
    }
    int readsPerThread = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Side[] sides = Side.values();
    Map<Side, PatientReader> readers = new EnumMap<>(Side.class);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (MockWebServer server = PatientServer.start(PatientServer.pdsPatient())) {
      for (Side side : sides) {
        readers.put(side, side.open(server.url("/").uri()));
      }
      for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
        for (int i = 0; i < sides.length; i++) {
          Side side = sides[Math.floorMod(round + i, sides.length)];
          Round measured = run(pool, readers.get(side), readsPerThread);
          if (round < 0) {
            continue;
          }
          Results.print("read.throughput_per_s", side.label(), measured.reads() * 1e9 / measured.wallNanos());
          Results.print("read.cpu_us_per_read", side.label(), measured.readerCpuNanos() / 1e3 / measured.reads());
          Results.print("read.process_cpu_us_per_read", side.label(),
              measured.processCpuNanos() / 1e3 / measured.reads());
        }
      }
      long expected = (long) (WARM_UP_ROUNDS + rounds) * THREADS * readsPerThread;
      long seen = ((SdkReader) readers.get(Side.SDK)).succeededCalls();
      if (seen != expected) {
        throw new IllegalStateException("the SDK's event listener saw " + seen + " calls, not " + expected);
      }
    } finally {
      pool.shutdown();
      readers.values().forEach(PatientReader::close);
    }
  }

  private static Round run(ExecutorService pool, PatientReader reader, int readsPerThread)
      throws InterruptedException, ExecutionException, IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> cpu = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      cpu.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        long before = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < readsPerThread; i++) {
          if (!PatientReader.FAMILY.equals(reader.readFamily())) {
            throw new IllegalStateException("read the family name wrong");
          }
        }
        return threads.getCurrentThreadCpuTime() - before;
      }));
    }
    ready.await();
    long processCpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    go.countDown();
    long readerCpu = 0;
    for (Future<Long> each : cpu) {
      readerCpu += each.get();
    }
    long wall = System.nanoTime() - start;
    return new Round((long) THREADS * readsPerThread, wall, readerCpu, os.getProcessCpuTime() - processCpu);
  }
}
