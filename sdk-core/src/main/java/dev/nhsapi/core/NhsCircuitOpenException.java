package dev.nhsapi.core;

import org.jspecify.annotations.Nullable;

/**
 * The call was not sent because the API's circuit breaker is open: recent attempts to it mostly failed, so
 * the transport fails fast instead of adding load to a service that is down. The breaker lets probe calls
 * through after its open duration (see {@link CircuitBreakerOptions}) and closes again once they succeed.
 */
public class NhsCircuitOpenException extends NhsApiException {
  private static final long serialVersionUID = 1L;

  /** The name of the API whose breaker is open. */
  private final String api;

  /**
   * Creates an exception.
   *
   * @param api the name of the API whose breaker is open
   * @param cause the failure of the call's previous attempt, or null if the breaker was open from the start
   * @param requestId the call's {@code X-Request-ID}, or null
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   */
  public NhsCircuitOpenException(
      String api, @Nullable Throwable cause, @Nullable String requestId, @Nullable String correlationId) {
    super("circuit breaker for " + api + " is open; call not sent" + requestIdSuffix(requestId),
        cause, requestId, correlationId);
    this.api = api;
  }

  /**
   * Returns the name of the API whose breaker is open.
   *
   * @return the API name, for example {@code pds}
   */
  public String api() {
    return api;
  }
}
