package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.auth.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Captures the transport's log at its finest level and checks that nothing sensitive reaches it. */
class HttpLogTest {
  private static final String NHS_NUMBER = "9434765919";
  private static final String TOKEN = "eyJhbGciOiJSUzUxMiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl";
  private static final String API_KEY = "Zx9apikeyvalue7Q";

  @StartStop final MockWebServer server = new MockWebServer();
  private final Logger julLogger = Logger.getLogger(HttpLog.LOGGER_NAME);
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getLevel() + " " + record.getMessage()
          + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;

  @BeforeEach
  void captureLog() {
    previousLevel = julLogger.getLevel();
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    julLogger.removeHandler(capture);
    julLogger.setLevel(previousLevel);
  }

  private NhsTransport.Builder transport() {
    Credentials secret = endpoint -> Headers.of("Authorization", "Bearer " + TOKEN, "apikey", API_KEY);
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .credentials(secret)
        .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(2)))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled());
  }

  private static MockResponse patientResponse(int code) {
    return new MockResponse.Builder().code(code)
        .addHeader("Content-Type", "application/fhir+json")
        .addHeader("Location", "/Patient/" + NHS_NUMBER)
        .addHeader("Set-Cookie", "session=" + TOKEN)
        .body("{\"resourceType\":\"Patient\",\"id\":\"" + NHS_NUMBER + "\",\"name\":[{\"family\":\"Smith\"}],"
            + "\"birthDate\":\"2010-10-22\",\"address\":[{\"postalCode\":\"LS1 6AE\"}]}")
        .build();
  }

  private static MockResponse outcome(int code) {
    return new MockResponse.Builder().code(code).body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"value",
        "details":{"coding":[{"code":"INVALID_VALUE","display":"Provided value is invalid"}]},
        "diagnostics":"Invalid value - '%s' in field 'family' (Smith)"}]}""".formatted(NHS_NUMBER)).build();
  }

  private void runSucceedingAndFailingCalls() {
    NhsRequest search = NhsRequest.get(NhsApi.PDS, "/Patient")
        .query("family", "Smith").query("birthdate", "eq2010-10-22").query("address-postalcode", "LS1 6AE")
        .build();
    NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).build();
    NhsRequest patch = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", NHS_NUMBER)
        .header("If-Match", "W/\"2\"")
        .body("{\"patches\":[{\"op\":\"replace\",\"path\":\"/name/0/family\",\"value\":\"Smith\"}]}",
            "application/json-patch+json")
        .idempotent(true).build();
    NhsTransport transport = transport().build();

    server.enqueue(patientResponse(200));
    transport.execute(search, ResponseDecoder.ofString());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(patientResponse(200));
    transport.execute(read, ResponseDecoder.ofString());
    server.enqueue(outcome(400));
    assertThatThrownBy(() -> transport.execute(patch, ResponseDecoder.ofString()))
        .isInstanceOf(NhsApiException.class);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    }
    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsApiException.class);
  }

  @Test
  void neverLogsIdentifiersQueryValuesTokensOrBodies() {
    runSucceedingAndFailingCalls();

    assertThat(lines).as("the calls were logged at all levels").anyMatch(l -> l.startsWith("FINE --> GET pds"))
        .anyMatch(l -> l.startsWith("FINER --> headers")).anyMatch(l -> l.startsWith("FINER <-- headers"))
        .anyMatch(l -> l.contains("retrying")).anyMatch(l -> l.contains("call failed"));
    String log = String.join("\n", lines);
    assertThat(log).doesNotContain(NHS_NUMBER, "Smith", "2010-10-22", "LS1", "6AE", TOKEN, "c2VjcmV0", API_KEY,
        "session=", "patches");
    assertThat(log).contains("/Patient/{id}", "/Patient?family=***&birthdate=***&address-postalcode=***",
        "Authorization: ***", "apikey: ***", "If-Match: W/\"2\"", "X-Request-ID");
  }

  @Test
  void logsBodiesOnlyWhenUnsafeBodyLoggingIsOn() {
    server.enqueue(patientResponse(200));
    NhsTransport transport = transport().unsafeLogBodies(true).build();

    transport.execute(NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).build(), ResponseDecoder.ofString());

    assertThat(lines).anyMatch(l -> l.contains("<-- body (unsafe body logging on)") && l.contains("Smith"));
    assertThat(String.join("\n", lines)).as("headers stay redacted").doesNotContain(TOKEN);
  }

  /** Issue 17 finding 10: a circuit opening was not logged above DEBUG. */
  @Test
  void logsACircuitOpeningAtWarning() {
    NhsTransport transport = transport().retry(RetryOptions.disabled())
        .circuitBreaker(new CircuitBreakerOptions(true, 50, 2, 2, Duration.ofSeconds(30), 1)).build();
    server.enqueue(patientResponse(500));
    server.enqueue(patientResponse(500));
    NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).build();

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
          .isInstanceOf(NhsApiException.class);
    }

    assertThat(lines).contains("WARNING circuit breaker for pds went from CLOSED to OPEN; calls to it fail fast"
        + " with NhsCircuitOpenException until a probe succeeds (check the service's status)");
  }
}
