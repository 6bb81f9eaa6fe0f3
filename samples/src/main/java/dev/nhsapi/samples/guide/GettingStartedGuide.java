package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.testing.NhsSandbox;
import java.nio.file.Path;

/** The "Getting started" guide's examples: the embedded sandbox first, then the integration environment. */
public final class GettingStartedGuide {
  private GettingStartedGuide() {}

  /** Reads the sandbox's example patient from an embedded sandbox started in this process, offline. */
  public static void embeddedSandbox() {
    // @start region="embedded-sandbox"
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      NhsClient nhs = NhsClient.builder().environment(sandbox.environment()).build();
      PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
      System.out.println(jane.patient().name().get(0).family() + ", version " + jane.version());
    }
    // @end
  }

  /**
   * Builds a client for the integration environment from the variables the samples read.
   *
   * @return the client
   */
  public static NhsClient integration() {
    // @start region="integration"
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(SignedJwtCredentials.builder()
            .apiKey(System.getenv("NHS_API_KEY"))                        // your app's key for INT
            .keyId(System.getenv("NHS_KEY_ID"))                          // the kid in the JWKS you registered
            .privateKey(Path.of(System.getenv("NHS_PRIVATE_KEY_FILE")))  // the matching private key (PEM)
            .build())
        .build();
    // @end
    return nhs;
  }
}
