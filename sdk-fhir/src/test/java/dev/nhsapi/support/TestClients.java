package dev.nhsapi.support;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RetryOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * The set-up every client test shares: an {@link NhsClient} pointed at a {@link MockWebServer} with retries and
 * the rate limit off, so each test sees exactly the requests it enqueued answers for.
 */
public final class TestClients {
  private TestClients() {}

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
