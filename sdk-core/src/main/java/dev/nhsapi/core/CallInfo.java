package dev.nhsapi.core;

import java.util.Objects;

/**
 * What an event says about the call it belongs to. It holds no identifiers, query values or bodies, so it is
 * safe to log and to use as metric tags (prefer {@code api}, {@code method} and {@code pathTemplate} as tags:
 * the ids are unique per call).
 *
 * @param api the API
 * @param method the HTTP method
 * @param pathTemplate the path template, for example {@code /Patient/{id}}
 * @param requestId the call's {@code X-Request-ID}, the same on every attempt
 * @param correlationId the call's {@code X-Correlation-ID}
 */
public record CallInfo(NhsApi api, String method, String pathTemplate, String requestId, String correlationId) {
  /**
   * Validates the parts.
   *
   * @param api the API
   * @param method the HTTP method
   * @param pathTemplate the path template
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}
   * @throws NullPointerException if any part is null
   */
  public CallInfo {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    Objects.requireNonNull(requestId, "requestId == null");
    Objects.requireNonNull(correlationId, "correlationId == null");
  }
}
