package dev.nhsapi.core.auth;

import dev.nhsapi.core.NhsEnvironment;
import okhttp3.Headers;

/**
 * Authenticates calls: supplies the headers that prove who the application (or its user) is.
 *
 * <p>The transport asks for the headers before every attempt, so an implementation that holds an access
 * token can refresh it when it nears expiry. Implementations must be thread-safe, and must never reveal
 * secrets in {@code toString()}, logs or exception messages.
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
   * Returns the headers to add to an attempt sent to {@code environment}.
   *
   * @param environment the environment the call goes to, for example to find its token URL
   * @return the headers, possibly empty
   * @throws dev.nhsapi.core.NhsApiException if a token was needed and could not be obtained
   */
  Headers headers(NhsEnvironment environment);
}
