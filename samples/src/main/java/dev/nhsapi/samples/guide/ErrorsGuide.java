package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.RateLimitedException;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientInvalidatedException;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The "Errors" guide's examples: what to catch, what the exceptions carry, and what to send NHS support. */
public final class ErrorsGuide {
  private static final Logger LOG = System.getLogger(ErrorsGuide.class.getName());

  private ErrorsGuide() {}

  /**
   * Reads a patient from a number a user typed, reporting each kind of failure.
   *
   * @param nhs the client
   * @param typed the number as typed
   * @return the record, or empty if there is none to show
   */
  public static Optional<PatientRecord> read(NhsClient nhs, String typed) {
    // @start region="catch"
    if (!NhsNumber.isValid(typed)) {
      System.out.println("Check the NHS number: its check digit is wrong");   // NhsNumber.of would throw
      return Optional.empty();
    }
    try {
      return Optional.of(nhs.pds().read(NhsNumber.of(typed)));
    } catch (PatientInvalidatedException e) {         // 404 INVALIDATED_RESOURCE
      System.out.println("That record was invalidated; trace the patient by search");
    } catch (ResourceNotFoundException e) {           // 404 RESOURCE_NOT_FOUND
      System.out.println("No patient has that NHS number");
    } catch (RateLimitedException | ServiceUnavailableException e) {
      System.out.println("PDS is busy or down (already retried): try again later");
    } catch (NhsHttpException e) {                    // any other error answer: 400, 401, 403...
      LOG.log(Level.WARNING, e.getMessage());         // one line, no patient data, ends with the request id
    } catch (NhsApiException e) {                     // no answer: connection, deadline, open circuit, bad body
      LOG.log(Level.WARNING, e.getMessage());
    }
    return Optional.empty();
    // @end
  }

  /**
   * Searches, telling PDS's refusals apart by their NHS error code.
   *
   * @param nhs the client
   * @return the result, or empty if PDS refused the search
   */
  public static Optional<PatientSearchResult> searchByCode(NhsClient nhs) {
    // @start region="error-code"
    try {
      return Optional.of(nhs.pds().search(PatientSearch.builder()
          .family("Smith").birthDate(LocalDate.of(2010, 10, 22)).build()));
    } catch (InvalidRequestException e) {
      String advice = switch (String.valueOf(e.errorCode())) {
        case "INVALID_SEARCH_DATA" -> "the parameters are below PDS's minimum";
        case "ADDITIONAL_PROPERTIES" -> "PDS does not know one of the parameters";
        default -> "PDS refused the search";
      };
      System.out.println(advice + " (" + e.errorCode() + ", request " + e.requestId() + ")");
      return Optional.empty();
    }
    // @end
  }

  /**
   * Writes what NHS England support asks for about a failed call.
   *
   * @param e the failure
   * @return the text for a support request
   */
  public static String supportRequest(NhsHttpException e) {
    // @start region="support"
    String ticket = "HTTP " + e.statusCode() + " " + e.errorCode()
        + ", X-Request-ID " + e.requestId()
        + ", X-Correlation-ID " + e.correlationId()
        + ", message_id " + e.details().messageId()                    // token-endpoint errors carry one
        + ", at " + Instant.now();
    // @end
    return ticket;
  }

  /**
   * Explains a refused token request.
   *
   * @param nhs a client with signed-JWT credentials
   */
  public static void authentication(NhsClient nhs) {
    // @start region="advice"
    try {
      nhs.pds().read(NhsNumber.of("9000000009"));
    } catch (AuthenticationException e) {
      System.out.println(e.errorCode() + ": " + e.details().description());
      e.advice().ifPresent(advice -> System.out.println("Usual cause: " + advice));
    }
    // @end
  }
}
