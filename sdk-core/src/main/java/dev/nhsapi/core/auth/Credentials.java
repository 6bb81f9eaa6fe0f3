package dev.nhsapi.core.auth;

import okhttp3.Headers;

/**
 * Authenticates calls: supplies the headers that prove who the application (or its user) is.
 *
 * <p>The SDK provides {@link #none()}, {@link ApiKeyCredentials}, {@link SignedJwtCredentials} and
 * {@link UserTokenCredentials}; implement this interface only for a scheme they do not cover. The transport asks
 * for the headers before every attempt, so an implementation holding an access token can refresh it as it nears
 * expiry. Implementations must be thread-safe, and must never reveal secrets in {@code toString()}, logs or
 * exception messages.
 */
public interface Credentials {
  /**
   * Returns credentials that add nothing, for open-access environments such as the hosted sandbox.
   *
   * @return credentials without headers
   */
  static Credentials none() {
    return NoCredentials.INSTANCE;
  }

  /**
   * Returns the headers to add to an attempt.
   *
   * @param tokenEndpoint the OAuth 2.0 token endpoint of the environment the call goes to, for credentials
   *     that obtain access tokens
   * @return the headers, possibly empty
   * @throws dev.nhsapi.core.AuthenticationException if a token was needed and the token endpoint refused it
   * @throws dev.nhsapi.core.NhsApiException if a token was needed and could not be obtained
   */
  Headers headers(TokenEndpoint tokenEndpoint);

  /**
   * Called when an API answered 401 to an attempt that carried {@code rejected}. Credentials holding a cached
   * token drop it (if it is still the one rejected) and return true, and the transport replays the attempt once
   * with fresh headers. The default returns false: nothing would change, so the 401 is final.
   *
   * @param rejected the headers this object supplied for the rejected attempt
   * @return whether a replay may succeed
   */
  default boolean refreshAfterUnauthorized(Headers rejected) {
    return false;
  }

  /**
   * Drops any access token these credentials have cached, so that the next call obtains a new one: for example
   * after the application's key was rotated or its token revoked. Thread-safe; a call already holding the old
   * token carries on with it. The default does nothing: credentials without a token cache have nothing to drop.
   */
  default void invalidate() {}
}
