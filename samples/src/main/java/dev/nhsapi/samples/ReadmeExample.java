package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.PatientRecord;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.NhsNumber;

/**
 * The README's ten-line example, compiled. A test checks that the README shows exactly the lines between the
 * region markers, so the README cannot drift from code that builds.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Reads the sandbox's example patient from NHS England's hosted sandbox (needs network access).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // @start region="readme"
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.SANDBOX)        // or INTEGRATION, PRODUCTION, custom(URI)
        .credentials(Credentials.none())            // the sandbox is open; elsewhere SignedJwtCredentials
        .build();                                   // immutable and thread-safe: build once, share
    try {
      PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
      System.out.println(jane.patient().name().get(0).family() + ", version " + jane.version());
    } catch (ResourceNotFoundException e) {
      System.out.println("No such patient: " + e.errorCode() + ", request " + e.requestId());
    }
    // @end
  }
}
