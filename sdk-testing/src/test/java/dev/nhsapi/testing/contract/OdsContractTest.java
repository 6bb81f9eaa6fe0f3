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
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.ods.OrganizationSearch;
import dev.nhsapi.testing.NhsSandbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ODS terminology API's contract, from NHSDigital/organisation-data-terminology-api,
 * specification/organisation-data-terminology-api.yaml (version 0.1): what the SDK sends and what the sandbox
 * answers, per operation.
 */
class OdsContractTest {
  private static final String BASE = "/organisation-data-terminology-api/fhir";
  /** GET /Organization's query parameters. */
  private static final Set<String> ORGANIZATION_SEARCH = Set.of("_id", "identifier", "lastChangeDate", "name",
      "name:contains", "name:exact", "active", "address-postalcode", "address-postalcode:contains",
      "address-postalcode:exact", "address-city", "address-city:contains", "address-city:exact", "address-country",
      "roleCode", "roleCode:not", "activeRoleCode", "_count", "_summary", "_offset");
  /** GET /OrganizationAffiliation's query parameters. */
  private static final Set<String> AFFILIATION_SEARCH = Set.of("_id", "primary-organization",
      "participating-organization", "active", "_count", "_include", "_summary", "_offset");

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient nhs = SpecContract.client(sandbox, Credentials.none());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void organisationSearchSendsOnlyTheSpecsParameters() {
    assertThat(nhs.ods().search(OrganizationSearch.builder().nameContains("park").postcode("LS1 4AP").roleCode("RO177")
        .roleCodeAnyOf("RO182", "RO177").changedAfter(LocalDate.of(2020, 1, 1))
        .changedBefore(LocalDate.of(2030, 1, 1)).changedOn(LocalDate.of(2025, 6, 2)).pageSize(1).build(), 5))
        .isEmpty();
    assertThat(nhs.ods().search(OrganizationSearch.builder().roleCode("RO182").pageSize(1).build(), 3)).hasSize(3);

    assertParameters(sandbox, sent(sandbox, BASE + "/Organization?"), ORGANIZATION_SEARCH, Set.of());
  }

  @Test
  void affiliationsSendTheSourceAsPrimaryOrganization() {
    assertThat(nhs.ods().affiliations(OdsCode.of("Y12345"), 5)).hasSize(2);

    assertParameters(sandbox, sent(sandbox, BASE + "/OrganizationAffiliation"), AFFILIATION_SEARCH,
        Set.of("primary-organization"));
  }

  @Test
  void theSandboxAnswersAffiliationsInTheSpecsShape() {
    NhsResponse<String> answer = nhs.transport().execute(NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation")
        .query("primary-organization", "Y12345").build(), ResponseDecoder.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject bundle = json(answer.value());
    assertRequired(bundle, "resourceType", "type", "total", "link", "entry");
    for (JsonValue entry : bundle.getJsonArray("entry")) {
      JsonObject affiliation = entry.asJsonObject().getJsonObject("resource");
      assertRequired(affiliation, "id", "active", "organization", "participatingOrganization", "code");
      assertThat(affiliation.getJsonObject("organization").getJsonObject("identifier").getString("value"))
          .isEqualTo("Y12345");
      assertThat(affiliation.getJsonArray("code").getJsonObject(0).getJsonArray("coding").getJsonObject(0)
          .getString("system"))
          .isEqualTo("https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRelationship");
    }
  }

  @Test
  void theSandboxAnswersAReadWith200AndAnUnknownCodeWith404() {
    NhsResponse<String> found = nhs.transport().execute(NhsRequest.get(NhsApi.ODS, "/Organization/{id}", "Y12345")
        .build(), ResponseDecoder.ofString());
    assertThat(found.statusCode()).isEqualTo(200);
    assertRequired(json(found.value()), "resourceType", "id", "identifier", "name", "active");

    assertThat(SpecContract.status(nhs, NhsRequest.get(NhsApi.ODS, "/Organization/{id}", "Y99999").build()))
        .isEqualTo(404);
  }

  @Test
  void theSandboxRefusesParametersTheSpecDoesNotDefineWith400() {
    assertThat(SpecContract.status(nhs, NhsRequest.get(NhsApi.ODS, "/Organization")
        .query("_lastUpdated", "ge2025-01-01").build())).isEqualTo(400);
  }
}
