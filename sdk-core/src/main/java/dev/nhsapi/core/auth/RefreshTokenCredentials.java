package dev.nhsapi.core.auth;

import dev.nhsapi.core.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Headers;

/**
 * User-restricted access that keeps itself fresh with the refresh-token grant: start it from the token response
 * of the authorization-code flow ({@link AuthorizationCode#exchangeCode}) or of a token exchange
 * ({@link TokenExchange#exchange}).
 *
 * <p>Refresh tokens are single-use: once exchanged, the old one is rejected with {@code invalid_grant}. So one
 * thread at a time refreshes, and the new access and refresh tokens replace the old pair together. When the
 * refresh token itself has expired or was revoked, calls fail with an {@link AuthenticationException} and the
 * user must sign in again.
 *
 * <p>Thread-safe; {@link #toString()} never shows a token or the client secret.
 */
public final class RefreshTokenCredentials implements Credentials {
  private final String clientId;
  private final String clientSecret;
  private final Duration refreshAhead;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile State state;

  /** The current pair; replaced as a whole, never field by field. */
  /** One token pair; compared by identity, since each refresh stores a new one. */
  private record State(AccessToken access, String refreshToken) {}

  private RefreshTokenCredentials(
      String clientId, String clientSecret, TokenResponse initial, Duration refreshAhead, Clock clock) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.refreshAhead = refreshAhead;
    this.clock = clock;
    this.state = state(initial, clock.instant());
  }

  /**
   * Returns credentials that start from {@code initial} and refresh 60 s before its access token expires.
   *
   * @param clientId the application's API key
   * @param clientSecret the application's secret
   * @param initial a token response that carries a refresh token
   * @return the credentials
   * @throws IllegalArgumentException if {@code initial} has no refresh token
   * @throws NullPointerException if an argument is null
   */
  public static RefreshTokenCredentials of(String clientId, String clientSecret, TokenResponse initial) {
    return of(clientId, clientSecret, initial, Clock.systemUTC());
  }

  static RefreshTokenCredentials of(String clientId, String clientSecret, TokenResponse initial, Clock clock) {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    Objects.requireNonNull(initial, "initial == null");
    return new RefreshTokenCredentials(clientId, clientSecret, initial, Duration.ofSeconds(60), clock);
  }

  private static State state(TokenResponse response, Instant now) {
    if (response.refreshToken() == null) {
      throw new IllegalArgumentException("the token response has no refresh token");
    }
    return new State(new AccessToken(response.accessToken(), now, now.plus(response.expiresIn())),
        response.refreshToken());
  }

  @SuppressWarnings("ReferenceEquality") // has another thread stored a new pair?
  @Override
  public Headers headers(TokenEndpoint tokenEndpoint) {
    State current = state;
    Instant now = clock.instant();
    if (now.isBefore(current.access().expiresAt().minus(refreshAhead))) {
      return bearer(current);
    }
    lock.lock();
    try {
      if (state != current) {
        return bearer(state); // another thread refreshed while this one waited
      }
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "refresh_token");
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret);
      form.put("refresh_token", current.refreshToken());
      state = state(tokenEndpoint.request(form), now);
      return bearer(state);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean refreshAfterUnauthorized(Headers rejected) {
    State current = state;
    if (!("Bearer " + current.access().value()).equals(rejected.get("Authorization"))) {
      return true; // already refreshed since: replay with the new token
    }
    expire(current);
    return true;
  }

  /** Makes the next call refresh the access token; the refresh token is kept. */
  @Override
  public void invalidate() {
    expire(state);
  }

  /** Forces the next headers() to refresh, unless another thread has replaced {@code current} meanwhile. */
  @SuppressWarnings("ReferenceEquality") // has another thread stored a new pair?
  private void expire(State current) {
    lock.lock();
    try {
      if (state == current) { // keep the refresh token, expire the access token now
        Instant now = clock.instant();
        state = new State(new AccessToken(current.access().value(), now.minusSeconds(1), now), current.refreshToken());
      }
    } finally {
      lock.unlock();
    }
  }

  private static Headers bearer(State state) {
    return Headers.of("Authorization", "Bearer " + state.access().value());
  }

  @Override
  public String toString() {
    return "RefreshTokenCredentials[clientId=***, token=***]";
  }
}
