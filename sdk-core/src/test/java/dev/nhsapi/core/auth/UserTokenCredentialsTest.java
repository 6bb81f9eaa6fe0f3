package dev.nhsapi.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class UserTokenCredentialsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();

  NhsTransport transport(TokenProvider provider) {
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .credentials(UserTokenCredentials.of(provider))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled())
        .build();
  }

  /** Issue 16 defect 7: a fixed token's 401 was replayed, two requests per call when nothing could change. */
  @Test
  void aFixedTokensUnauthorizedIsFinalAfterOneRequest() {
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThatThrownBy(() -> transport(() -> "fixed-token").execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void replaysOnceWithTheNewTokenAProviderGivesAfterInvalidation() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    AtomicInteger generation = new AtomicInteger();
    TokenProvider rotating = new TokenProvider() {
      @Override
      public String accessToken() {
        return "token-" + generation.get();
      }

      @Override
      public void invalidate(String token) {
        generation.incrementAndGet();
      }
    };

    assertThat(transport(rotating).execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-0");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
  }
}
