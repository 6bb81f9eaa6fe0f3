package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.testing.Fault;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What goes wrong, and how each failure reaches you: bad input fails before any call with the rule it broke; the
 * platform's errors arrive as typed exceptions carrying the NHS error code and the {@code X-Request-ID} to quote
 * to NHS support; transient failures are retried for you with the same request id.
 */
public final class HandleErrors {
  private HandleErrors() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, HandleErrors::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client(SampleEnvironment.printingRetries(out));

    // 1. Bad input: an NHS number whose check digit is wrong never leaves your process.
    try {
      NhsNumber.of("9000000000");
    } catch (IllegalArgumentException e) {
      out.println("Invalid input: " + e.getMessage());
    }

    // 2. A search PDS would refuse: wildcards may not be among the first two characters.
    try {
      PatientSearch.builder().family("*ith").birthDate(LocalDate.of(2010, 10, 22)).build();
    } catch (IllegalArgumentException e) {
      out.println("Invalid search: " + e.getMessage());
    }

    // 3. A platform error: typed, with the NHS code and the request id for a support ticket.
    try {
      nhs.pds().read(NhsNumber.of("9111231130"));
    } catch (ResourceNotFoundException e) {
      out.println("Not found: " + e.errorCode() + " (HTTP " + e.statusCode() + "), X-Request-ID " + e.requestId());
    }

    // 4. Transient failures (429, 503 with Retry-After, dropped connections) are retried for you, with backoff and on
    //    the same X-Request-ID, so the platform can de-duplicate. The embedded sandbox can fail on purpose.
    environment.embeddedSandbox().ifPresent(sandbox -> sandbox.faults()
        .next("/personal-demographics/", 2, Fault.serviceUnavailable(Duration.ofSeconds(1))));
    out.println("Reading 9000000009 while PDS is briefly unavailable");

    // 5. Every failure the SDK reports is an NhsApiException; HTTP answers are NhsHttpExceptions. Catch as
    //    narrowly as your code can act on, and log the request id, which is safe to log (it names no patient).
    try {
      PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
      out.println("Read 9000000009: version " + jane.version());
    } catch (NhsHttpException e) {
      out.println("HTTP " + e.statusCode() + " " + e.errorCode() + ", X-Request-ID " + e.requestId());
    } catch (NhsApiException e) {
      out.println("No answer: " + e.getMessage() + ", X-Request-ID " + e.requestId());
    }
  }
}
