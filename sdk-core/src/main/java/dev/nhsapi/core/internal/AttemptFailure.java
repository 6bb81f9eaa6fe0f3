package dev.nhsapi.core.internal;

import dev.nhsapi.core.NhsApiException;

/**
 * Carries one attempt's failure through Resilience4j's retry: the exception the caller will see if no retry
 * follows, and the wait before the next attempt, or -1 when the failure is final.
 */
final class AttemptFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final NhsApiException exception;
  private final long delayMillis;

  private AttemptFailure(NhsApiException exception, long delayMillis) {
    super(null, null, false, false);
    this.exception = exception;
    this.delayMillis = delayMillis;
  }

  static AttemptFailure fatal(NhsApiException exception) {
    return new AttemptFailure(exception, -1);
  }

  static AttemptFailure retryAfter(NhsApiException exception, long delayMillis) {
    return new AttemptFailure(exception, delayMillis);
  }

  NhsApiException exception() {
    return exception;
  }

  boolean retryable() {
    return delayMillis >= 0;
  }

  long delayMillis() {
    return delayMillis;
  }
}
