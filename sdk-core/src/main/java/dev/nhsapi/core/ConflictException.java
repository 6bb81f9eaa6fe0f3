package dev.nhsapi.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The write was based on a stale or missing version (HTTP 409 {@code RESOURCE_VERSION_MISMATCH}, or
 * 412 {@code PRECONDITION_FAILED} when {@code If-Match} was missing). Read the resource again, reapply the
 * change and resend.
 */
public class ConflictException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (409 or 412)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public ConflictException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    super(statusCode, details, retryAfter, requestId, correlationId);
  }
}
