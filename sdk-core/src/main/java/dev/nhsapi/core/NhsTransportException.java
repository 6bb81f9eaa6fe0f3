package dev.nhsapi.core;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The call failed below HTTP: the connection was refused, reset or dropped, a response was cut short, or an
 * attempt timed out while reading. The transport has already retried where that was safe. The cause is the
 * underlying {@link IOException}.
 */
public class NhsTransportException extends NhsApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a one-line message without patient data
   * @param cause the I/O failure
   * @param requestId the call's {@code X-Request-ID}, or null
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   */
  public NhsTransportException(
      String message, IOException cause, @Nullable String requestId, @Nullable String correlationId) {
    super(message + requestIdSuffix(requestId), cause, requestId, correlationId);
  }
}
