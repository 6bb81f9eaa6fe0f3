package dev.nhsapi.testing.contract;

import static dev.nhsapi.testing.contract.SpecContract.assertParameters;
import static dev.nhsapi.testing.contract.SpecContract.assertRequired;
import static dev.nhsapi.testing.contract.SpecContract.json;
import static dev.nhsapi.testing.contract.SpecContract.sent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.immunisation.ImmunizationSearch;
import dev.nhsapi.immunisation.VaccineType;
import dev.nhsapi.testing.NhsSandbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Immunisation FHIR API's contract, from NHSDigital/immunisation-fhir-api,
 * specification/immunisation-fhir-api.yaml (version 1.0.0): what the SDK sends and what the sandbox answers,
 * per operation.
 */
class ImmunisationContractTest {
  private static final String BASE = "/immunisation-fhir-api/FHIR/R4";
  private static final String JANE_FLU_2024 = "7d3f2b6e-1c4a-4e8b-9f21-0a6c5d8e3b71";
  /** searchImmunizationGet's query parameters; patient.identifier is required. */
  private static final Set<String> SEARCH = Set.of("patient.identifier", "-immunization.target", "target-disease",
      "-date.from", "-date.to", "_include");

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient nhs = SpecContract.client(sandbox, sandbox.registerApplication("imms-app"));

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void searchSendsOnlyTheSpecsParameters() {
    nhs.immunisation().search(ImmunizationSearch.builder().patient(NhsNumber.of("9000000009"))
        .vaccineTypes(VaccineType.FLU, VaccineType.RSV).dateFrom(LocalDate.of(2020, 1, 1))
        .dateTo(LocalDate.of(2030, 1, 1)).includePatient().build());

    assertParameters(sandbox, sent(sandbox, BASE + "/Immunization?"), SEARCH, Set.of("patient.identifier"));
  }

  @Test
  void theSandboxAnswersSearchesWithTheRequiredElementsMatchesOrNot() {
    for (String patient : new String[] {"9000000009", "9000000033"}) {
      NhsResponse<String> answer = nhs.transport().execute(NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization")
          .query("patient.identifier", NhsNumber.SYSTEM + "|" + patient).query("-immunization.target", "FLU")
          .build(), ResponseDecoder.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      JsonObject bundle = json(answer.value());
      assertRequired(bundle, "resourceType", "type", "total", "entry");
      for (JsonValue entry : bundle.getJsonArray("entry")) {
        assertRequired(entry.asJsonObject(), "fullUrl", "resource", "search");
      }
    }
  }

  @Test
  void theSandboxAnswersAReadWithOnePerformer() {
    NhsResponse<String> answer = nhs.transport().execute(NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization/{id}",
        JANE_FLU_2024).build(), ResponseDecoder.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.header("E-Tag")).isPresent(); // readImmunization's response header
    JsonObject immunization = json(answer.value());
    assertRequired(immunization, "resourceType", "contained", "extension", "identifier", "status", "vaccineCode");
    assertThat(immunization.getJsonArray("performer")).hasSize(1);
    assertThat(SpecContract.status(nhs, NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization/{id}",
        "00000000-0000-0000-0000-000000000000").build())).isEqualTo(404);
  }
}
