package dev.nhsapi.core.auth;

import java.util.Objects;
import okhttp3.Headers;

/**
 * User-restricted access with tokens from a {@link TokenProvider}: the application runs the NHS CIS2 or NHS login
 * flow itself and hands the SDK the access token. Thread-safe; {@link #toString()} never shows a token.
 *
 * <p>After a 401 the provider is told ({@link TokenProvider#invalidate(String)}), and the call is replayed once
 * only if the provider then supplies a different token; a fixed token's 401 is final.
 */
public final class UserTokenCredentials implements Credentials {
  private final TokenProvider provider;

  private UserTokenCredentials(TokenProvider provider) {
    this.provider = provider;
  }

  /**
   * Returns credentials that send the provider's token as {@code Authorization: Bearer}.
   *
   * @param provider the token source
   * @return the credentials
   * @throws NullPointerException if {@code provider} is null
   */
  public static UserTokenCredentials of(TokenProvider provider) {
    return new UserTokenCredentials(Objects.requireNonNull(provider, "provider == null"));
  }

  @Override
  public Headers headers(TokenEndpoint tokenEndpoint) {
    String token = provider.accessToken();
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the TokenProvider returned no access token");
    }
    return Headers.of("Authorization", "Bearer " + token);
  }

  @Override
  public boolean refreshAfterUnauthorized(Headers rejected) {
    String authorization = rejected.get("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String rejectedToken = authorization.substring(7);
    provider.invalidate(rejectedToken);
    // A provider that hands back the same token (a fixed one, or one it could not refresh) would only be
    // refused again: the 401 is final, one request per call.
    return !rejectedToken.equals(provider.accessToken());
  }

  @Override
  public String toString() {
    return "UserTokenCredentials[token=***]";
  }
}
