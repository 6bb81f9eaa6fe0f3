package dev.nhsapi.testing.contract;

import static dev.nhsapi.testing.contract.SpecContract.assertHeaders;
import static dev.nhsapi.testing.contract.SpecContract.assertParameters;
import static dev.nhsapi.testing.contract.SpecContract.assertRequired;
import static dev.nhsapi.testing.contract.SpecContract.json;
import static dev.nhsapi.testing.contract.SpecContract.sent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.recordlocator.DocumentReferenceSearch;
import dev.nhsapi.testing.NhsSandbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The National Record Locator consumer API's contract, from NHSDigital/nrl-consumer-api,
 * specification/record-locator/consumer.yaml (version 1.0.0): what the SDK sends and what the sandbox answers,
 * per operation.
 */
class RecordLocatorContractTest {
  private static final String BASE = "/record-locator/consumer/FHIR/R4";
  private static final NhsNumber PATIENT = NhsNumber.of("9000000009");
  /** GET /DocumentReference's query parameters; subject:identifier is required. */
  private static final Set<String> SEARCH =
      Set.of("subject:identifier", "custodian:identifier", "type", "category", "_summary");
  /** The headers every operation requires. */
  private static final String[] HEADERS = {"NHSD-End-User-Organisation-ODS", "X-Request-ID"};

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient nhs = SpecContract.client(sandbox, sandbox.registerApplication("nrl-app"));

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void searchAndCountSendOnlyTheSpecsParametersAndTheRequiredHeaders() {
    DocumentReferenceSearch search = DocumentReferenceSearch.builder(PATIENT).custodian(OdsCode.of("XY1"))
        .type("736253002").category("734163000").build();
    assertThat(nhs.recordLocator().search(search, 5)).hasSize(5);
    assertThat(nhs.recordLocator().count(search)).isPositive();

    assertParameters(sandbox, sent(sandbox, BASE + "/DocumentReference?"), SEARCH, Set.of("subject:identifier"));
    assertThat(sent(sandbox, BASE).get(1).target()).contains("_summary=count");
    assertHeaders(sent(sandbox, BASE), HEADERS);
  }

  @Test
  void readSendsTheRequiredHeaders() {
    nhs.recordLocator().read("XY1-1001");

    assertHeaders(sent(sandbox, BASE + "/DocumentReference/XY1-1001"), HEADERS);
  }

  @Test
  void theSandboxAnswersASearchInTheSpecsShape() {
    NhsResponse<String> answer = nhs.transport().execute(NhsRequest.get(NhsApi.RECORD_LOCATOR,
        "/DocumentReference").query("subject:identifier", NhsNumber.SYSTEM + "|" + PATIENT.value()).build(),
        ResponseDecoder.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject bundle = json(answer.value());
    assertRequired(bundle, "resourceType", "type");
    for (JsonValue entry : bundle.getJsonArray("entry")) {
      JsonObject pointer = entry.asJsonObject().getJsonObject("resource");
      assertRequired(pointer, "resourceType", "status", "content", "author", "custodian", "context", "category",
          "type", "subject");
      for (JsonValue content : pointer.getJsonArray("content")) {
        assertRequired(content.asJsonObject(), "attachment", "format", "extension");
        assertThat(content.asJsonObject().getJsonArray("extension")).isNotEmpty();
      }
    }
  }

  @Test
  void theSandboxAnswersStatusCodesAsTheSpecAndProxySay() {
    NhsClient withoutOrganisation = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("nrl-app-2"))
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();
    NhsRequest read = NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference/{id}", "XY1-1001").build();

    assertThat(SpecContract.status(nhs, read)).isEqualTo(200);
    assertThat(SpecContract.status(nhs, NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference/{id}",
        "XY1-9999").build())).isEqualTo(404);
    assertThat(SpecContract.status(nhs, NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference")
        .query("subject:identifier", NhsNumber.SYSTEM + "|" + PATIENT.value()).query("colour", "blue").build()))
        .isEqualTo(400);
    // proxies/live/apiproxy/policies/RaiseFault.400MissingODSHeader.xml
    assertThat(SpecContract.status(withoutOrganisation, read)).isEqualTo(400);
  }
}
