package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.RetryOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 finding 2: a server that echoes the request in its free text (an OperationOutcome's display and
 * diagnostics, a gateway's faultstring, a token endpoint's error_description) must not put it in any message,
 * {@code toString()}, log line or listener event; the caller reads it from the exception's details.
 */
class ServerFreeTextTest {
  private static final String ECHO =
      "Patient Ottoline Quillfeather born 1987-03-14 of 7 Leakscan Row LS9 9ZZ (900 000 0009) not found";
  /** An API key without digits: masking digit runs and token-like strings let it through. */
  private static final String API_KEY = "QuillfeatherKeyAbcdefGhijklMnopqrsTuvwx";
  private static final List<String> SECRETS =
      List.of("Ottoline", "Quillfeather", "1987", "Leakscan", "LS9", "9ZZ", "900 000 0009", API_KEY);

  @StartStop final MockWebServer server = new MockWebServer();
  private final Logger sdkLogger = Logger.getLogger("dev.nhsapi");
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      seen.add("log " + record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;

  @BeforeEach
  void captureLog() {
    previousLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.ALL);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(previousLevel);
  }

  private NhsTransport transport() {
    NhsEventListener listener = new NhsEventListener() {
      @Override
      public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
        seen.add("event retryScheduled " + call + " " + reason);
      }

      @Override
      public void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {
        seen.add("event callFailed " + call + " " + failure + " " + failure.getMessage());
      }
    };
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .retry(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(2)))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled())
        .eventListener(listener)
        .build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  private void seeException(NhsHttpException e) {
    seen.add("message " + e.getMessage());
    seen.add("toString " + e);
    seen.add("details " + e.details());
    seen.add("outcome " + e.operationOutcome());
  }

  @Test
  void serverTextThatEchoesTheRequestReachesNoMessageToStringLogOrEvent() {
    NhsTransport transport = transport();
    NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();
    server.enqueue(json(404, """
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found","details":{"coding":[{
         "system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode","code":"RESOURCE_NOT_FOUND",
         "display":"%s"}],"text":"%s"},"diagnostics":"%s"}]}""".formatted(ECHO, ECHO, ECHO)));
    server.enqueue(json(503, """
        {"fault":{"faultstring":"%s","detail":{"errorcode":"messaging.adaptors.http.flow.ServiceUnavailable"}}}"""
        .formatted(ECHO)));
    server.enqueue(json(503, """
        {"fault":{"faultstring":"%s","detail":{"errorcode":"messaging.adaptors.http.flow.ServiceUnavailable"}}}"""
        .formatted(ECHO)));
    server.enqueue(json(401, """
        {"error":"invalid_client","error_description":"Invalid API key %s for %s","message_id":"rrt-1-a"}"""
        .formatted(API_KEY, ECHO)));

    List<NhsHttpException> failures = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
          .isInstanceOfSatisfying(NhsHttpException.class, failures::add);
    }
    assertThatThrownBy(() -> transport.tokenEndpoint().request(Map.of("grant_type", "client_credentials")))
        .isInstanceOfSatisfying(AuthenticationException.class, failures::add);
    failures.forEach(this::seeException);

    assertThat(failures).extracting(NhsApiException::getMessage).containsExactly(
        "HTTP 404 RESOURCE_NOT_FOUND (not-found) [X-Request-ID " + failures.get(0).requestId() + "]",
        "HTTP 503 messaging.adaptors.http.flow.ServiceUnavailable [X-Request-ID " + failures.get(1).requestId() + "]",
        // the SDK's own advice for the code follows; the server's error_description does not
        "HTTP 401 invalid_client [X-Request-ID " + failures.get(2).requestId() + "] "
            + ((AuthenticationException) failures.get(2)).advice().orElseThrow());
    assertThat(seen).anyMatch(line -> line.startsWith("log ")).anyMatch(line -> line.startsWith("event callFailed"))
        .anyMatch(line -> line.startsWith("event retryScheduled"))
        .allSatisfy(line -> assertThat(line).doesNotContain(SECRETS.toArray(new String[0])));
    // the free text stays available to a caller who logs it knowingly
    assertThat(failures.get(0).diagnostics()).isEqualTo(ECHO);
    assertThat(failures.get(0).details().description()).isEqualTo(ECHO);
    assertThat(failures.get(1).details().description()).isEqualTo(ECHO);
    assertThat(failures.get(2).details().description()).contains(API_KEY);
  }
}
