package dev.nhsapi.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Organization;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {
  static final String BASE = "/organisation-data-terminology-api/fhir";

  @StartStop final MockWebServer server = new MockWebServer();

  NhsTransport transport() {
    return NhsTransport.builder().environment(NhsEnvironment.custom(server.url("/").uri())).build();
  }

  static MockResponse page(String next) {
    String link = next == null ? "" : "\"link\":[{\"relation\":\"next\",\"url\":\"" + next + "\"}],";
    return new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body("{\"resourceType\":"
        + "\"Bundle\",\"type\":\"searchset\"," + link + "\"entry\":[{\"resource\":{\"resourceType\":\"Organization\","
        + "\"name\":\"A\"}}]}").build();
  }

  @Test
  void givesEveryPagesCallTheOptionsAndItsOwnRequestId() throws Exception {
    server.enqueue(page(server.url(BASE + "/Organization?_offset=1").toString()));
    server.enqueue(page(null));
    RequestOptions options = RequestOptions.builder().correlationId("trace-1").timeout(Duration.ofSeconds(5))
        .header("NHSD-Session-URID", "555254240100").build();
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    assertThat(Paging.stream(transport(), first, options, bundle -> bundle.resources(Organization.class), 10))
        .hasSize(2);

    RecordedRequest one = server.takeRequest();
    RecordedRequest two = server.takeRequest();
    for (RecordedRequest request : new RecordedRequest[] {one, two}) {
      assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("trace-1");
      assertThat(request.getHeaders().get("NHSD-Session-URID")).isEqualTo("555254240100");
    }
    assertThat(one.getHeaders().get("X-Request-ID")).isNotEqualTo(two.getHeaders().get("X-Request-ID"));
  }

  @Test
  void followsNextLinksUnderAnOverriddenApiUrlAndRefusesOnesUnderTheDefault() {
    NhsEnvironment environment = NhsEnvironment.custom(server.url("/").uri()).toBuilder()
        .apiUrl(NhsApi.ODS, server.url("/gateway/ods").uri())
        .build();
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    assertThat(Paging.nextPage(environment, first, server.url("/gateway/ods/Organization?_offset=1").toString())
        .pathTemplate()).isEqualTo("/Organization");
    assertThatThrownBy(() -> Paging.nextPage(environment, first, server.url(BASE + "/Organization").toString()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("the search's next-page link points outside the ods API");
  }

  @Test
  void refusesOptionsWithARequestIdBeforeAnyCall() {
    RequestOptions options = RequestOptions.builder().requestId(UUID.randomUUID()).build();
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Paging.stream(transport(), first, options, bundle -> bundle.resources(Organization.class),
            10))
        .withMessage("a paged search makes one call per page, each with its own X-Request-ID, so its options cannot "
            + "set a request id; set a correlation id to tie the pages' calls together");
    assertThatNullPointerException()
        .isThrownBy(() -> Paging.stream(transport(), first, null, bundle -> bundle.resources(Organization.class), 10))
        .withMessage("options == null");
    assertThat(server.getRequestCount()).isZero();
  }

  /**
   * Issue 17 finding 3: the prefix was checked on the encoded path, and OkHttp resolved the decoded {@code %2F..%2F}
   * when it sent the next page, so a server could make the SDK send the ODS API key to {@code /oauth2/token} or to
   * another API.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "/Organization%2F..%2F..%2F..%2Foauth2%2Ftoken?page=2",
    "/%2E%2E%2F..%2F..%2Foauth2/token",
    "/x%2F..%2F..%2F..%2F..%2Fpersonal-demographics%2FFHIR%2FR4%2FPatient%2F9000000009",
    "/Organization%5C..%5C..%5C..%5Cpersonal-demographics/FHIR/R4/Patient",
    "/../../personal-demographics/FHIR/R4/Patient?page=2",
    "%2F..%2F..%2F..%2F..%2F..%2Foauth2%2Ftoken"
  })
  void refusesANextPageLinkWhoseNormalisedPathLeavesTheApi(String path) {
    server.enqueue(page(server.url("/").toString().replaceAll("/$", "") + BASE + path));
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    assertThatThrownBy(() -> Paging.stream(transport(), first, RequestOptions.defaults(),
            bundle -> bundle.resources(Organization.class), 10).toList())
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("the search's next-page link points outside the ods API");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void followsANextPageLinkThatStaysInTheApiOnceNormalised() throws Exception {
    server.enqueue(page(server.url(BASE + "/x%2F..%2FOrganization?_offset=1").toString()));
    server.enqueue(page(null));
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    assertThat(Paging.stream(transport(), first, RequestOptions.defaults(),
        bundle -> bundle.resources(Organization.class), 10)).hasSize(2);

    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + "/Organization?_offset=1");
  }

  @Test
  void aNextPagesTemplateShowsOnlyTheFirstRequestsFixedSegmentsSoLogsNeverRepeatTheServersPath() {
    NhsEnvironment environment = NhsEnvironment.custom(server.url("/").uri());
    NhsRequest first = NhsRequest.get(NhsApi.ODS, "/Organization").build();

    NhsRequest next = Paging.nextPage(environment, first,
        server.url(BASE + "/Organization/Quillfeather/9000000009?page=2").toString());

    assertThat(next.pathTemplate()).isEqualTo("/Organization/{page}/{page}");
    assertThat(next.pathValues()).containsExactly("Quillfeather", "9000000009");
    assertThat(next.toString()).doesNotContain("Quillfeather").doesNotContain("9000000009");
  }
}
