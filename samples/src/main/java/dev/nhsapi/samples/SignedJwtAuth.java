package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Application-restricted access with a signed JWT, the way a back-end service calls NHS England APIs without a
 * user: the SDK signs a client assertion with your private key, exchanges it for an access token at the
 * platform's OAuth 2.0 endpoint, caches the token until shortly before it expires, and refreshes it itself.
 *
 * <p>On the embedded sandbox the sample makes a key pair with {@link GenerateKeyPair} and registers its JWKS with
 * the sandbox, as you register yours in the NHS developer portal. With {@code --env int} it reads
 * {@code NHS_API_KEY}, {@code NHS_KEY_ID} and {@code NHS_PRIVATE_KEY_FILE}.
 */
public final class SignedJwtAuth {
  private SignedJwtAuth() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.APPLICATION, SignedJwtAuth::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    SampleEnvironment.SignedJwtSettings settings = environment.signedJwtSettings();

    // What your application configures: the API key and key id from the developer portal, and the private key.
    SignedJwtCredentials credentials = SignedJwtCredentials.builder()
        .apiKey(settings.apiKey())
        .keyId(settings.keyId())
        .privateKey(settings.privateKeyFile())
        .build();
    NhsClient nhs = NhsClient.builder().environment(environment.nhsEnvironment()).credentials(credentials).build();

    for (int i = 1; i <= 3; i++) {
      PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
      out.println("Read " + i + ": version " + jane.version());
    }
    environment.embeddedSandbox().ifPresent(sandbox ->
        out.println("Access tokens the sandbox issued for those reads: " + sandbox.tokensIssued()));

    // Application-restricted access may not update, and may search for a single match only. The SDK knows the
    // rules and says so before calling, rather than letting PDS answer 403.
    PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
    try {
      nhs.pds().patch(jane, PatientPatch.builder(jane).gender(AdministrativeGender.FEMALE).build());
    } catch (IllegalStateException e) {
      out.println("Update refused before any call: " + e.getMessage());
    }
    try {
      nhs.pds().search(PatientSearch.builder().family("Smith").birthDate(LocalDate.of(2010, 10, 22))
          .maxResults(5).build());
    } catch (IllegalArgumentException e) {
      out.println("Search refused before any call: " + e.getMessage());
    }
  }
}
