package dev.nhsapi.core;

import org.jspecify.annotations.Nullable;

/**
 * What an error response said, whichever of the platform's three error shapes it came in: a FHIR
 * OperationOutcome, an OAuth 2.0 error ({@code {error, error_description, message_id}}) or a gateway fault
 * ({@code {fault: {faultstring, detail: {errorcode}}}}). Bodies in none of these shapes (HTML, text, empty,
 * truncated) give details with every field null.
 *
 * <p>The description and diagnostics are the server's free text, which may echo the caller's input (a name, a date
 * of birth, an NHS number, an API key): read them to show a developer, and log them knowingly. {@link #toString()}
 * shows the codes and message id, by allow-list, and {@code ***} for free text.
 *
 * @param code the NHS error code ({@code issue[0].details.coding[0].code}), the OAuth {@code error}, or the
 *     gateway's {@code errorcode}; null if none
 * @param issueType the FHIR issue type of the first issue ({@code not-found}, {@code value}...), or null
 * @param description text describing the error: the coding's display, the OAuth {@code error_description} or the
 *     gateway's {@code faultstring}; null if none; may echo input, like the diagnostics
 * @param diagnostics the first issue's diagnostics, or null; may echo input, so never log it
 * @param operationOutcome the whole OperationOutcome, or null if the body was not one
 * @param messageId the platform's {@code message_id}, to quote in support requests, or null
 */
public record ErrorDetails(
    @Nullable String code,
    @Nullable String issueType,
    @Nullable String description,
    @Nullable String diagnostics,
    @Nullable OperationOutcome operationOutcome,
    @Nullable String messageId) {

  private static final ErrorDetails NONE = new ErrorDetails(null, null, null, null, null, null);

  /**
   * Returns details with nothing known, for bodies in none of the platform's error shapes.
   *
   * @return empty details
   */
  public static ErrorDetails none() {
    return NONE;
  }

  @Override
  public String toString() {
    return "ErrorDetails[code=" + ServerCodes.shown(code) + ", issueType=" + ServerCodes.shown(issueType)
        + ", description=" + ServerCodes.masked(description) + ", diagnostics=" + ServerCodes.masked(diagnostics)
        + ", messageId=" + ServerCodes.shownId(messageId) + ", operationOutcome=" + operationOutcome + "]";
  }
}
