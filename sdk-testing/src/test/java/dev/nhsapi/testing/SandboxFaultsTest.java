package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {
  static final String PDS = "/personal-demographics/";
  static final String JANE = "personal-demographics/FHIR/R4/Patient/9000000009";
  static final long SECOND = Duration.ofSeconds(1).toNanos();

  final NhsSandbox sandbox = NhsSandbox.start();
  /** OkHttp would silently resend on some lost connections; these tests must see every failure. */
  final OkHttpClient raw = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void tooManyRequestsAnswersTheSpikeArrestWithoutRetryAfter() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.tooManyRequests());

    try (Response response = get(JANE)) {
      assertThat(response.code()).isEqualTo(429);
      assertThat(response.header("Retry-After")).isNull();
      assertThat(response.header("Content-Type")).isEqualTo("application/fhir+json");
      assertThat(response.body().string()).contains("\"resourceType\":\"OperationOutcome\"", "\"code\":\"value\"",
          "\"code\":\"TOO_MANY_REQUESTS\"", "spike in traffic");
    }
    assertThat(status(JANE)).isEqualTo(200);
  }

  @Test
  void serviceUnavailableCarriesRetryAfterInWholeSeconds() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.serviceUnavailable(Duration.ofMillis(2500)));

    try (Response response = get(JANE)) {
      assertThat(response.code()).isEqualTo(503);
      assertThat(response.header("Retry-After")).isEqualTo("2");
      assertThat(response.body().string()).contains("\"code\":\"timeout\"", "\"code\":\"SERVICE_UNAVAILABLE\"");
    }
  }

  @Test
  void serverErrorAnswersUnknownError() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.serverError());

    try (Response response = get(JANE)) {
      assertThat(response.code()).isEqualTo(500);
      assertThat(response.body().string()).contains("\"code\":\"unknown\"", "\"code\":\"UNKNOWN_ERROR\"");
    }
  }

  @Test
  void theTokenEndpointAnswersStatusFaultsWithOAuthJson() throws IOException {
    sandbox.faults().always("/oauth2/token", Fault.serviceUnavailable(Duration.ofSeconds(5)))
        .next("/oauth2/token", 1, Fault.tooManyRequests());
    Request post = new Request.Builder().url(sandbox.baseUrl() + "oauth2/token")
        .post(new FormBody.Builder().add("grant_type", "client_credentials").build()).build();

    try (Response response = raw.newCall(post).execute()) {
      assertThat(response.code()).isEqualTo(503);
      assertThat(response.header("Retry-After")).isEqualTo("5");
      assertThat(response.header("Content-Type")).isEqualTo("application/json");
      String body = response.body().string();
      assertThat(body).startsWith("{\"error\":\"temporarily_unavailable\",\"error_description\":\"");
      assertThat(body).doesNotContain("OperationOutcome");
    }
  }

  @Test
  void disconnectLosesTheAnswerAfterProcessingTheRequest() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.disconnect());

    assertThatThrownBy(() -> get(JANE).close()).isInstanceOf(IOException.class);
    assertThat(sandbox.requests()).hasSize(1);
    assertThat(status(JANE)).isEqualTo(200);
  }

  @Test
  void truncatedBodyFailsWhileReadingTheBody() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.truncatedBody());

    try (Response response = get(JANE)) {
      assertThat(response.code()).isEqualTo(200);
      assertThatThrownBy(() -> response.body().string()).isInstanceOf(IOException.class);
    }
    assertThat(status(JANE)).isEqualTo(200);
  }

  @Test
  void latencyDelaysTheAnswer() throws IOException {
    sandbox.faults().next(PDS, 1, Fault.latency(Duration.ofMillis(300)));

    long started = System.nanoTime();
    assertThat(status(JANE)).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void nextFaultsOnlyThatManyMatchingRequests() throws IOException {
    sandbox.faults().next(PDS, 2, Fault.serverError());

    assertThat(status("oauth2/token")).isEqualTo(405);
    assertThat(List.of(status(JANE), status(JANE), status(JANE))).containsExactly(500, 500, 200);
  }

  @Test
  void alwaysFaultsUntilCleared() throws IOException {
    sandbox.faults().always("/", Fault.serviceUnavailable(Duration.ofSeconds(1)));

    assertThat(List.of(status(JANE), status(JANE), status(JANE))).containsOnly(503);
    sandbox.faults().clear();
    assertThat(status(JANE)).isEqualTo(200);
  }

  @Test
  void randomFaultsRepeatForTheSameSeedAndHonourTheirRates() {
    Map<Fault, Double> rates = Map.of(Fault.serviceUnavailable(Duration.ofSeconds(1)), 0.10,
        Fault.tooManyRequests(), 0.05, Fault.disconnect(), 0.02, Fault.truncatedBody(), 0.02,
        Fault.latency(Duration.ofSeconds(2)), 0.05);
    List<Optional<Fault>> first = picks(new SandboxFaults().random(PDS, 42, rates), 2000);
    List<Optional<Fault>> second = picks(new SandboxFaults().random(PDS, 42, Map.copyOf(rates)), 2000);

    assertThat(first).isEqualTo(second);
    assertThat(share(first, Fault.Kind.SERVICE_UNAVAILABLE)).isCloseTo(0.10, within(0.025));
    assertThat(share(first, Fault.Kind.TOO_MANY_REQUESTS)).isCloseTo(0.05, within(0.02));
    assertThat(share(first, Fault.Kind.DISCONNECT)).isCloseTo(0.02, within(0.01));
    assertThat(share(first, Fault.Kind.TRUNCATED_BODY)).isCloseTo(0.02, within(0.01));
    assertThat(share(first, Fault.Kind.LATENCY)).isCloseTo(0.05, within(0.02));
    assertThat(share(first, null)).isCloseTo(0.76, within(0.04));
    List<Duration> delays = first.stream().flatMap(Optional::stream).filter(f -> f.kind() == Fault.Kind.LATENCY)
        .map(Fault::duration).toList();
    assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(2)));
    assertThat(delays.stream().distinct().count()).isGreaterThan(1);
    assertThat(picks(new SandboxFaults().random(PDS, 43, rates), 2000)).isNotEqualTo(first);
  }

  @Test
  void randomFaultsOverHttpRepeatForTheSameSeed() throws IOException {
    Map<Fault, Double> rates = Map.of(Fault.serviceUnavailable(Duration.ofSeconds(1)), 0.3,
        Fault.tooManyRequests(), 0.2);
    List<Integer> statuses = new ArrayList<>();
    sandbox.faults().random(PDS, 7, rates);
    for (int i = 0; i < 40; i++) {
      statuses.add(status(JANE));
    }
    try (NhsSandbox other = NhsSandbox.start()) {
      other.faults().random(PDS, 7, rates);
      for (int i = 0; i < 40; i++) {
        assertThat(status(other, JANE)).as("request %d", i).isEqualTo(statuses.get(i));
      }
    }
    assertThat(statuses).contains(200, 429, 503);
  }

  @Test
  void rateLimitRefusesRequestsBeyondTheRateInAnyRollingSecond() {
    SandboxFaults faults = new SandboxFaults().rateLimit(PDS, 3);

    for (int i = 0; i < 3; i++) {
      assertThat(faults.pick(PDS, i * SECOND / 10)).isNull();
    }
    assertThat(faults.pick(PDS, SECOND / 2)).isEqualTo(Fault.tooManyRequests());
    assertThat(faults.pick("/oauth2/token", SECOND / 2)).isNull();
    assertThat(faults.pick(PDS, SECOND)).isNull();
    assertThat(faults.pick(PDS, SECOND + 1)).isEqualTo(Fault.tooManyRequests());
    assertThat(faults.pick(PDS, SECOND + SECOND / 10)).isNull();
  }

  @Test
  void rateLimitAnswersTooManyRequestsOverHttp() throws IOException {
    sandbox.faults().rateLimit(PDS, 5);

    long started = System.nanoTime();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(status(JANE));
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(statuses).containsOnly(200, 429);
    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo((long) (5 * (seconds + 1)));
  }

  @Test
  void countsTheFaultsInjectedByKindWhicheverRuleInjectedThem() throws IOException {
    sandbox.faults().next(PDS, 2, Fault.serviceUnavailable(Duration.ofSeconds(1))).rateLimit(PDS, 1);

    for (int i = 0; i < 4; i++) {
      status(JANE);
    }
    sandbox.faults().clear();
    status(JANE);

    assertThat(sandbox.faults().injected()).containsExactly(Map.entry(Fault.Kind.TOO_MANY_REQUESTS, 1),
        Map.entry(Fault.Kind.SERVICE_UNAVAILABLE, 2));
  }

  @Test
  void rejectsBadScripts() {
    SandboxFaults faults = sandbox.faults();

    assertThatThrownBy(() -> faults.next("personal-demographics", 1, Fault.serverError()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.next(PDS, 0, Fault.serverError())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.rateLimit(PDS, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.random(PDS, 1, Map.of(Fault.serverError(), 0.6, Fault.disconnect(), 0.5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.random(PDS, 1, Map.of(Fault.serverError(), -0.1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  static List<Optional<Fault>> picks(SandboxFaults faults, int count) {
    List<Optional<Fault>> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(Optional.ofNullable(faults.pick(PDS + "FHIR/R4/Patient/9000000009", i)));
    }
    return picked;
  }

  /** Returns the share of picks of a kind, or of no fault if {@code kind} is null. */
  static double share(List<Optional<Fault>> picks, Fault.@Nullable Kind kind) {
    return picks.stream().filter(p -> p.map(Fault::kind).orElse(null) == kind).count() / (double) picks.size();
  }

  Response get(String path) throws IOException {
    return get(sandbox, path);
  }

  int status(String path) throws IOException {
    return status(sandbox, path);
  }

  Response get(NhsSandbox target, String path) throws IOException {
    return raw.newCall(new Request.Builder().url(target.baseUrl() + path)
        .header("X-Request-ID", UUID.randomUUID().toString()).build()).execute();
  }

  int status(NhsSandbox target, String path) throws IOException {
    try (Response response = get(target, path)) {
      response.body().string();
      return response.code();
    }
  }
}
