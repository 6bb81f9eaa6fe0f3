package dev.nhsapi.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure the SDK reports about a call: an error answer from the platform
 * ({@link NhsHttpException} and its subclasses), a failed connection ({@link NhsTransportException}), a missed
 * deadline ({@link NhsDeadlineExceededException}), an open circuit ({@link NhsCircuitOpenException}) or a body
 * that could not be decoded ({@link NhsDecodeException}).
 *
 * <p>Misuse (a null argument, an invalid NHS number, an impossible search) is reported with the JDK's
 * {@link IllegalArgumentException}, {@link IllegalStateException} or {@link NullPointerException} instead,
 * before any I/O.
 *
 * <p>Messages are one line and never contain patient data, tokens or bodies. Quote {@link #requestId()} when
 * asking NHS England support about a call.
 */
public abstract class NhsApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The call's {@code X-Request-ID}, or null. */
  private final @Nullable String requestId;
  /** The call's {@code X-Correlation-ID}, or null. */
  private final @Nullable String correlationId;

  /**
   * Creates an exception.
   *
   * @param message a one-line message without patient data
   * @param cause the underlying cause, or null
   * @param requestId the call's {@code X-Request-ID}, or null if the call never got one
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   */
  protected NhsApiException(
      String message, @Nullable Throwable cause, @Nullable String requestId, @Nullable String correlationId) {
    super(message, cause);
    this.requestId = requestId;
    this.correlationId = correlationId;
  }

  /**
   * Returns the {@code X-Request-ID} that every attempt of the failed call carried.
   *
   * @return the request id, or null if the call failed before it got one
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Returns the call's {@code X-Correlation-ID}.
   *
   * @return the correlation id, or null
   */
  public @Nullable String correlationId() {
    return correlationId;
  }

  /**
   * Returns " [X-Request-ID id]" for appending to a message, or an empty string when there is no id.
   *
   * @param requestId the request id, or null
   * @return the suffix
   */
  static String requestIdSuffix(@Nullable String requestId) {
    return requestId == null ? "" : " [X-Request-ID " + requestId + "]";
  }
}
