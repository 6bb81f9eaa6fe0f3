package dev.nhsapi.core;

import org.jspecify.annotations.Nullable;

/**
 * A success response arrived in full but its body could not be decoded into the expected type: malformed
 * JSON, or JSON of the wrong shape; a number or string past the decoder's length limits; decoding still running
 * when the call's deadline passed; or the body was larger than
 * {@link NhsTransport.Builder#maxResponseBytes(long)} allows. Retrying would not help. The message names the
 * rule that failed, never the body's content.
 */
public class NhsDecodeException extends NhsApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a one-line message without patient data, naming what was expected
   * @param cause the decoder's failure, or null
   * @param requestId the call's {@code X-Request-ID}, or null
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   */
  public NhsDecodeException(
      String message, @Nullable Throwable cause, @Nullable String requestId, @Nullable String correlationId) {
    super(message + requestIdSuffix(requestId), cause, requestId, correlationId);
  }
}
