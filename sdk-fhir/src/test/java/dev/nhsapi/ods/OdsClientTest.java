package dev.nhsapi.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.support.TestClients;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class OdsClientTest {
  static final String BASE = "/organisation-data-terminology-api/fhir";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  OdsClient ods() {
    return TestClients.against(server).build().ods();
  }

  static String organization(String code) {
    return """
        {"resourceType":"Organization","id":"%s","identifier":[{"system":"https://fhir.nhs.uk/Id/ods-organization-code",
         "value":"%s"}],"active":true,"name":"Practice %s"}""".formatted(code, code, code);
  }

  static MockResponse page(String next, String... codes) {
    String entries = List.of(codes).stream().map(code -> "{\"resource\":" + organization(code) + "}")
        .collect(Collectors.joining(","));
    String links = next == null ? "" : ",\"link\":[{\"relation\":\"next\",\"url\":\"" + next + "\"}]";
    return new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body(
        "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"" + links + ",\"entry\":[" + entries + "]}").build();
  }

  @Test
  void readsAnOrganisationByItsOdsCode() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json")
        .body(organization("Y12345")).build());

    Organization practice = ods().read(OdsCode.of("Y12345"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(BASE + "/Organization/Y12345");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(practice.odsCode()).contains("Y12345");
    assertThat(practice.name()).isEqualTo("Practice Y12345");
  }

  @Test
  void keepsTheNhsErrorCodeOfAnErrorInTheOlderSpineShapeTheSpecShows() {
    // organisation-data-terminology-api specification/organisation-data-terminology-api.yaml, the 400 examples:
    // meta.profile a string and issue.details.coding an object
    server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/fhir+json").body("""
        {"resourceType":"OperationOutcome","id":"82c75580-1702-469e-aec1-43034b48f060",
         "meta":{"profile":"https://fhir.nhs.uk/STU3/StructureDefinition/Spine-OperationOutcome-1"},
         "issue":[{"severity":"error","code":"invalid","details":{"coding":{
           "system":"https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1","code":"INVALID_PARAMETER",
           "display":"Invalid parameter"}},"diagnostics":"HAPI-1940: Invalid date/time format"}]}""").build());

    assertThatThrownBy(() -> ods().search(OrganizationSearch.builder().changedOn(LocalDate.of(2025, 1, 1)).build(),
        5).toList()).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorCode()).isEqualTo("INVALID_PARAMETER");
        });
  }

  @Test
  void readWithResponseSendsTheOptionsAndReturnsTheStatusAndIds() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json")
        .body(organization("Y12345")).build());

    NhsResponse<Organization> response = ods().readWithResponse(OdsCode.of("Y12345"), TestClients.TRACED);

    RecordedRequest request = server.takeRequest();
    TestClients.assertTraced(request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo(request.getHeaders().get("X-Request-ID"));
    assertThat(response.value().odsCode()).contains("Y12345");
  }

  @Test
  void searchAndAffiliationsSendTheOptionsWithEveryPagesCallAndRefuseARequestId() throws Exception {
    server.enqueue(page(server.url(BASE + "/Organization?name=a&_offset=1").toString(), "A1"));
    server.enqueue(page(null, "A2"));
    server.enqueue(affiliationPage(server.url(BASE + "/OrganizationAffiliation?_offset=1").toString(), "QXY"));
    server.enqueue(affiliationPage(null, "U99901"));
    OrganizationSearch search = OrganizationSearch.builder().name("a").build();

    assertThat(ods().search(search, 10, TestClients.TRACED)).hasSize(2);
    assertThat(ods().affiliations(OdsCode.of("Y12345"), 10, TestClients.TRACED)).hasSize(2);

    for (int i = 0; i < 4; i++) {
      TestClients.assertTraced(server.takeRequest());
    }
    TestClients.assertRefusesARequestId(server, options -> ods().search(search, 10, options));
    TestClients.assertRefusesARequestId(server, options -> ods().affiliations(OdsCode.of("Y12345"), 10, options));
  }

  @Test
  void searchesWithEachParameterAndFollowsNextLinksLazily() throws Exception {
    server.enqueue(page(server.url(BASE + "/Organization?name:contains=green&_count=2&_offset=2").toString(),
        "A1", "A2"));
    server.enqueue(page(null, "A3"));
    OrganizationSearch search = OrganizationSearch.builder().nameContains("green").postcode("LS1 4AP")
        .roleCode("RO177").roleCodeAnyOf("RO182", "RO76", "RO7").changedAfter(LocalDate.of(2025, 1, 31))
        .changedBefore(LocalDate.of(2025, 3, 1)).changedOn(LocalDate.of(2025, 2, 6)).pageSize(2).build();

    List<Organization> found = ods().search(search, 10).toList();

    assertThat(found).extracting(o -> o.odsCode().orElseThrow()).containsExactly("A1", "A2", "A3");
    // organisation-data-terminology-api specification/organisation-data-terminology-api.yaml, GET /Organization:
    // repeated roleCode is AND, a comma OR; lastChangeDate takes gt, lt or a bare date
    assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + "/Organization?name%3Acontains=green"
        + "&address-postalcode=LS1%204AP&roleCode=RO177&roleCode=RO182%2CRO76%2CRO7&lastChangeDate=gt2025-01-31"
        + "&lastChangeDate=lt2025-03-01&lastChangeDate=2025-02-06&_count=2");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo(BASE + "/Organization?name%3Acontains=green&_count=2&_offset=2");
    assertThat(second.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(search).asString().isEqualTo(
        "OrganizationSearch[name:contains, address-postalcode, roleCode, roleCode, lastChangeDate, lastChangeDate, "
            + "lastChangeDate, _count]");
  }

  @Test
  void fetchesNoPageBeyondTheMaximumAndStopsAtAnEmptyPage() {
    String next = server.url(BASE + "/Organization?name=a&_offset=2").toString();
    server.enqueue(page(next, "A1", "A2"));

    assertThat(ods().search(OrganizationSearch.builder().name("a").build(), 2).toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(page(next, "A1"));
    server.enqueue(page(next));
    assertThat(ods().search(OrganizationSearch.builder().name("a").build(), 100).toList()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void refusesANextLinkToAnotherHostWithoutCallingIt() {
    server.enqueue(page(elsewhere.url(BASE + "/Organization?name=a&_offset=1").toString(), "A1"));

    assertThatThrownBy(() -> ods().search(OrganizationSearch.builder().name("a").build(), 5).toList())
        .isInstanceOf(NhsDecodeException.class).hasMessage("the search's next-page link points outside the ods API");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void searchesMakeNoCallUntilTheStreamIsConsumed() {
    ods().search(OrganizationSearch.builder().name("a").build(), 5);

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusesSearchesTheApiDoesNotTakeBeforeAnyCall() {
    assertThatIllegalStateException().isThrownBy(() -> OrganizationSearch.builder().build())
        .withMessageContaining("needs a name, postcode, role or last-change criterion");
    assertThatIllegalStateException().isThrownBy(() -> OrganizationSearch.builder().pageSize(5).build());
    assertThatIllegalArgumentException().isThrownBy(() -> OrganizationSearch.builder().name("a").nameExact("b"))
        .withMessage("set one of name, nameContains and nameExact");
    assertThatIllegalArgumentException().isThrownBy(() -> OrganizationSearch.builder().roleCode("177"))
        .withMessageContaining("RO followed by digits");
    assertThatIllegalArgumentException().isThrownBy(() -> OrganizationSearch.builder().roleCodeAnyOf("RO1", "7"))
        .withMessageContaining("RO followed by digits");
    assertThatThrownBy(() -> OrganizationSearch.builder().roleCodeAnyOf("RO1", (String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("more == null");
    IntStream.of(0, 1001).forEach(size -> assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSearch.builder().pageSize(size)));
    assertThatIllegalArgumentException().isThrownBy(() -> OrganizationSearch.builder().postcode(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> OrganizationSearch.builder().pageSize(5).pageSize(6))
        .withMessage("_count is already set: the API takes one value of it");
    assertThatIllegalArgumentException().isThrownBy(() -> ods().search(OrganizationSearch.builder().name("a")
        .build(), 0));
    assertThat(server.getRequestCount()).isZero();
  }

  static String affiliation(String id, String organization, String participating) {
    // the spec's OrganizationAffiliation examples: the source in organization, the target in
    // participatingOrganization, the kind of relationship an ODSRelationship code
    return """
        {"resourceType":"OrganizationAffiliation","id":"%s","active":true,
         "organization":{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"%s"}},
         "participatingOrganization":{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code",
         "value":"%s"}},"code":[{"coding":[{"system":
         "https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRelationship","code":"RE8"}]}]}""".formatted(id, organization, participating);
  }

  static MockResponse affiliationPage(String next, String... organizations) {
    String entries = List.of(organizations).stream()
        .map(code -> "{\"resource\":" + affiliation("aff-" + code, "Y12345", code) + ",\"search\":{\"mode\":\"match\"}}")
        .collect(Collectors.joining(","));
    String included = "{\"resource\":" + organization("Y12345") + ",\"search\":{\"mode\":\"include\"}}";
    String links = next == null ? "" : ",\"link\":[{\"relation\":\"next\",\"url\":\"" + next + "\"}]";
    return new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body(
        "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"" + links + ",\"entry\":[" + entries
            + (entries.isEmpty() ? "" : ",") + included + "]}").build();
  }

  @Test
  void listsAnOrganisationsActiveAffiliationsAsTheSourceAcrossPagesWithoutTheIncludedOrganisations()
      throws Exception {
    server.enqueue(affiliationPage(server.url(BASE + "/OrganizationAffiliation?primary-organization=Y12345"
        + "&active=true&_offset=2").toString(), "U99901", "QXY"));
    server.enqueue(affiliationPage(null, "U99903"));

    List<OrganizationAffiliation> affiliations = ods().affiliations(OdsCode.of("Y12345"), 10).toList();

    assertThat(affiliations).extracting(a -> a.participatingOrganizationOdsCode().orElseThrow())
        .containsExactly("U99901", "QXY", "U99903");
    assertThat(affiliations).allSatisfy(a -> {
      assertThat(a.organizationOdsCode()).contains("Y12345");
      assertThat(a.relationshipCode()).contains("RE8");
    });
    RecordedRequest first = server.takeRequest();
    // organisation-data-terminology-api specification/organisation-data-terminology-api.yaml,
    // GET /OrganizationAffiliation: primary-organization is the source, participating-organization the target
    assertThat(first.getTarget()).isEqualTo(BASE + "/OrganizationAffiliation?primary-organization=Y12345"
        + "&active=true&_include=OrganizationAffiliation%3Aparticipating-organization");
    assertThat(first.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(server.takeRequest().getTarget()).endsWith("&_offset=2");
  }

  @Test
  void affiliationsStopAtThePageWithNoneAndRefuseALinkToAnotherHost() {
    server.enqueue(affiliationPage(server.url(BASE + "/OrganizationAffiliation?_offset=1").toString()));
    assertThat(ods().affiliations(OdsCode.of("Y12345"), 10).toList()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(affiliationPage(elsewhere.url(BASE + "/OrganizationAffiliation?_offset=1").toString(), "QXY"));
    assertThatThrownBy(() -> ods().affiliations(OdsCode.of("Y12345"), 10).toList())
        .isInstanceOf(NhsDecodeException.class);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void affiliationsRefuseBadInputBeforeAnyCall() {
    assertThatIllegalArgumentException().isThrownBy(() -> ods().affiliations(OdsCode.of("Y12345"), 0))
        .withMessage("maxResults must be at least 1");
    assertThatThrownBy(() -> ods().affiliations(null, 1)).isInstanceOf(NullPointerException.class);
    ods().affiliations(OdsCode.of("Y12345"), 1);
    assertThat(server.getRequestCount()).isZero();
  }
}
