package dev.nhsapi.recordlocator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.support.TestClients;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RecordLocatorClientTest {
  static final String BASE = "/record-locator/consumer/FHIR/R4";
  static final NhsNumber PATIENT = NhsNumber.of("9000000009");
  static final String SUBJECT = "subject%3Aidentifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9000000009";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  RecordLocatorClient nrl() {
    return client("Y12345");
  }

  RecordLocatorClient client(String endUserOrganisation) {
    return TestClients.against(server)
        .transport(t -> {
          if (endUserOrganisation != null) {
            t.endUserOrganisation(endUserOrganisation);
          }
        }).build().recordLocator();
  }

  static String pointer(String id) {
    return """
        {"resourceType":"DocumentReference","id":"%s","status":"current",
         "type":{"coding":[{"system":"http://snomed.info/sct","code":"736253002"}]},
         "subject":{"identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}},
         "custodian":{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"RX9"}},
         "content":[{"attachment":{"contentType":"application/pdf","url":"https://example.nhs.uk/%s.pdf"}}]}"""
        .formatted(id, id);
  }

  static MockResponse fhir(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body(body).build();
  }

  /** NRL's answer to a search: one Bundle of all the patient's pointers, with no link to another page. */
  static MockResponse page(String... ids) {
    String entries = List.of(ids).stream().map(id -> "{\"resource\":" + pointer(id) + "}")
        .collect(Collectors.joining(","));
    return fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + ids.length
        + ",\"entry\":[" + entries + "]}");
  }

  static MockResponse linkedPage(String next, String... ids) {
    String entries = List.of(ids).stream().map(id -> "{\"resource\":" + pointer(id) + "}")
        .collect(Collectors.joining(","));
    return fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"link\":[{\"relation\":\"next\",\"url\":\""
        + next + "\"}],\"entry\":[" + entries + "]}");
  }

  static MockResponse outcome(int status, String code, String nhsCode) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/fhir+json").body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","details":{"coding":[
         {"system":"https://fhir.nhs.uk/ValueSet/Spine-ErrorOrWarningCode-1","code":"%s"}]},
         "diagnostics":"The requested DocumentReference could not be found"}]}""".formatted(code, nhsCode)).build();
  }

  @Test
  void searchesWithEachParameterAndTheEndUserOrganisation() throws Exception {
    server.enqueue(page("RX9-1"));
    DocumentReferenceSearch search = DocumentReferenceSearch.builder(PATIENT).custodian(OdsCode.of("RX9"))
        .type("736253002").category("734163000").build();

    List<DocumentReference> found = nrl().search(search, 10).toList();

    assertThat(found).extracting(DocumentReference::id).containsExactly("RX9-1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(BASE + "/DocumentReference?" + SUBJECT
        + "&custodian%3Aidentifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CRX9"
        + "&type=http%3A%2F%2Fsnomed.info%2Fsct%7C736253002&category=http%3A%2F%2Fsnomed.info%2Fsct%7C734163000");
    assertThat(request.getHeaders().get("NHSD-End-User-Organisation-ODS")).isEqualTo("Y12345");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(request.getHeaders().get("X-Request-ID")).isNotBlank();
    assertThat(search).asString()
        .isEqualTo("DocumentReferenceSearch[subject:identifier, custodian:identifier, type, category]")
        .doesNotContain("9000000009");
  }

  @Test
  void takesOneCallForAWholeSearchAndNoPageTokenTheSpecNoLongerDocuments() throws Exception {
    // nrl-consumer-api specification/record-locator/consumer.yaml (May 2025 on) has no next-page-token: a search
    // answers one Bundle. A tag in the old shape is ignored rather than followed.
    server.enqueue(fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"meta\":{\"tag\":[{\"code\":"
        + "\"tok-1\",\"display\":\"next_page_token\"}]},\"entry\":[{\"resource\":" + pointer("RX9-1") + "}]}"));

    List<DocumentReference> found = nrl().search(DocumentReferenceSearch.builder(PATIENT).type("736253002").build(),
        10).toList();

    assertThat(found).extracting(DocumentReference::id).containsExactly("RX9-1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getTarget()).doesNotContain("next-page-token");
  }

  @Test
  void fetchesNoPageBeyondTheMaximumAndStopsAtAnEmptyOrLastPage() {
    String next = server.url(BASE + "/DocumentReference?page=2").toString();
    server.enqueue(linkedPage(next, "RX9-1", "RX9-2"));
    assertThat(nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 2).toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(linkedPage(next, "RX9-1"));
    server.enqueue(linkedPage(next));
    assertThat(nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 100).toList()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(3);

    server.enqueue(page());
    assertThat(nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 100).toList()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void followsANextLinkWithinTheApiAndRefusesOneToAnotherHost() throws Exception {
    server.enqueue(linkedPage(server.url(BASE + "/DocumentReference?page=2").toString(), "RX9-1"));
    server.enqueue(page("RX9-2"));
    assertThat(nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 5).toList()).hasSize(2);
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + "/DocumentReference?page=2");

    server.enqueue(linkedPage(elsewhere.url(BASE + "/DocumentReference?page=2").toString(), "RX9-1"));
    assertThatThrownBy(() -> nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 5).toList())
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("the search's next-page link points outside the record-locator API");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void searchesMakeNoCallUntilTheStreamIsConsumed() {
    nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 5);

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void readsOnePointerById() throws Exception {
    server.enqueue(fhir(pointer("RX9-crisis-0042")));

    DocumentReference pointer = nrl().read("RX9-crisis-0042");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(BASE + "/DocumentReference/RX9-crisis-0042");
    assertThat(request.getHeaders().get("NHSD-End-User-Organisation-ODS")).isEqualTo("Y12345");
    assertThat(pointer.custodianOdsCode()).contains("RX9");
    assertThat(pointer.subjectNhsNumber()).contains("9000000009");
    assertThat(pointer.typeCode()).contains("736253002");
    assertThat(pointer.attachmentUrl()).contains("https://example.nhs.uk/RX9-crisis-0042.pdf");
  }

  @Test
  void readAndCountWithResponseSendTheOptionsAndReturnTheStatusAndIds() throws Exception {
    server.enqueue(fhir(pointer("RX9-1")));
    server.enqueue(fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":2}"));

    NhsResponse<DocumentReference> read = nrl().readWithResponse("RX9-1", TestClients.TRACED);
    NhsResponse<Integer> count = nrl().countWithResponse(DocumentReferenceSearch.builder(PATIENT).build(),
        TestClients.TRACED);

    for (NhsResponse<?> response : List.of(read, count)) {
      RecordedRequest request = server.takeRequest();
      TestClients.assertTraced(request);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.requestId()).isEqualTo(request.getHeaders().get("X-Request-ID"));
    }
    assertThat(read.value().id()).isEqualTo("RX9-1");
    assertThat(count.value()).isEqualTo(2);
  }

  @Test
  void searchSendsTheOptionsWithEveryPagesCallAndRefusesARequestId() throws Exception {
    server.enqueue(linkedPage(server.url(BASE + "/DocumentReference?page=2").toString(), "RX9-1"));
    server.enqueue(page("RX9-2"));
    DocumentReferenceSearch search = DocumentReferenceSearch.builder(PATIENT).build();

    assertThat(nrl().search(search, 10, TestClients.TRACED)).hasSize(2);

    TestClients.assertTraced(server.takeRequest());
    TestClients.assertTraced(server.takeRequest());
    TestClients.assertRefusesARequestId(server, options -> nrl().search(search, 10, options));
  }

  @Test
  void mapsNrlErrorsToTypedExceptions() {
    server.enqueue(outcome(404, "not-found", "NO_RECORD_FOUND"));
    assertThatThrownBy(() -> nrl().read("RX9-missing"))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo("NO_RECORD_FOUND");
        });

    server.enqueue(outcome(400, "invalid", "INVALID_NHS_NUMBER"));
    assertThatThrownBy(() -> nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 5).toList())
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void countsASearchWithSummaryCount() throws Exception {
    server.enqueue(fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":23}"));

    int count = nrl().count(DocumentReferenceSearch.builder(PATIENT).custodian(OdsCode.of("RX9")).type("736253002")
        .build());

    assertThat(count).isEqualTo(23);
    RecordedRequest request = server.takeRequest();
    // nrl-consumer-api specification/record-locator/consumer.yaml: GET /DocumentReference with _summary=count
    // (the /DocumentReference/_count path was removed in May 2025), any of the search's parameters
    assertThat(request.getTarget()).isEqualTo(BASE + "/DocumentReference?" + SUBJECT
        + "&custodian%3Aidentifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CRX9"
        + "&type=http%3A%2F%2Fsnomed.info%2Fsct%7C736253002&_summary=count");
    assertThat(request.getHeaders().get("NHSD-End-User-Organisation-ODS")).isEqualTo("Y12345");
  }

  @Test
  void aCountWithoutATotalIsADecodeError() {
    server.enqueue(fhir("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}"));

    assertThatThrownBy(() -> nrl().count(DocumentReferenceSearch.builder(PATIENT).build()))
        .isInstanceOf(NhsDecodeException.class).hasMessageStartingWith("the count's Bundle has no total");
  }

  @Test
  void everyCallNeedsAnEndUserOrganisationBeforeAnyIo() {
    RecordLocatorClient withoutOrganisation = client(null);
    DocumentReferenceSearch search = DocumentReferenceSearch.builder(PATIENT).build();

    assertThatIllegalStateException().isThrownBy(() -> withoutOrganisation.search(search, 5))
        .withMessageContaining("NHSD-End-User-Organisation-ODS").withMessageContaining("endUserOrganisation");
    assertThatIllegalStateException().isThrownBy(() -> withoutOrganisation.read("RX9-1"))
        .withMessageContaining("NHSD-End-User-Organisation-ODS");
    assertThatIllegalStateException().isThrownBy(() -> withoutOrganisation.count(search))
        .withMessageContaining("NHSD-End-User-Organisation-ODS");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusesInvalidInputBeforeAnyIo() {
    assertThatIllegalArgumentException().isThrownBy(() -> nrl().read("no_hyphen"))
        .withMessageContaining("an NRL id is the custodian's ODS code").withMessageNotContaining("no_hyphen");
    assertThatIllegalArgumentException().isThrownBy(() -> nrl().read("RX9-../etc"));
    assertThatIllegalArgumentException().isThrownBy(() -> nrl().read("RX9-" + "1".repeat(61)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 0))
        .withMessage("maxResults must be at least 1");
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentReferenceSearch.builder(PATIENT).type("12"))
        .withMessageContaining("SNOMED CT concept id");
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentReferenceSearch.builder(PATIENT).category("0123456"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentReferenceSearch.builder(PATIENT).type("736253002").type("861421000000109"))
        .withMessageContaining("type is already set");
    assertThatThrownBy(() -> DocumentReferenceSearch.builder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> nrl().read(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void toStringNamesTheEnvironmentOnly() {
    assertThat(nrl().toString()).startsWith("RecordLocatorClient[");
  }
}
