package dev.nhsapi.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The platform rejected the request as invalid (HTTP 400 or 422): a bad header, parameter or body. The
 * {@linkplain #errorCode() NHS code} says which rule, for example {@code INVALID_VALUE}, {@code MISSING_VALUE} or
 * {@code INVALID_SEARCH_DATA}. Resending the same request will fail the same way.
 */
public class InvalidRequestException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (400 or 422)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public InvalidRequestException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    super(statusCode, details, retryAfter, requestId, correlationId);
  }
}
