package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.SigningKeys;
import dev.nhsapi.core.auth.TokenExchange;
import dev.nhsapi.core.auth.TokenResponse;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.ods.OdsClient;
import dev.nhsapi.ods.OrganizationSearch;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The examples in the SDK's own Javadoc (class and package comments), compiled. Each method's parameters are the
 * names an example uses without declaring them.
 */
public final class ApiExamples {
  private ApiExamples() {}

  /**
   * {@code NhsClient}: building a client.
   *
   * @param signedJwtCredentials the application's credentials
   * @return the patient read
   */
  public static PatientRecord nhsClient(SignedJwtCredentials signedJwtCredentials) {
    // @start region="nhs-client"
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(signedJwtCredentials)
        .transport(t -> t.callTimeout(Duration.ofSeconds(30)))
        .build();
    PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
    // @end
    return jane;
  }

  /**
   * {@code NhsEnvironment} and the Calling-PDS guide: an API, and the token endpoint, served somewhere else.
   *
   * @return the environment
   */
  public static NhsEnvironment environmentOverrides() {
    // @start region="environment-overrides"
    NhsEnvironment gateway = NhsEnvironment.custom(URI.create("https://gateway.example/"))
        .toBuilder()
        .apiUrl(NhsApi.PDS, URI.create("https://gateway.example/pds/FHIR/R4"))
        .tokenUrl(URI.create("https://gateway.example/auth/token"))
        .build();
    // @end
    return gateway;
  }

  /**
   * Package {@code dev.nhsapi}: the shortest read.
   *
   * @return the patient read
   */
  public static PatientRecord clientPackage() {
    // @start region="client-package"
    NhsClient nhs = NhsClient.builder().environment(NhsEnvironment.SANDBOX).build();
    PatientRecord record = nhs.pds().read(NhsNumber.of("9000000009"));
    // @end
    return record;
  }

  /**
   * {@code PatientSearch}: a search.
   *
   * @return the search
   */
  public static PatientSearch patientSearch() {
    // @start region="patient-search"
    PatientSearch search = PatientSearch.builder()
        .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2010, 10, 22))
        .build();
    // @end
    return search;
  }

  /**
   * {@code PatientPatch}: a patch on the version read.
   *
   * @param nhs the client
   * @param nhsNumber the patient
   * @param newAddress the new home address
   * @return the updated record
   */
  public static PatientRecord patientPatch(NhsClient nhs, NhsNumber nhsNumber, Address newAddress) {
    // @start region="patient-patch"
    PatientRecord record = nhs.pds().read(nhsNumber);
    PatientPatch patch = PatientPatch.builder(record).replaceHomeAddress(newAddress).build();
    PatientRecord updated = nhs.pds().patch(record, patch);
    // @end
    return updated;
  }

  /**
   * {@code OdsClient}: a patient's practice and the pharmacies near a postcode.
   *
   * @param nhs the client
   * @param patient the patient
   * @return the pharmacies
   */
  public static List<Organization> odsClient(NhsClient nhs, Patient patient) {
    // @start region="ods-client"
    Organization practice = nhs.ods().read(patient.generalPractitionerOdsCode().orElseThrow());
    List<Organization> pharmacies = nhs.ods()
        .search(OrganizationSearch.builder().postcode("LS1 4AP").roleCode("RO182").build(), 50)
        .toList();
    // @end
    System.out.println(practice.name() + " and " + pharmacies.size() + " pharmacies");
    return pharmacies;
  }

  /**
   * {@code OrganizationSearch}: pharmacies by postcode.
   *
   * @return the search
   */
  public static OrganizationSearch organizationSearch() {
    // @start region="organization-search"
    OrganizationSearch pharmacies = OrganizationSearch.builder().postcode("LS1 4AP").roleCode("RO182").build();
    // @end
    return pharmacies;
  }

  /**
   * {@code FhirJson}: decoding and encoding.
   *
   * @param json a Patient as JSON
   * @return the patient, encoded again with {@code active} set
   */
  public static String fhirJson(String json) {
    // @start region="fhir-json"
    Patient patient = FhirJson.decode(json, Patient.class);
    String again = FhirJson.encode(patient.toBuilder().active(true).build());
    // @end
    return again;
  }

  /**
   * Package {@code dev.nhsapi.fhir}: decoding a resource.
   *
   * @param json a Patient as JSON
   * @return the family name
   */
  public static String fhirPackage(String json) {
    // @start region="fhir-package"
    Patient patient = FhirJson.decode(json, Patient.class);
    String family = patient.name().get(0).family();
    // @end
    return family;
  }

  /**
   * Package {@code dev.nhsapi.core}: a call through the transport alone.
   *
   * @return the response
   */
  public static NhsResponse<String> corePackage() {
    // @start region="core-package"
    NhsTransport transport = NhsTransport.builder().environment(NhsEnvironment.SANDBOX).build();
    NhsResponse<String> patient = transport.execute(
        NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build(), ResponseDecoder.ofString());
    // @end
    return patient;
  }

  /**
   * Package {@code dev.nhsapi.core.auth}: a transport with API-key credentials.
   *
   * @return the transport
   */
  public static NhsTransport authPackage() {
    // @start region="auth-package"
    NhsTransport transport = NhsTransport.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(ApiKeyCredentials.of(System.getenv("NHS_API_KEY")))
        .build();
    // @end
    return transport;
  }

  /**
   * {@code TokenExchange}: exchanging an ID token.
   *
   * @param transport the application's transport
   * @param signedJwtCredentials the application's credentials
   * @param idToken the user's ID token
   * @return the tokens
   */
  public static TokenResponse tokenExchange(
      NhsTransport transport, SignedJwtCredentials signedJwtCredentials, String idToken) {
    // @start region="token-exchange-javadoc"
    TokenResponse token = TokenExchange.exchange(transport.tokenEndpoint(), signedJwtCredentials, idToken);
    // @end
    return token;
  }

  /**
   * {@code SigningKeys}: a new key pair and the JWKS to register.
   *
   * @return the JWKS
   */
  public static String signingKeys() {
    // @start region="signing-keys-javadoc"
    KeyPair pair = SigningKeys.generate();
    String jwks = SigningKeys.publicJwks((RSAPrivateKey) pair.getPrivate(), "test-1"); // host this, register its URL
    // @end
    return jwks;
  }

  /**
   * {@code SandboxFaults}: scripted faults.
   *
   * @param sandbox the sandbox
   */
  public static void sandboxFaults(NhsSandbox sandbox) {
    // @start region="sandbox-faults"
    sandbox.faults().next("/personal-demographics/", 2, Fault.serviceUnavailable(Duration.ofSeconds(1)));
    sandbox.faults().rateLimit("/personal-demographics/", 5);
    // @end
  }

  /**
   * {@code SandboxFaults.random}: a seeded mix of faults.
   *
   * @param sandbox the sandbox
   */
  public static void randomFaults(NhsSandbox sandbox) {
    // @start region="random-faults"
    sandbox.faults().random("/", 42, Map.of(
        Fault.serviceUnavailable(Duration.ofSeconds(1)), 0.10, Fault.tooManyRequests(), 0.05,
        Fault.disconnect(), 0.02, Fault.truncatedBody(), 0.02, Fault.latency(Duration.ofSeconds(2)), 0.05));
    // @end
  }
}
