package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import mockwebserver3.MockWebServer;

/**
 * The first read of a fresh JVM: starts the loopback {@link PatientServer}, then times from "server ready" to the
 * first typed Patient in hand (building the side's client, class loading and static set-up included), and reports
 * the heap in use after that first request once a full GC has run. Run it once per JVM; {@code run.sh} also times
 * the whole process from outside.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.ColdStart sdk|raw|hapi
 * </pre>
 *
 * <p>Prints {@code coldstart.first_patient_ms} and {@code heap.after_first_mb} {@link Results} lines. The server
 * runs in this JVM and loads MockWebServer, OkHttp's shared types and Okio before the clock starts, which the
 * SDK and raw sides then find loaded and HAPI (on Apache HttpClient) does not use.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs one first read.
   *
   * @param args {@code sdk}, {@code raw} or {@code hapi}
   * @throws IOException if the server cannot start or the read fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ColdStart sdk|raw|hapi");
    }
    Side side = Side.of(args[0]);
    try (MockWebServer server = PatientServer.start(PatientServer.pdsPatient())) {
      long start = System.nanoTime();
      PatientReader reader = side.open(server.url("/").uri());
      String family = reader.readFamily();
      long elapsed = System.nanoTime() - start;
      if (!PatientReader.FAMILY.equals(family)) {
        throw new IllegalStateException(side + " read the family name wrong");
      }
      System.gc();
      long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      reader.close(); // after the measurement, so that the client is still reachable during the GC
      Results.print("coldstart.first_patient_ms", side.label(), elapsed / 1e6);
      Results.print("heap.after_first_mb", side.label(), heapUsed / 1e6);
    }
  }
}
