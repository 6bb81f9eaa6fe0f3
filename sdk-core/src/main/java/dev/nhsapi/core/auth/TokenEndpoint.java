package dev.nhsapi.core.auth;

import dev.nhsapi.core.NhsEnvironment;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OAuth 2.0 token endpoint of one environment ({@code {base}/oauth2/token}), as the transport reaches it:
 * through the same pipeline as API calls (request ids, rate limit, redacted logging, events under
 * {@link dev.nhsapi.core.NhsApi#OAUTH}), without credentials of its own.
 *
 * <p>Obtain one from {@link dev.nhsapi.core.NhsTransport#tokenEndpoint()} to run the user-restricted flows
 * ({@link TokenExchange}, {@link RefreshTokenCredentials}). Instances are thread-safe.
 */
public interface TokenEndpoint {
  /**
   * Returns the environment whose token endpoint this is.
   *
   * @return the environment
   */
  NhsEnvironment environment();

  /**
   * Returns how long a token may still take: the time left to the API call on whose behalf credentials are
   * asked for headers, or, for the endpoint of {@link dev.nhsapi.core.NhsTransport#tokenEndpoint()}, the
   * transport's call timeout. A token request through this endpoint gives up when it runs out, and credentials
   * waiting for another thread's token fetch should wait no longer. The default is unbounded.
   *
   * @return the time left, zero or positive
   */
  default Duration timeLeft() {
    return Duration.ofSeconds(Long.MAX_VALUE);
  }

  /**
   * Posts a token request as {@code application/x-www-form-urlencoded} (no charset suffix, as the platform
   * requires) and returns the token the endpoint issued.
   *
   * @param form the form fields, for example {@code grant_type}; sent in iteration order
   * @return the issued token
   * @throws dev.nhsapi.core.AuthenticationException if the endpoint refused the request; its
   *     {@link dev.nhsapi.core.AuthenticationException#advice()} explains the usual cause
   * @throws dev.nhsapi.core.NhsDecodeException if the endpoint's answer is not a token response
   * @throws dev.nhsapi.core.NhsApiException if the endpoint could not be reached in time
   */
  TokenResponse request(Map<String, String> form);

  /**
   * Posts a token request whose form is built afresh for each attempt, so that a resend (after a refused
   * connection, or a 503 with {@code Retry-After}) carries a new client assertion: the platform refuses a
   * {@code jti} it has seen. The default builds the form once and calls {@link #request(Map)}.
   *
   * @param form called once per attempt for the form fields, sent in iteration order
   * @return the issued token
   * @throws dev.nhsapi.core.AuthenticationException if the endpoint refused the request; its
   *     {@link dev.nhsapi.core.AuthenticationException#advice()} explains the usual cause
   * @throws dev.nhsapi.core.NhsDecodeException if the endpoint's answer is not a token response
   * @throws dev.nhsapi.core.NhsApiException if the endpoint could not be reached in time
   */
  default TokenResponse request(Supplier<Map<String, String>> form) {
    return request(form.get());
  }
}
