package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.OdsClient;
import dev.nhsapi.OrganizationSearch;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
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
    assertThat(codes(ods.search(OrganizationSearch.builder().updatedSince(LocalDate.of(2025, 1, 1)).build(), 10)
        .toList())).containsExactly("Y12345", "FA123", "FC345");
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
}
