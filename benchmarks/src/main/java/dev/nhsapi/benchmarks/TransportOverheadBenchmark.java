package dev.nhsapi.benchmarks;

import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.RetryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link NhsTransport} costs over plain OkHttp for one small read: the same {@code GET}, answered by the same
 * in-process loopback server with the same ~4 KB JSON body, sent once through the SDK's transport and once through
 * a bare {@link OkHttpClient} that reads the body as a string.
 *
 * <p>The transport runs as a user would run it: retries and circuit breaker on with their defaults, and a client
 * rate limit of one million requests per second (one permit per microsecond), so the limiter is exercised but never
 * makes a call wait. What the difference measures is therefore the pipeline itself: request and correlation ids,
 * header assembly, the breaker and limiter bookkeeping, deadline handling and error classification.
 *
 * <p>Both sides share the server, which runs in this process on the same cores, so the absolute figures depend on
 * the machine; compare the two scores of one run (the ratio), not scores across machines.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TransportOverheadBenchmark {
  /** The published sandbox test patient; the server answers every path alike. */
  private static final String NHS_NUMBER = "9000000009";

  private MockWebServer server;
  private OkHttpClient plainClient;
  private Request plainRequest;
  private NhsTransport transport;
  private NhsRequest nhsRequest;

  /**
   * Starts the loopback server and builds both clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup
  public void setUp() throws IOException {
    MockResponse answer = new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/fhir+json")
        .body(patientJson(4096))
        .build();
    server = PatientServer.start(answer);

    NhsEnvironment environment = NhsEnvironment.custom(server.url("/").uri());
    transport = NhsTransport.builder()
        .environment(environment)
        .retry(RetryOptions.defaults())
        .circuitBreaker(CircuitBreakerOptions.defaults())
        .rateLimit(RateLimitOptions.perSecond(1_000_000))
        .build();
    nhsRequest = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).build();

    plainClient = new OkHttpClient();
    plainRequest = new Request.Builder()
        .url(environment.apiUrl(NhsApi.PDS) + "/Patient/" + NHS_NUMBER)
        .build();

    // Fail at setup, not in the middle of a measurement, if either side cannot reach the server.
    String viaTransport = nhsTransportGet();
    String viaOkHttp = plainOkHttpGet();
    if (!viaTransport.equals(viaOkHttp)) {
      throw new IllegalStateException("the two clients read different bodies");
    }
  }

  /** Stops the server and releases the plain client's threads and connections. */
  @TearDown
  public void tearDown() {
    plainClient.dispatcher().executorService().shutdown();
    plainClient.connectionPool().evictAll();
    server.close();
  }

  /**
   * One {@code GET} through the SDK's transport.
   *
   * @return the body, so the JIT cannot drop the call
   */
  @Benchmark
  public String nhsTransportGet() {
    return transport.execute(nhsRequest, ResponseDecoder.ofString()).value();
  }

  /**
   * The same {@code GET} through a plain OkHttp client.
   *
   * @return the body, so the JIT cannot drop the call
   * @throws IOException if the call fails
   */
  @Benchmark
  public String plainOkHttpGet() throws IOException {
    try (Response response = plainClient.newCall(plainRequest).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      ResponseBody body = response.body();
      return body.string();
    }
  }

  /**
   * Builds a FHIR Patient in the shape PDS returns, padded with address lines to at least {@code minBytes} bytes of
   * UTF-8.
   */
  static String patientJson(int minBytes) {
    StringBuilder lines = new StringBuilder();
    String json;
    int line = 0;
    do {
      if (line > 0) {
        lines.append(',');
      }
      lines.append("\"").append(line + 1).append(" Benchmark Street, Flat ").append(line + 1).append("\"");
      line++;
      json = "{\"resourceType\":\"Patient\",\"id\":\"" + NHS_NUMBER + "\",\"meta\":{\"versionId\":\"2\"},"
          + "\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"" + NHS_NUMBER + "\","
          + "\"extension\":[{\"url\":\"https://fhir.hl7.org.uk/StructureDefinition/"
          + "Extension-UKCore-NHSNumberVerificationStatus\",\"valueCodeableConcept\":{\"coding\":[{\"system\":"
          + "\"https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland\",\"version\":\"1.0.0\","
          + "\"code\":\"01\",\"display\":\"Number present and verified\"}]}}]}],"
          + "\"name\":[{\"id\":\"123\",\"use\":\"usual\",\"period\":{\"start\":\"2020-01-01\",\"end\":\"2021-12-31\"},"
          + "\"given\":[\"Jane\"],\"family\":\"Smith\",\"prefix\":[\"Mrs\"]}],"
          + "\"gender\":\"female\",\"birthDate\":\"2010-10-22\","
          + "\"generalPractitioner\":[{\"id\":\"254406A3\",\"type\":\"Organization\",\"identifier\":{\"system\":"
          + "\"https://fhir.nhs.uk/Id/ods-organization-code\",\"value\":\"Y12345\"}}],"
          + "\"address\":[{\"id\":\"456\",\"use\":\"home\",\"period\":{\"start\":\"2020-01-01\"},"
          + "\"line\":[" + lines + "],\"postalCode\":\"LS1 6AE\"}]}";
    } while (json.getBytes(StandardCharsets.UTF_8).length < minBytes);
    return json;
  }
}
