package dev.nhsapi.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshTokenCredentialsTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  final FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
  final TokenResponse initial =
      new TokenResponse("token-0", "Bearer", Duration.ofSeconds(599), "refresh-0", Duration.ofHours(12), null);

  @Test
  void usesTheInitialTokenUntilItIsDueThenRefreshesWithTheRotatedRefreshToken() {
    RefreshTokenCredentials credentials = RefreshTokenCredentials.of("client", "secret", initial, clock);

    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-0");
    clock.advance(Duration.ofSeconds(545));
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    clock.advance(Duration.ofSeconds(545));
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-2");

    assertThat(endpoint.forms).extracting(form -> form.get("refresh_token")).containsExactly("refresh-0", "refresh-1");
    assertThat(endpoint.forms.get(0)).containsEntry("grant_type", "refresh_token")
        .containsEntry("client_id", "client").containsEntry("client_secret", "secret");
  }

  @Test
  void invalidateMakesTheNextCallRefresh() {
    RefreshTokenCredentials credentials = RefreshTokenCredentials.of("client", "secret", initial, clock);
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-0");

    credentials.invalidate();

    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(endpoint.forms).extracting(form -> form.get("refresh_token")).containsExactly("refresh-0");
  }

  @Test
  void manyThreadsSpendEachSingleUseRefreshTokenOnce() throws Exception {
    RefreshTokenCredentials credentials = RefreshTokenCredentials.of("client", "secret", initial, clock);
    clock.advance(Duration.ofSeconds(590));
    List<String> seen = Concurrently.run(16, () -> credentials.headers(endpoint).get("Authorization"));

    assertThat(seen).containsOnly("Bearer token-1");
    assertThat(endpoint.forms).hasSize(1);
  }

  @Test
  void a401ForcesARefreshAndAnExpiredRefreshTokenSurfacesAsAuthenticationFailure() {
    RefreshTokenCredentials credentials = RefreshTokenCredentials.of("client", "secret", initial, clock);
    okhttp3.Headers rejected = credentials.headers(endpoint);

    assertThat(credentials.refreshAfterUnauthorized(rejected)).isTrue();
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");

    endpoint.answer = form -> {
      throw new AuthenticationException(401, new ErrorDetails("invalid_grant", null, "refresh_token is invalid",
          null, null, null), null, "rid", null);
    };
    credentials.refreshAfterUnauthorized(credentials.headers(endpoint));
    assertThatThrownBy(() -> credentials.headers(endpoint)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void requiresARefreshTokenAndHidesSecrets() {
    TokenResponse withoutRefresh = new TokenResponse("t", "Bearer", Duration.ofSeconds(599), null, null, null);
    assertThatThrownBy(() -> RefreshTokenCredentials.of("client", "secret", withoutRefresh))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RefreshTokenCredentials.of("client", "secret-value", initial)).asString()
        .doesNotContain("secret-value", "token-0", "refresh-0");
  }
}
