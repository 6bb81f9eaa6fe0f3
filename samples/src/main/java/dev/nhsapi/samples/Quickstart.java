package dev.nhsapi.samples;

import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Reads a patient from the Personal Demographics Service, shows a retry and a typed error.
 *
 * <p>By default it runs offline against a stand-in server on loopback. Pass {@code --hosted-sandbox} to call
 * NHS England's hosted sandbox ({@code https://sandbox.api.service.nhs.uk}, open access, no key needed).
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args {@code --hosted-sandbox} to use the hosted sandbox instead of the local stand-in
   * @throws IOException if the local stand-in cannot start
   */
  public static void main(String[] args) throws IOException {
    if (List.of(args).contains("--hosted-sandbox")) {
      run(NhsEnvironment.SANDBOX, System.out);
    } else {
      try (LocalPdsStandIn standIn = new LocalPdsStandIn()) {
        System.out.println("Started a local PDS stand-in at " + standIn.baseUrl());
        run(NhsEnvironment.custom(standIn.baseUrl()), System.out);
      }
    }
  }

  static void run(NhsEnvironment environment, PrintStream out) {
    NhsTransport transport = NhsTransport.builder()
        .environment(environment)
        .eventListener(new NhsEventListener() {
          @Override
          public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
            out.println("  retrying after " + reason + " in " + delay.toMillis() + " ms, same X-Request-ID");
          }
        })
        .build();

    out.println("Reading patient 9000000009 from " + environment.apiUrl(NhsApi.PDS));
    NhsResponse<String> patient = transport.execute(
        NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").header("Accept", "application/fhir+json").build(),
        ResponseDecoder.ofString());
    out.println("  HTTP " + patient.statusCode() + ", version " + patient.etagVersion().orElse("?")
        + ", X-Request-ID " + patient.requestId());
    out.println("  " + patient.value().replaceAll("\\s+", " "));

    out.println("Reading patient 9111231130, who does not exist");
    try {
      transport.execute(NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9111231130").build(), ResponseDecoder.ofString());
    } catch (ResourceNotFoundException e) {
      out.println("  " + e.getClass().getSimpleName() + ": " + e.errorCode() + " (HTTP " + e.statusCode() + ")");
      out.println("  " + e.getMessage());
    }
  }
}
