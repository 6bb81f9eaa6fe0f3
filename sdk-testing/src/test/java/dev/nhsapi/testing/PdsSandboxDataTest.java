package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shape of the PDS sandbox's published answers, checked against the PDS specification
 * ({@code specification/} in {@code NHSDigital/personal-demographics-service-api}) over plain HTTP.
 */
class PdsSandboxDataTest {
  static final String PATIENTS = "personal-demographics/FHIR/R4/Patient";
  static final String JANE_SEARCH = "?family=Smith&gender=female&birthdate=eq2010-10-22";

  final NhsSandbox sandbox = NhsSandbox.start();
  final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  record Answer(int status, String body) {}

  Answer get(String path, String... authorization) throws IOException {
    Request.Builder request = new Request.Builder().url(sandbox.baseUrl() + PATIENTS + path)
        .header("X-Request-ID", UUID.randomUUID().toString());
    for (String value : authorization) {
      request.header("Authorization", value);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  @Test
  void searchResultsCarryOnlyWhatTheSpecsSearchSchemaAllows() throws IOException {
    // specification/components/schemas/PatientSearch.yaml: no managingOrganization; of the extensions, only the
    // death notification status
    List<String> forbidden = List.of("managingOrganization", "Extension-UKCore-NominatedPharmacy",
        "Extension-UKCore-NHSCommunication", "patient-birthPlace");

    assertThat(get("/9000000009").body()).contains(forbidden);
    assertThat(get(JANE_SEARCH).body()).contains("\"id\":\"9000000009\"").doesNotContain(forbidden);
    assertThat(get("?family=Sm*&gender=female&birthdate=eq2010-10-22").body())
        .contains("\"id\":\"9000000017\"").doesNotContain(forbidden);
  }

  @Test
  void bundlesCarryATimestamp() throws IOException {
    String timestamp = "\"type\":\"searchset\",\"timestamp\":\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\\+00:00\"";

    assertThat(get(JANE_SEARCH).body()).containsPattern(timestamp);
    assertThat(get(JANE_SEARCH + "&phone=0121111111").body()).containsPattern(timestamp).doesNotContain("entry");
    assertThat(get("/9000000009/RelatedPerson").body()).containsPattern(timestamp);
    assertThat(get("/9000000025/RelatedPerson").body()).containsPattern(timestamp).contains("\"total\":0");
  }

  @Test
  void relatedPeopleReferToPatientsByIdentifierWithTheSpecsRelationshipCodes() throws IOException {
    for (String nhsNumber : List.of("9000000009", "9000000017")) {
      String bundle = get("/" + nhsNumber + "/RelatedPerson").body();

      assertThat(bundle).contains("\"patient\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\"")
          .doesNotContain("\"type\":\"Patient\"", "terminology.hl7.org/CodeSystem/v3-RoleCode")
          .contains("https://fhir.nhs.uk/R4/CodeSystem/UKCore-AdditionalRelatedPersonRole");
    }
  }

  @Test
  void nhsNumberVerificationStatusUsesTheSpecsCodeSystem() throws IOException {
    for (String nhsNumber : List.of("9000000009", "9000000017", "9000000025", "9000000033")) {
      assertThat(get("/" + nhsNumber).body())
          .contains("\"https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus\"")
          .doesNotContain("StatusEngland");
    }
  }

  @Test
  void publishesEachPatientAtTheSpecsExampleVersion() throws IOException {
    for (String nhsNumber : List.of("9000000009", "9000000017", "9000000025", "9000000033")) {
      assertThat(get("/" + nhsNumber).body()).contains("\"versionId\":\"2\"");
    }
  }

  @Test
  void aBearerHeaderWithoutATokenIsAMissingToken() throws IOException {
    Answer bare = get("/9000000009", "Bearer ");
    Answer wrong = get("/9000000009", "Bearer not-a-token");

    assertThat(bare.status()).isEqualTo(401);
    assertThat(bare.body()).contains("ACCESS_DENIED", "Missing access token");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("Invalid Access Token");
  }
}
