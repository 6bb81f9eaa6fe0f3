package dev.nhsapi.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The platform refused the call because the application sent too many requests (HTTP 429). The transport
 * already retried it with backoff; {@link #retryAfter()} tells how long the server asked to wait, when it said.
 */
public class RateLimitedException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (429)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public RateLimitedException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    super(statusCode, details, retryAfter, requestId, correlationId);
  }
}
