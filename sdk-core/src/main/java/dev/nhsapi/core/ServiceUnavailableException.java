package dev.nhsapi.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The service failed or did not answer in time (HTTP 408 or 5xx). The transport already retried reads
 * and resendable writes; a PDS write that got 503 with {@code Retry-After} may be resent with the same
 * {@code X-Request-ID} and will not be applied twice.
 */
public class ServiceUnavailableException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (408 or 5xx)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public ServiceUnavailableException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    super(statusCode, details, retryAfter, requestId, correlationId);
  }
}
