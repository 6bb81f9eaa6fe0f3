package dev.nhsapi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.RetryOptions;
import java.util.UUID;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The set-up every client test shares: an {@link NhsClient} pointed at a {@link MockWebServer} with retries and
 * the rate limit off, so each test sees exactly the requests it enqueued answers for; and the per-call options
 * the tests of each client's {@code *WithResponse} forms and paged searches give.
 */
public final class TestClients {
  /** Per-call options every call they are given to shows: a correlation id and an extra header. */
  public static final RequestOptions TRACED = RequestOptions.builder().correlationId("trace-1")
      .header("NHSD-Session-URID", "555254240100").build();

  /** Per-call options with a request id, which a paged search refuses since no two calls share one. */
  public static final RequestOptions WITH_REQUEST_ID = RequestOptions.builder()
      .requestId(UUID.fromString("60e0b220-8136-4ca5-ae46-1d97ef59d068")).build();

  private TestClients() {}

  /**
   * Checks that a request carried {@link #TRACED}'s correlation id and header.
   *
   * @param request the request the server received
   */
  public static void assertTraced(RecordedRequest request) {
    assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("trace-1");
    assertThat(request.getHeaders().get("NHSD-Session-URID")).isEqualTo("555254240100");
  }

  /**
   * Checks that a paged search given {@link #WITH_REQUEST_ID} is refused before any call.
   *
   * @param server the mock server
   * @param search starts the paged search with the options it is given
   */
  public static void assertRefusesARequestId(MockWebServer server, Consumer<RequestOptions> search) {
    int before = server.getRequestCount();
    assertThatIllegalArgumentException().isThrownBy(() -> search.accept(WITH_REQUEST_ID))
        .withMessageStartingWith("a paged search makes one call per page, each with its own X-Request-ID");
    assertThat(server.getRequestCount()).isEqualTo(before);
  }

  /**
   * Returns a builder for a client of {@code server}, retries and rate limit off; a test may add credentials
   * or transport settings (a later {@code transport(..)} call adds to these settings).
   *
   * @param server the mock server
   * @return the builder
   */
  public static NhsClient.Builder against(MockWebServer server) {
    return NhsClient.builder().environment(NhsEnvironment.custom(server.url("/").uri()))
        .transport(t -> t.retry(RetryOptions.disabled()).rateLimit(RateLimitOptions.disabled()));
  }

  /**
   * Returns an answer with a JSON body.
   *
   * @param status the HTTP status
   * @param contentType the media type, such as {@code application/fhir+json}
   * @param body the body
   * @return the answer
   */
  public static MockResponse json(int status, String contentType, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body).build();
  }
}
