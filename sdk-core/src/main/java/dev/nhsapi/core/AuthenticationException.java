package dev.nhsapi.core;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform did not accept the credentials: an API answered 401 (a missing, invalid or expired access
 * token), or the OAuth 2.0 token endpoint refused a token request (with any status). For token-endpoint errors
 * {@linkplain #errorCode() the code} is the OAuth {@code error}, {@linkplain ErrorDetails#description() the
 * description} says exactly which rule failed, {@linkplain ErrorDetails#messageId() the message id} identifies
 * the failure to NHS England support, and {@link #advice()} names the usual cause.
 */
public class AuthenticationException extends NhsHttpException {
  private static final long serialVersionUID = 1L;

  /** One sentence on the usual cause, or null. */
  private final @Nullable String advice;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status (401, or any status from the token endpoint)
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
    this(statusCode, details, retryAfter, requestId, correlationId, null);
  }

  /**
   * Creates an exception with advice, which also ends the message.
   *
   * @param statusCode the HTTP status (401, or any status from the token endpoint)
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @param advice one sentence on the usual cause and fix, or null
   * @throws NullPointerException if {@code details} is null
   */
  public AuthenticationException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId,
      @Nullable String advice) {
    super(statusCode, details, retryAfter, requestId, correlationId, advice);
    this.advice = advice;
  }

  /**
   * Returns one sentence on the usual cause of this error and how to fix it, for the platform's documented
   * token-endpoint errors.
   *
   * @return the advice, or empty when the cause is not a known one
   */
  public Optional<String> advice() {
    return Optional.ofNullable(advice);
  }
}
