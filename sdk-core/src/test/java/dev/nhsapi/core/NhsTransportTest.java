package dev.nhsapi.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nhsapi.core.auth.ApiKeyCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsTransportTest {
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingListener listener = new RecordingListener();
  final NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();

  /** Fast retries, no breaker, no limiter: each test turns on what it examines. */
  NhsTransport.Builder transport() {
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(5)))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled())
        .eventListener(listener);
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/fhir+json").body(body).build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static MockResponse status(int code, String retryAfter) {
    return new MockResponse.Builder().code(code).addHeader("Retry-After", retryAfter).build();
  }

  static MockResponse dropConnection() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
  }

  String requestId(RecordedRequest request) {
    return request.getHeaders().get("X-Request-ID");
  }

  @Test
  void sendsThePlatformHeadersOnTheApiPath() throws Exception {
    server.enqueue(ok("{}"));
    NhsResponse<String> response = transport().applicationId("test-app/1.0").build()
        .execute(read, ResponseDecoder.ofString());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/personal-demographics/FHIR/R4/Patient/9000000009");
    assertThat(requestId(request)).matches(UUID_V4);
    assertThat(request.getHeaders().get("X-Correlation-ID")).matches(UUID_V4);
    assertThat(request.getHeaders().get("User-Agent")).matches("test-app/1\\.0 nhsapi-java/\\d+\\.\\d+\\.\\d+\\S* Java/\\S+");
    assertThat(response.requestId()).isEqualTo(requestId(request));
    assertThat(response.correlationId()).isEqualTo(request.getHeaders().get("X-Correlation-ID"));
    assertThat(response.value()).isEqualTo("{}");
  }

  @Test
  void reusesTheRequestIdOnEveryRetryAndChangesItBetweenCalls() throws Exception {
    server.enqueue(status(503));
    server.enqueue(dropConnection());
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    NhsTransport transport = transport().build();

    transport.execute(read, ResponseDecoder.ofString());
    transport.execute(read, ResponseDecoder.ofString());

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    RecordedRequest third = server.takeRequest();
    RecordedRequest nextCall = server.takeRequest();
    assertThat(List.of(requestId(second), requestId(third))).containsOnly(requestId(first));
    assertThat(List.of(second.getHeaders().get("X-Correlation-ID"), third.getHeaders().get("X-Correlation-ID")))
        .containsOnly(first.getHeaders().get("X-Correlation-ID"));
    assertThat(requestId(nextCall)).isNotEqualTo(requestId(first));
    assertThat(listener.events).contains("retryScheduled 2 HTTP 503");
  }

  @Test
  void sendsTheCallersRequestAndCorrelationIds() throws Exception {
    server.enqueue(ok("{}"));
    UUID requestId = UUID.randomUUID();
    RequestOptions options = RequestOptions.builder().requestId(requestId).correlationId("trace-42").build();

    transport().build().execute(read, options, ResponseDecoder.ofString());

    RecordedRequest request = server.takeRequest();
    assertThat(requestId(request)).isEqualTo(requestId.toString());
    assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("trace-42");
  }

  @Test
  void honoursRetryAfterInSeconds() throws Exception {
    server.enqueue(status(429, "1"));
    server.enqueue(ok("{}"));

    long started = System.nanoTime();
    transport().build().execute(read, ResponseDecoder.ofString());

    assertThat(listener.retryDelays).containsExactly(Duration.ofSeconds(1));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() throws Exception {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(1).atOffset(ZoneOffset.UTC));
    server.enqueue(status(503, inTwoSeconds));
    server.enqueue(ok("{}"));

    transport().clock(Clock.fixed(now, ZoneOffset.UTC)).build().execute(read, ResponseDecoder.ofString());

    assertThat(listener.retryDelays).containsExactly(Duration.ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void failsAtOnceWhenRetryAfterRunsPastTheDeadline() {
    server.enqueue(status(503, "120"));
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();

    assertThatThrownBy(() -> transport().build().execute(read, options, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(ServiceUnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(2)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(listener.retryDelays).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"503", "502", "429", "drop"})
  void neverResendsAWriteThatIsNotMarkedIdempotent(String failure) {
    server.enqueue(failure.equals("drop") ? dropConnection() : status(Integer.parseInt(failure)));
    server.enqueue(ok("{}"));
    NhsRequest post = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient").body("{}", "application/json").build();

    assertThatThrownBy(() -> transport().build().execute(post, ResponseDecoder.ofString()))
        .isInstanceOf(NhsApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void makesExactlyOneAttemptWhenRetriesAreDisabledEvenIfTheServerInvitesAResend(int code) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return status(code, "0");
      }
    });

    assertThatThrownBy(() -> transport().retry(RetryOptions.disabled()).build()
        .execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(ServiceUnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3000000000", "99999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"})
  void treatsAnAbsurdRetryAfterAsLongerThanTheDeadline(String retryAfter) {
    server.enqueue(status(503, retryAfter));

    assertThatThrownBy(() -> transport().build().execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void resendsAWriteAfter503WithRetryAfterUsingTheSameRequestId() throws Exception {
    server.enqueue(status(503, "0"));
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
    NhsRequest post = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient").body("{}", "application/json").build();

    NhsResponse<String> response = transport().build().execute(post, ResponseDecoder.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(requestId(server.takeRequest())).isEqualTo(requestId(server.takeRequest()));
  }

  /** Issue 17 finding 8: the Immunisation API does not de-duplicate by X-Request-ID, so a resend could duplicate. */
  @Test
  void neverResendsAnUnmarkedWriteToAnApiThatDoesNotDeduplicateEvenAfter503WithRetryAfter() {
    server.enqueue(status(503, "0"));
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
    NhsRequest create = NhsRequest.builder(NhsApi.IMMUNISATION, "POST", "/Immunization")
        .body("{}", "application/fhir+json").build();

    assertThatThrownBy(() -> transport().build().execute(create, ResponseDecoder.ofString()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /**
   * PDS de-duplicates writes by X-Request-ID (NHSDigital/personal-demographics-service-api,
   * specification/personal-demographics.yaml, the X-Request-ID header); the Immunisation backend only logs it and
   * refuses a duplicate identifier instead (NHSDigital/immunisation-fhir-api,
   * lambdas/backend/src/service/fhir_service.py).
   */
  @Test
  void saysWhichApisDeduplicateWrites() {
    assertThat(NhsApi.PDS.deduplicatesWrites()).isTrue();
    assertThat(NhsApi.OAUTH.deduplicatesWrites()).isTrue();
    assertThat(NhsApi.IMMUNISATION.deduplicatesWrites()).isFalse();
    assertThat(NhsApi.of("eps", "/electronic-prescriptions/FHIR/R4").deduplicatesWrites()).isFalse();
  }

  @Test
  void resendsWritesMarkedIdempotent() throws Exception {
    server.enqueue(status(502));
    server.enqueue(ok("{}"));
    NhsRequest patch = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", "9000000009")
        .body("{\"patches\":[]}", "application/json-patch+json").idempotent(true).build();

    transport().build().execute(patch, ResponseDecoder.ofString());

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getBody().utf8()).isEqualTo("{\"patches\":[]}");
    assertThat(second.getHeaders().get("Content-Type")).isEqualTo("application/json-patch+json");
    assertThat(requestId(second)).isEqualTo(requestId(first));
  }

  @Test
  void retriesAReadWhoseBodyWasCutShort() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"resourceType\":\"Patient\"}")
        .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
    server.enqueue(ok("{\"complete\":true}"));

    NhsResponse<String> response = transport().build().execute(read, ResponseDecoder.ofString());

    assertThat(response.value()).isEqualTo("{\"complete\":true}");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void stopsRetryingAtTheDeadline() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return status(503);
      }
    });
    NhsTransport transport = transport().retry(new RetryOptions(1000, Duration.ofMillis(50), Duration.ofMillis(50)))
        .build();
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(700)).build();

    assertThatThrownBy(() -> transport.execute(read, options, ResponseDecoder.ofString()))
        .isInstanceOfAny(ServiceUnavailableException.class, NhsDeadlineExceededException.class);
    assertThat(server.getRequestCount()).isBetween(2, 999);
  }

  @Test
  void failsWithDeadlineExceededWhenTheServerIsTooSlow() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(5, TimeUnit.SECONDS).build());
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> transport().build().execute(read, options, ResponseDecoder.ofString()))
        .isInstanceOf(NhsDeadlineExceededException.class)
        .hasMessageContaining("deadline");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void circuitBreakerOpensFailsFastAndRecovers() throws Exception {
    NhsTransport transport = transport()
        .retry(RetryOptions.disabled())
        .circuitBreaker(new CircuitBreakerOptions(true, 50, 4, 4, Duration.ofMillis(300), 1))
        .build();
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(500));
      assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
          .isInstanceOf(ServiceUnavailableException.class);
    }

    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(NhsCircuitOpenException.class, e -> assertThat(e.api()).isEqualTo("pds"));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(listener.events).contains("circuit pds CLOSED->OPEN");

    Thread.sleep(400); // the breaker's open duration
    server.enqueue(ok("{}"));
    assertThat(transport.execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    assertThat(listener.events).contains("circuit pds OPEN->HALF_OPEN", "circuit pds HALF_OPEN->CLOSED");
  }

  @Test
  void circuitBreakerTreatsClientErrorsAsAHealthyService() {
    NhsTransport transport = transport()
        .retry(RetryOptions.disabled())
        .circuitBreaker(new CircuitBreakerOptions(true, 50, 4, 4, Duration.ofSeconds(30), 1))
        .build();
    for (int i = 0; i < 8; i++) {
      server.enqueue(status(i % 2 == 0 ? 404 : 429));
      assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
          .isInstanceOfAny(ResourceNotFoundException.class, RateLimitedException.class);
    }
    server.enqueue(ok("{}"));

    assertThat(transport.execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    assertThat(listener.events).noneMatch(e -> e.startsWith("circuit"));
  }

  @Test
  void rateLimiterSpacesAttempts() {
    List<Long> arrivals = new ArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (arrivals) {
          arrivals.add(System.nanoTime());
        }
        return ok("{}");
      }
    });
    NhsTransport transport = transport().rateLimit(RateLimitOptions.perSecond(5)).build();

    for (int i = 0; i < 6; i++) {
      transport.execute(read, ResponseDecoder.ofString());
    }

    // Five intervals of 200 ms: the limiter guarantees at least this much, whatever the machine's load.
    assertThat(Duration.ofNanos(arrivals.get(5) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(790));
    assertThat(listener.rateLimitWaits).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void rateLimiterFailsACallWhosePermitWouldComeAfterItsDeadline() {
    server.enqueue(ok("{}"));
    NhsTransport transport = transport().rateLimit(RateLimitOptions.perSecond(1)).build();
    transport.execute(read, ResponseDecoder.ofString());

    RequestOptions hurried = RequestOptions.builder().timeout(Duration.ofMillis(100)).build();
    assertThatThrownBy(() -> transport.execute(read, hurried, ResponseDecoder.ofString()))
        .isInstanceOf(NhsDeadlineExceededException.class)
        .hasMessageContaining("rate-limit");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncCallsReturnAtOnceAndRetryWithoutBlocking() throws Exception {
    server.enqueue(status(503, "1"));
    server.enqueue(ok("{}"));

    CompletableFuture<NhsResponse<String>> future =
        transport().build().executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString());

    assertThat(future).isNotDone();
    NhsResponse<String> response = future.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(requestId(server.takeRequest())).isEqualTo(requestId(server.takeRequest()));
    assertThat(listener.events).contains("retryScheduled 2 HTTP 503", "callSucceeded 200 after 2");
  }

  @Test
  void asyncCallsObtainCredentialsOffTheCallersThreadAndTheSharedSchedulersThread() throws Exception {
    server.enqueue(status(503, "0"));
    server.enqueue(ok("{}"));
    CountDownLatch release = new CountDownLatch(1);
    List<String> threads = new CopyOnWriteArrayList<>();
    dev.nhsapi.core.auth.Credentials slow = endpoint -> { // like a token fetch against a slow endpoint
      threads.add(Thread.currentThread().getName());
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return okhttp3.Headers.of();
    };

    CompletableFuture<NhsResponse<String>> future = transport().credentials(slow).build()
        .executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString());

    assertThat(future).as("returned while the credentials were still busy").isNotDone();
    release.countDown();
    assertThat(future.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(threads).as("the first attempt and the retry").hasSize(2)
        .doesNotContain(Thread.currentThread().getName(), "nhsapi-scheduler");
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheTypedException() {
    server.enqueue(status(404));

    CompletableFuture<NhsResponse<String>> future =
        transport().build().executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString());

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void asyncCallsFailInsteadOfHangingWhenCredentialsThrow() {
    server.enqueue(status(503, "0"));
    int[] calls = {0};
    dev.nhsapi.core.auth.Credentials flaky = endpoint -> {
      if (calls[0]++ > 0) {
        throw new IllegalStateException("could not sign the client assertion");
      }
      return okhttp3.Headers.of();
    };

    CompletableFuture<NhsResponse<String>> future = transport().credentials(flaky).build()
        .executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString());

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void credentialsThatThrowDoNotLeakAHalfOpenBreakerPermit() throws Exception {
    NhsTransport transport = transport()
        .retry(RetryOptions.disabled())
        .circuitBreaker(new CircuitBreakerOptions(true, 50, 2, 2, Duration.ofMillis(200), 1))
        .credentials(endpoint -> {
          if (listener.events.contains("circuit pds OPEN->HALF_OPEN")) {
            throw new IllegalStateException("could not sign the client assertion");
          }
          return okhttp3.Headers.of();
        })
        .build();
    server.enqueue(status(500));
    server.enqueue(status(500));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
          .isInstanceOf(ServiceUnavailableException.class);
    }
    Thread.sleep(300); // the breaker's open duration

    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(IllegalStateException.class);
    listener.events.clear();
    server.enqueue(ok("{}"));
    assertThat(transport.execute(read, ResponseDecoder.ofString()).statusCode())
        .as("the only half-open permit was given back, so a probe can pass").isEqualTo(200);
  }

  @Test
  void cancellingAnAsyncCallStopsItsRetries() throws Exception {
    server.enqueue(status(503, "1"));
    server.enqueue(ok("{}"));

    CompletableFuture<NhsResponse<String>> future =
        transport().build().executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString());
    server.takeRequest();
    future.cancel(true);

    assertThat(server.takeRequest(1500, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void doesNotFollowRedirects() {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/").build());

    assertThatThrownBy(() -> transport().credentials(ApiKeyCredentials.of("key-123")).build()
        .execute(read, ResponseDecoder.ofString()))
        .isExactlyInstanceOf(NhsHttpException.class)
        .hasMessageStartingWith("HTTP 302");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void sendsCredentialsEndUserOrganisationAndExtraHeaders() throws Exception {
    server.enqueue(ok("{}"));
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009")
        .header("Accept", "application/fhir+json").build();
    RequestOptions options = RequestOptions.builder().header("NHSD-Session-URID", "555021935107").build();

    transport().credentials(ApiKeyCredentials.of("key-123")).endUserOrganisation("Y12345").build()
        .execute(request, options, ResponseDecoder.ofString());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("apikey")).isEqualTo("key-123");
    assertThat(recorded.getHeaders().get("NHSD-End-User-Organisation-ODS")).isEqualTo("Y12345");
    assertThat(recorded.getHeaders().get("NHSD-Session-URID")).isEqualTo("555021935107");
    assertThat(recorded.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
  }

  @Test
  void exposesTheEndUserOrganisationItSends() {
    assertThat(transport().endUserOrganisation("Y12345").build().endUserOrganisation()).contains("Y12345");
    assertThat(transport().build().endUserOrganisation()).isEmpty();
    assertThat(transport().endUserOrganisation("Y12345").build().newBuilder().build().endUserOrganisation())
        .contains("Y12345");
  }

  @Test
  void encodesPathValuesAndQueryValuesStrictly() throws Exception {
    server.enqueue(ok("{}"));
    NhsRequest search = NhsRequest.get(NhsApi.PDS, "/Patient/{id}/RelatedPerson", "a/b c")
        .query("family", "Sm*").query("given", "John Paul").query("given", "Mary").query("birthdate", "ge2010-01-01")
        .build();

    transport().build().execute(search, ResponseDecoder.ofString());

    assertThat(server.takeRequest().getTarget()).isEqualTo(
        "/personal-demographics/FHIR/R4/Patient/a%2Fb%20c/RelatedPerson"
            + "?family=Sm%2A&given=John%20Paul&given=Mary&birthdate=ge2010-01-01");
  }

  @Test
  void sendsTheMediaTypeExactlyAsGiven() throws Exception {
    server.enqueue(ok("{}"));
    NhsRequest form = NhsRequest.builder(NhsApi.of("oauth", "/oauth2"), "POST", "/token")
        .body("grant_type=client_credentials".getBytes(UTF_8), "application/x-www-form-urlencoded").build();

    transport().build().execute(form, ResponseDecoder.ofString());

    assertThat(server.takeRequest().getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void aListenerThatThrowsNeverFailsTheCall() {
    server.enqueue(ok("{}"));
    NhsEventListener throwing = new NhsEventListener() {
      @Override
      public void callStarted(CallInfo call) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {
        throw new IllegalStateException("listener bug");
      }
    };

    assertThat(transport().eventListener(throwing).build().execute(read, ResponseDecoder.ofString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void reportsEachStepOfACallToTheListener() {
    server.enqueue(status(502));
    server.enqueue(ok("{}"));

    transport().build().execute(read, ResponseDecoder.ofString());

    assertThat(listener.events).containsExactly(
        "callStarted GET /Patient/{id}",
        "attemptStarted 1", "attemptFinished 1 502", "retryScheduled 2 HTTP 502",
        "attemptStarted 2", "attemptFinished 2 200",
        "callSucceeded 200 after 2");
  }

  @Test
  void decodeFailuresAreTypedAndNotRetried() {
    server.enqueue(ok("not json"));

    assertThatThrownBy(() -> transport().build().execute(read, body -> {
      throw new IllegalStateException("Expected BEGIN_OBJECT for Jane Smith");
    })).isInstanceOf(NhsDecodeException.class).satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesBodyLoggingForProduction() {
    assertThatThrownBy(() -> NhsTransport.builder().environment(NhsEnvironment.PRODUCTION).unsafeLogBodies(true)
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PRODUCTION");
  }

  /** Issue 17 finding 7: body logging was refused for PRODUCTION only, not for its host under another name. */
  @ParameterizedTest
  @ValueSource(strings = {"https://api.service.nhs.uk/", "https://int.api.service.nhs.uk/", "https://proxy.example/"})
  void refusesBodyLoggingOffLoopbackUnlessTheHostIsNamed(String url) {
    NhsEnvironment environment = NhsEnvironment.custom(java.net.URI.create(url));

    assertThatThrownBy(() -> NhsTransport.builder().environment(environment).unsafeLogBodies(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused for")
        .hasMessageNotContaining(environment.baseUrl().getHost());
    assertThatThrownBy(() -> NhsTransport.builder().environment(environment)
        .unsafeLogBodiesOffLoopback("other.example").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void logsBodiesOffLoopbackOnlyFromTheNamedHostAndNeverFromProduction() {
    NhsTransport.builder().environment(NhsEnvironment.INTEGRATION)
        .unsafeLogBodiesOffLoopback("int.api.service.nhs.uk").build().close();
    NhsTransport.builder().environment(NhsEnvironment.custom(server.url("/").uri())).unsafeLogBodies(true)
        .build().close();

    assertThatThrownBy(() -> NhsTransport.builder().environment(NhsEnvironment.custom(
        java.net.URI.create("https://api.service.nhs.uk/"))).unsafeLogBodiesOffLoopback("api.service.nhs.uk").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("production host");
  }

  @Test
  void requiresAnEnvironment() {
    assertThatThrownBy(() -> NhsTransport.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void derivedTransportsShareBreakersWhenSettingsAreUnchanged() {
    NhsTransport original = transport()
        .retry(RetryOptions.disabled())
        .circuitBreaker(new CircuitBreakerOptions(true, 50, 2, 2, Duration.ofSeconds(30), 1))
        .build();
    server.enqueue(status(500));
    server.enqueue(status(500));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> original.execute(read, ResponseDecoder.ofString()))
          .isInstanceOf(ServiceUnavailableException.class);
    }

    NhsTransport derived = original.newBuilder().callTimeout(Duration.ofSeconds(5)).build();
    assertThatThrownBy(() -> derived.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsCircuitOpenException.class);

    NhsTransport separate = original.newBuilder().circuitBreaker(CircuitBreakerOptions.disabled()).build();
    server.enqueue(ok("{}"));
    assertThat(separate.execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
  }

  @Test
  void aDecoderSeesTheCallsDeadlineOnTheBodysSourceSoItCanBoundItsWork() {
    server.enqueue(ok("{}"));
    Duration timeout = Duration.ofSeconds(7);
    long before = System.nanoTime();
    NhsResponse<Long> response = transport().build().execute(read,
        RequestOptions.builder().timeout(timeout).build(), body -> {
          okio.Timeout deadline = body.source().timeout();
          assertThat(deadline.hasDeadline()).isTrue();
          return deadline.deadlineNanoTime();
        });

    long after = System.nanoTime();

    // the call started between before and after, and its deadline is its start plus its timeout
    assertThat(response.value() - before).isGreaterThanOrEqualTo(timeout.toNanos());
    assertThat(response.value() - after).isLessThanOrEqualTo(timeout.toNanos());
  }

  /** Issue 17 finding 7: Okio's error for a header line over OkHttp's limit carried a hex dump of server bytes. */
  @Test
  void aResponseHeaderOverTheLimitFailsWithoutTheServersBytesInAnyMessage() {
    server.enqueue(new MockResponse.Builder().code(200)
        .addHeader("X-Echo", "Quillfeather ".repeat(300 * 1024 / 13)).body("{}").build());

    assertThatThrownBy(() -> transport().retry(RetryOptions.disabled()).build()
            .execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsTransportException.class)
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("content=", "5175696c6c", "Quillfeather");
          }
        });
  }

  @Test
  void closedTransportsLeaveNoSocketsOrDispatcherThreadsBehind() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "counts sockets through /proc");
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return ok("{}");
      }
    });
    server.takeRequest(1, TimeUnit.MILLISECONDS); // starts the server's own sockets before the baseline
    long socketsBefore = sockets(fds);
    long threadsBefore = dispatcherThreads();

    for (int i = 0; i < 200; i++) {
      NhsTransport transport = transport().build();
      transport.execute(read, ResponseDecoder.ofString());
      transport.executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString()).get(5, TimeUnit.SECONDS);
      transport.close();
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while ((sockets(fds) > socketsBefore + 4 || dispatcherThreads() > threadsBefore)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sockets(fds)).isLessThanOrEqualTo(socketsBefore + 4);
    assertThat(dispatcherThreads()).isLessThanOrEqualTo(threadsBefore);
  }

  private static long sockets(Path fds) throws IOException {
    try (Stream<Path> entries = Files.list(fds)) {
      return entries.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().startsWith("socket:");
        } catch (IOException closedMeanwhile) {
          return false;
        }
      }).count();
    }
  }

  private static long dispatcherThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("OkHttp Dispatch")).count();
  }

  @Test
  void closingLeavesALentOkHttpClientWorking() throws Exception {
    OkHttpClient lent = new OkHttpClient();
    NhsTransport transport = transport().httpClient(lent).build();
    server.enqueue(ok("{}"));
    transport.execute(read, ResponseDecoder.ofString());
    transport.close();

    server.enqueue(ok("{}"));
    try (Response response = lent.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(lent.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void aClosedTransportRefusesCallsNamingTheRule() {
    NhsTransport transport = transport().build();
    transport.close();
    transport.close(); // closing twice is harmless

    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed NhsClient or NhsTransport makes no calls");
    assertThatThrownBy(() -> transport.executeAsync(read, RequestOptions.defaults(), ResponseDecoder.ofString()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aDerivedTransportKeepsTheSharedPoolUntilItClosesToo() {
    NhsTransport original = transport().build();
    NhsTransport derived = original.newBuilder().build();
    original.close();

    server.enqueue(ok("{}"));
    assertThat(derived.execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    derived.close();
    NhsTransport afterAllClosed = derived.newBuilder().build(); // gets a fresh pool
    server.enqueue(ok("{}"));
    assertThat(afterAllClosed.execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    afterAllClosed.close();
  }

  /** Issue 17 finding 10: an unknown host said only "connection failed ... (UnknownHostException)". */
  @Test
  void namesAnUnknownHostAndHintsAtDnsAndProxyWithTheRequestIdOnce() {
    OkHttpClient noDns = new OkHttpClient.Builder().dns(host -> {
      throw new java.net.UnknownHostException(host);
    }).build();
    NhsTransport transport = NhsTransport.builder()
        .environment(NhsEnvironment.custom(java.net.URI.create("https://api.nhs.example/")))
        .httpClient(noDns).retry(RetryOptions.disabled()).build();

    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsTransportException.class)
        .hasMessageStartingWith("unknown host api.nhs.example (UnknownHostException): the name did not resolve;"
            + " check the environment's URL, this machine's DNS, or its proxy settings (https.proxyHost)")
        .satisfies(e -> assertThat(e.getMessage().split("X-Request-ID", -1)).hasSize(2));
  }
}
