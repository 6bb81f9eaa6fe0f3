package dev.nhsapi.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The platform answered with an error status. Subclasses name the statuses callers handle differently:
 * {@link InvalidRequestException} (400, 422), {@link AuthenticationException} (401),
 * {@link ForbiddenException} (403), {@link ResourceNotFoundException} (404, 410), {@link ConflictException}
 * (409, 412), {@link RateLimitedException} (429) and {@link ServiceUnavailableException} (408 and 5xx); any
 * other status is reported as this class itself.
 *
 * <p>The message reads {@code HTTP 404 RESOURCE_NOT_FOUND (not-found): Resource not found [X-Request-ID ...]}:
 * the status, the NHS error code, the FHIR issue type and the code's fixed description. The server's
 * diagnostics are available from {@link #diagnostics()} but never part of the message, because they may echo
 * the caller's input.
 */
public class NhsHttpException extends NhsApiException {
  private static final long serialVersionUID = 1L;
  /** Runs of digits long enough to be an identifier. */
  private static final Pattern DIGITS = Pattern.compile("\\d{6,}");
  /** Token-like strings: long runs of base64url characters that hold a digit. */
  private static final Pattern TOKEN = Pattern.compile("(?=[A-Za-z0-9_+/=.-]*\\d)[A-Za-z0-9_+/=.-]{24,}");

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
      message.append(' ').append(oneLine(details.code()));
    }
    if (details.issueType() != null) {
      message.append(" (").append(oneLine(details.issueType())).append(')');
    }
    if (details.description() != null) {
      message.append(": ").append(TOKEN.matcher(oneLine(details.description())).replaceAll("***"));
    }
    return message.append(requestIdSuffix(requestId)).toString();
  }

  /** Keeps server text to one short line and masks digit runs that could be an identifier. */
  private static String oneLine(String text) {
    String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (line.length() > 200) {
      line = line.substring(0, 200) + "...";
    }
    return DIGITS.matcher(line).replaceAll("***");
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
   * Returns the first issue's diagnostics. They may echo the request's values: show them to a developer, do
   * not log them.
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
