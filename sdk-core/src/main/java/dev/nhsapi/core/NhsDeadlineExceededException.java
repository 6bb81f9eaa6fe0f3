package dev.nhsapi.core;

import org.jspecify.annotations.Nullable;

/**
 * The call did not finish within its deadline ({@link RequestOptions.Builder#timeout} or the transport's call
 * timeout), which bounds every attempt, backoff and wait for a rate-limit permit together. The cause, when
 * present, is the failure of the last attempt.
 */
public class NhsDeadlineExceededException extends NhsApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a one-line message without patient data
   * @param cause the last attempt's failure, or null
   * @param requestId the call's {@code X-Request-ID}, or null
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   */
  public NhsDeadlineExceededException(
      String message, @Nullable Throwable cause, @Nullable String requestId, @Nullable String correlationId) {
    super(message + requestIdSuffix(requestId), cause, requestId, correlationId);
  }
}
