package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientRecord;
import java.nio.file.Path;

/**
 * The README's examples, compiled. A test checks that the README shows exactly the lines between each pair of
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

  /**
   * The README's signed-JWT credentials.
   *
   * @return credentials for application-restricted access, from {@code NHS_API_KEY} and {@code test-1.pem}
   */
  static Credentials signedJwtCredentials() {
    // @start region="readme-signed-jwt"
    Credentials credentials = SignedJwtCredentials.builder()
        .apiKey(System.getenv("NHS_API_KEY"))   // the app's key in the NHS developer portal (one per environment)
        .keyId("test-1")                        // the kid of the key in the JWKS registered for the app
        .privateKey(Path.of("test-1.pem"))      // PKCS#8 or PKCS#1 PEM; or privateKeyJwk(..), keyStore(..), signer(..)
        .build();
    // @end
    return credentials;
  }
}
