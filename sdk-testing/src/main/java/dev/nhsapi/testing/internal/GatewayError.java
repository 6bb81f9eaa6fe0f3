package dev.nhsapi.testing.internal;

import mockwebserver3.MockResponse;

/**
 * The errors the platform's gateway answers before or instead of an API, in the shape of the endpoint: OAuth 2.0
 * JSON ({@code error}, {@code error_description}) for the token endpoint, an {@code OperationOutcome} elsewhere.
 */
enum GatewayError {
  TOO_MANY_REQUESTS(429, "value", "TOO_MANY_REQUESTS", "Too many requests", "too_many_requests",
      "Your application has created a spike in traffic that exceeds the spike arrest limit; slow down and retry"),
  SERVICE_UNAVAILABLE(503, "timeout", "SERVICE_UNAVAILABLE", "Service unavailable", "temporarily_unavailable",
      "The service is currently unavailable; retry after the time given in the Retry-After header"),
  UNKNOWN_ERROR(500, "unknown", "UNKNOWN_ERROR", "Unknown error", "server_error",
      "An internal server error occurred"),
  BODY_TOO_LARGE(413, "value", "INVALID_VALUE", "Provided value is invalid", "invalid_request",
      "Request body is larger than " + SandboxDispatcher.BODY_LIMIT + " bytes");

  private final int status;
  private final String issueCode;
  private final String nhsCode;
  private final String display;
  private final String oauthError;
  private final String diagnostics;

  GatewayError(
      int status, String issueCode, String nhsCode, String display, String oauthError, String diagnostics) {
    this.status = status;
    this.issueCode = issueCode;
    this.nhsCode = nhsCode;
    this.display = display;
    this.oauthError = oauthError;
    this.diagnostics = diagnostics;
  }

  /** Answers with this error, as OAuth 2.0 JSON if {@code oauth}, else as an {@code OperationOutcome}. */
  MockResponse answer(boolean oauth) {
    return oauth
        ? Responses.json(status, "{\"error\":\"" + oauthError + "\",\"error_description\":\"" + diagnostics + "\"}")
        : Outcomes.error(status, "error", issueCode, nhsCode, display, diagnostics);
  }
}
