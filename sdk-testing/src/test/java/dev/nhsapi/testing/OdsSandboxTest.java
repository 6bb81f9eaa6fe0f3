package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.ods.OdsClient;
import dev.nhsapi.ods.OrganizationSearch;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Organisation Data Service through the SDK's OdsClient, against the sandbox's organisations. */
class OdsSandboxTest {
  final NhsSandbox sandbox = NhsSandbox.start();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  OdsClient ods(Credentials credentials) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build().ods();
  }

  static List<String> codes(List<Organization> organizations) {
    return organizations.stream().map(o -> o.odsCode().orElseThrow()).toList();
  }

  @Test
  void readsThePracticeTheSandboxPatientsAreRegisteredWith() {
    sandbox.registerApiKey("ods-key");

    Organization practice = ods(ApiKeyCredentials.of("ods-key")).read(OdsCode.of("Y12345"));

    assertThat(practice.name()).isEqualTo("Riverside Green Surgery");
    assertThat(practice.address().get(0).postalCode()).isEqualTo("LS1 4AP");
    assertThatThrownBy(() -> ods(Credentials.none()).read(OdsCode.of("Y99999")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void searchesByEachCriterion() {
    OdsClient ods = ods(Credentials.none());

    assertThat(codes(ods.search(OrganizationSearch.builder().postcode("ls14ap").build(), 10).toList()))
        .containsExactly("Y12345", "FA123");
    assertThat(codes(ods.search(OrganizationSearch.builder().nameContains("park").build(), 10).toList()))
        .containsExactly("Y23456", "FC345");
    assertThat(codes(ods.search(OrganizationSearch.builder().name("green").build(), 10).toList()))
        .containsExactly("FA123");
    assertThat(codes(ods.search(OrganizationSearch.builder().nameExact("Parkfield Pharmacy").build(), 10)
        .toList())).containsExactly("FC345");
    assertThat(codes(ods.search(OrganizationSearch.builder().roleCode("RO177").build(), 10).toList()))
        .containsExactly("Y12345", "Y23456");
    assertThat(codes(ods.search(OrganizationSearch.builder().changedAfter(LocalDate.of(2025, 1, 1)).build(), 10)
        .toList())).containsExactly("Y12345", "FA123", "FC345");
    assertThat(codes(ods.search(OrganizationSearch.builder().changedAfter(LocalDate.of(2025, 1, 1))
        .changedBefore(LocalDate.of(2025, 9, 10)).build(), 10).toList())).containsExactly("Y12345", "FC345");
    assertThat(codes(ods.search(OrganizationSearch.builder().changedOn(LocalDate.of(2025, 6, 2)).build(), 10)
        .toList())).containsExactly("Y12345");
    assertThat(codes(ods.search(OrganizationSearch.builder().roleCode("RO177").roleCode("RO182").build(), 10)
        .toList())).isEmpty();
    assertThat(codes(ods.search(OrganizationSearch.builder().roleCodeAnyOf("RO177", "RO182").build(), 10)
        .toList())).containsExactly("Y12345", "Y23456", "FA123", "FB234", "FC345");
  }

  @Test
  void pagesThroughResultsOneCallPerPage() {
    List<Organization> pharmacies = ods(Credentials.none())
        .search(OrganizationSearch.builder().roleCode("RO182").pageSize(2).build(), 10).toList();

    assertThat(codes(pharmacies)).containsExactly("FA123", "FB234", "FC345");
    assertThat(sandbox.requests()).extracting(SandboxRequest::target).containsExactly(
        "/organisation-data-terminology-api/fhir/Organization?roleCode=RO182&_count=2",
        "/organisation-data-terminology-api/fhir/Organization?roleCode=RO182&_count=2&_offset=2");
  }

  @Test
  void refusesAnApiKeyNoApplicationIsRegisteredWith() {
    assertThatThrownBy(() -> ods(ApiKeyCredentials.of("unregistered")).read(OdsCode.of("Y12345")))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("oauth.v2.InvalidApiKey"));
  }

  @Test
  void listsAPracticesActiveAffiliationsAsTheSpecShowsThem() {
    List<OrganizationAffiliation> affiliations = ods(Credentials.none())
        .affiliations(OdsCode.of("Y12345"), 10).toList();

    // organisation-data-terminology-api specification/organisation-data-terminology-api.yaml,
    // GET /OrganizationAffiliation/{id} example: the practice in organization, its PCN in participatingOrganization
    assertThat(affiliations).extracting(a -> a.participatingOrganizationOdsCode().orElseThrow())
        .containsExactly("U99901", "QXY");
    assertThat(affiliations).allSatisfy(a -> {
      assertThat(a.active()).isTrue();
      assertThat(a.organizationOdsCode()).contains("Y12345");
    });
    assertThat(affiliations.get(0).participatingOrganization().display())
        .isEqualTo("Leeds Riverside Primary Care Network");
    assertThat(affiliations).extracting(a -> a.relationshipCode().orElseThrow()).containsExactly("RE8", "RE4");
    assertThat(ods(Credentials.none()).read(OdsCode.of("QXY")).name())
        .isEqualTo("West Yorkshire Valleys Integrated Care Board");
    assertThat(ods(Credentials.none()).affiliations(OdsCode.of("FA123"), 10).toList()).isEmpty();
  }

  @Test
  void anAffiliationPageIncludesEachOrganisationOnceAndPagesByCount() {
    NhsClient nhs = NhsClient.builder().environment(sandbox.environment())
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();
    NhsRequest.Builder request = NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation")
        .query("primary-organization", "Y23456").query("active", "true")
        .query("_include", "OrganizationAffiliation:primary-organization");

    Bundle all = nhs.transport().execute(request.build(), FhirJson.responseDecoder(Bundle.class)).value();
    assertThat(all.entry()).extracting(e -> e.search().mode()).containsExactly("match", "match", "include");
    assertThat(all.resources(Organization.class)).singleElement()
        .satisfies(o -> assertThat(o.odsCode()).contains("Y23456"));
    assertThat(all.total()).isEqualTo(2);
    Bundle targets = nhs.transport().execute(NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation")
        .query("participating-organization", "QXY").query("_include",
            "OrganizationAffiliation:participating-organization").build(), FhirJson.responseDecoder(Bundle.class))
        .value();
    assertThat(targets.resources(OrganizationAffiliation.class)).extracting(a -> a.organizationOdsCode().orElseThrow())
        .containsExactly("Y12345", "Y23456", "XY1");

    Bundle first = nhs.transport().execute(request.query("_count", "1").build(),
        FhirJson.responseDecoder(Bundle.class)).value();
    assertThat(first.resources(OrganizationAffiliation.class)).hasSize(1);
    assertThat(first.link("next")).hasValueSatisfying(next -> assertThat(next).endsWith("_offset=1"));
    assertThat(ods(Credentials.none()).affiliations(OdsCode.of("Y23456"), 10).toList()).hasSize(2);
  }

  @Test
  void refusesAffiliationSearchesItDoesNotServe() {
    NhsClient nhs = NhsClient.builder().environment(sandbox.environment())
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();

    for (NhsRequest request : List.of(
        NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation").query("active", "true").build(),
        NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation").query("participating-organization", "Y12345")
            .query("active", "maybe").build(),
        NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation").query("primary-organization", "Y12345")
            .query("_include", "OrganizationAffiliation:organization").build(),
        NhsRequest.get(NhsApi.ODS, "/OrganizationAffiliation").query("organization", "Y12345").build(),
        NhsRequest.get(NhsApi.ODS, "/Organization").query("_lastUpdated", "ge2025-01-01").build(),
        NhsRequest.get(NhsApi.ODS, "/Organization").query("lastChangeDate", "ge2025-01-01").build())) {
      assertThatThrownBy(() -> nhs.transport().execute(request, FhirJson.responseDecoder(Bundle.class)))
          .isInstanceOfSatisfying(InvalidRequestException.class,
              e -> assertThat(e.errorCode()).isEqualTo("INVALID_SEARCH_DATA"));
    }
  }
}

