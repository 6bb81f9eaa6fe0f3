package dev.nhsapi.benchmarks;

import dev.nhsapi.testsupport.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The in-process loopback server of the transport and end-to-end benchmarks: a MockWebServer with TCP_NODELAY on
 * its connections ({@link NoDelayServerSocketFactory}) that gives every request, whatever its path, the same answer.
 */
final class PatientServer {
  private PatientServer() {}

  /**
   * Returns the answer the end-to-end harness serves: the {@link Documents#patient() 4 KB PDS Patient} as
   * {@code application/fhir+json}, with the {@code ETag} PDS sends for version 2.
   *
   * @return the response, immutable and reusable
   */
  static MockResponse pdsPatient() {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/fhir+json")
        .addHeader("ETag", "W/\"2\"")
        .body(Documents.patient())
        .build();
  }

  /**
   * Starts a server on an ephemeral loopback port that answers every request with {@code answer}.
   *
   * @param answer the response, sent to any number of requests at once
   * @return the running server; close it when done
   * @throws IOException if the server cannot start
   */
  static MockWebServer start(MockResponse answer) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        // MockWebServer queues every request it records, for takeRequest(). Drop one here so that a run of
        // millions of calls does not fill the heap (and the GC work that would cost stays out of the scores).
        server.takeRequest(0, TimeUnit.NANOSECONDS);
        return answer;
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }
}
