package dev.nhsapi.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform answered with an error status. Subclasses name the statuses callers handle differently:
 * {@link InvalidRequestException} (400, 422), {@link AuthenticationException} (401),
 * {@link ForbiddenException} (403), {@link ResourceNotFoundException} (404, 410), {@link ConflictException}
 * (409, 412), {@link RateLimitedException} (429) and {@link ServiceUnavailableException} (408 and 5xx); any
 * other status is reported as this class itself.
 *
 * <p>The message reads {@code HTTP 404 RESOURCE_NOT_FOUND (not-found) [X-Request-ID ...]}: the status, the NHS
 * error code and the FHIR issue type, by allow-list (a code that is not shaped like one shows as {@code ?}), and
 * the request id. The server's free text (an OperationOutcome's display and diagnostics, a gateway's
 * {@code faultstring}, a token endpoint's {@code error_description}) may echo the caller's input, so it is never
 * part of the message or of {@code toString()}: read it from {@link #details()} or {@link #diagnostics()} and
 * log it knowingly.
 */
public class NhsHttpException extends NhsApiException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status. */
  private final int statusCode;
  private final transient ErrorDetails details;
  /** The wait the server asked for in {@code Retry-After}, or null. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception for an error answer.
   *
   * @param statusCode the HTTP status
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @throws NullPointerException if {@code details} is null
   */
  public NhsHttpException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId) {
    this(statusCode, details, retryAfter, requestId, correlationId, null);
  }

  /**
   * Creates an exception whose message ends with advice on the usual cause.
   *
   * @param statusCode the HTTP status
   * @param details what the error body said
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or null
   * @param requestId the call's {@code X-Request-ID}
   * @param correlationId the call's {@code X-Correlation-ID}, or null
   * @param advice one sentence on the usual cause and fix, or null
   * @throws NullPointerException if {@code details} is null
   */
  protected NhsHttpException(
      int statusCode,
      ErrorDetails details,
      @Nullable Duration retryAfter,
      @Nullable String requestId,
      @Nullable String correlationId,
      @Nullable String advice) {
    super(message(statusCode, details, requestId) + (advice == null ? "" : " " + advice), null, requestId,
        correlationId);
    this.statusCode = statusCode;
    this.details = Objects.requireNonNull(details, "details == null");
    this.retryAfter = retryAfter;
  }

  private static String message(int statusCode, ErrorDetails details, @Nullable String requestId) {
    StringBuilder message = new StringBuilder("HTTP ").append(statusCode);
    if (details.code() != null) {
      message.append(' ').append(ServerCodes.shown(details.code()));
    }
    if (details.issueType() != null) {
      message.append(" (").append(ServerCodes.shown(details.issueType())).append(')');
    }
    return message.append(requestIdSuffix(requestId)).toString();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns everything the error body said.
   *
   * @return the details; all fields are null when the body was in no known shape
   */
  public ErrorDetails details() {
    return details;
  }

  /**
   * Returns the NHS error code ({@code issue[0].details.coding[0].code}, for example {@code INVALID_VALUE}),
   * or the OAuth or gateway error code for non-FHIR errors.
   *
   * @return the code, or null if the body carried none
   */
  public @Nullable String errorCode() {
    return details.code();
  }

  /**
   * Returns the first issue's diagnostics. They may echo the request's values: show them to a developer, and log
   * them only where patient data may be logged. The rest of the server's free text is in {@link #details()}.
   *
   * @return the diagnostics, or null
   */
  public @Nullable String diagnostics() {
    return details.diagnostics();
  }

  /**
   * Returns the OperationOutcome with all its issues.
   *
   * @return the outcome, or null if the body was not an OperationOutcome
   */
  public @Nullable OperationOutcome operationOutcome() {
    return details.operationOutcome();
  }

  /**
   * Returns how long the server asked the caller to wait before trying again ({@code Retry-After}).
   *
   * @return the wait, or empty if the server did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
