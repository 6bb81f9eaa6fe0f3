package dev.nhsapi.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The platform did not accept the credentials (HTTP 401): a missing, invalid or expired access token,
 * or a client assertion the token endpoint refused. For token-endpoint errors {@linkplain #errorCode() the code}
 * is the OAuth {@code error} and the description says exactly which rule failed.
 */
public class AuthenticationException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (401)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public AuthenticationException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    super(statusCode, details, retryAfter, requestId, correlationId);
  }
}
