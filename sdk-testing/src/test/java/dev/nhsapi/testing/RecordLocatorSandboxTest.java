package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ForbiddenException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.recordlocator.DocumentReferenceSearch;
import dev.nhsapi.recordlocator.RecordLocatorClient;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The National Record Locator through the SDK's RecordLocatorClient, against the sandbox's document pointers. */
class RecordLocatorSandboxTest {
  static final String BASE = "/record-locator/consumer/FHIR/R4";
  static final NhsNumber PATIENT = NhsNumber.of("9000000009");

  final NhsSandbox sandbox = NhsSandbox.start();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  NhsClient client(Credentials credentials, Consumer<NhsTransport.Builder> settings) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> settings.accept(t.rateLimit(RateLimitOptions.disabled()))).build();
  }

  RecordLocatorClient nrl() {
    return client(sandbox.registerApplication("nrl-app"), t -> t.endUserOrganisation("Y12345")).recordLocator();
  }

  static List<String> ids(List<DocumentReference> pointers) {
    return pointers.stream().map(DocumentReference::id).toList();
  }

  @Test
  void searchesAPatientsPointersInOneCall() {
    List<DocumentReference> pointers = nrl().search(DocumentReferenceSearch.builder(PATIENT).build(), 100).toList();

    assertThat(pointers).hasSize(22).doesNotHaveDuplicates()
        .allSatisfy(p -> assertThat(p.subjectNhsNumber()).contains("9000000009"));
    assertThat(ids(pointers)).first().isEqualTo("XY1-1001");
    List<SandboxRequest> searches = sandbox.requests().stream().filter(r -> r.target().startsWith(BASE)).toList();
    assertThat(searches).singleElement()
        .satisfies(r -> assertThat(r.header("NHSD-End-User-Organisation-ODS")).isEqualTo("Y12345"));
  }

  @Test
  void answersASearchAsTheConsumerSpecShowsIt() {
    NhsClient nhs = client(sandbox.registerApplication("nrl-app"), t -> t.endUserOrganisation("Y12345"));
    NhsRequest.Builder search = NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference")
        .query("subject:identifier", "https://fhir.nhs.uk/Id/nhs-number|9000000009");

    // nrl-consumer-api specification/record-locator/consumer.yaml: a searchset Bundle with total and every
    // match, no paging token; each content has attachment, format and at least one extension
    Bundle all = nhs.transport().execute(search.build(), FhirJson.responseDecoder(Bundle.class)).value();
    assertThat(all.type()).isEqualTo("searchset");
    assertThat(all.entry()).hasSize(22);
    assertThat(all.total()).isEqualTo(22);
    assertThat(all.meta()).isNull();
    assertThat(all.resources(DocumentReference.class)).flatExtracting(DocumentReference::content)
        .allSatisfy(content -> {
          assertThat(content.attachment()).isNotNull();
          assertThat(content.format()).isNotNull();
          assertThat(content.unknown().names()).contains("extension");
        });
    // _summary=count: the total and no entry
    Bundle count = nhs.transport().execute(search.query("_summary", "count").build(),
        FhirJson.responseDecoder(Bundle.class)).value();
    assertThat(count.total()).isEqualTo(22);
    assertThat(count.entry()).isEmpty();
  }

  @Test
  void filtersByCustodianTypeAndCategory() {
    RecordLocatorClient nrl = nrl();

    List<DocumentReference> trust = nrl.search(DocumentReferenceSearch.builder(PATIENT)
        .custodian(OdsCode.of("XY1")).build(), 100).toList();
    assertThat(trust).hasSize(11).allSatisfy(p -> assertThat(p.custodianOdsCode()).contains("XY1"));
    assertThat(trust).allSatisfy(p -> assertThat(p.id()).startsWith("XY1-"));

    List<DocumentReference> crisisPlans = nrl.search(DocumentReferenceSearch.builder(PATIENT)
        .type("736253002").build(), 100).toList();
    assertThat(crisisPlans).hasSize(6).allSatisfy(p -> assertThat(p.typeCode()).contains("736253002"));

    assertThat(nrl.search(DocumentReferenceSearch.builder(PATIENT).custodian(OdsCode.of("XY1"))
        .type("736253002").build(), 100).toList()).hasSize(6);
    assertThat(nrl.search(DocumentReferenceSearch.builder(PATIENT).category("1102421000000108").build(), 100)
        .toList()).hasSize(5).allSatisfy(p -> assertThat(p.typeCode()).contains("1363501000000100"));
    assertThat(nrl.search(DocumentReferenceSearch.builder(NhsNumber.of("9000000017")).build(), 100).toList())
        .hasSize(2);
    assertThat(nrl.search(DocumentReferenceSearch.builder(NhsNumber.of("9000000033")).build(), 100).toList())
        .isEmpty();
  }

  @Test
  void readsAPointerAndAnswers404ForAnUnknownId() {
    RecordLocatorClient nrl = nrl();
    DocumentReference pointer = nrl.read("Y12345-1001");

    assertThat(pointer.custodianOdsCode()).contains("Y12345");
    assertThat(pointer.typeCode()).contains("861421000000109");
    assertThat(pointer.attachmentUrl()).hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
    assertThatThrownBy(() -> nrl.read("Y12345-9999"))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("NO_RECORD_FOUND");
          assertThat(e.diagnostics()).isEqualTo("The requested DocumentReference could not be found");
        });
  }

  @Test
  void countsWithSummaryCount() {
    RecordLocatorClient nrl = nrl();

    assertThat(nrl.count(DocumentReferenceSearch.builder(PATIENT).build())).isEqualTo(22);
    assertThat(nrl.count(DocumentReferenceSearch.builder(PATIENT).type("887701000000100").build())).isEqualTo(5);
    assertThat(nrl.count(DocumentReferenceSearch.builder(PATIENT).custodian(OdsCode.of("XY1")).type("736253002")
        .build())).isEqualTo(6);
    assertThat(sandbox.requests()).filteredOn(r -> r.target().startsWith(BASE))
        .allSatisfy(r -> assertThat(r.target()).contains("_summary=count"));
    assertThat(nrl.count(DocumentReferenceSearch.builder(NhsNumber.of("9000000033")).build())).isZero();
  }

  @Test
  void refusesACallWithoutTheEndUserOrganisationHeaderAsNrlsProxyDoes() {
    NhsClient withoutOrganisation = client(sandbox.registerApplication("nrl-app"), t -> { });

    assertThatThrownBy(() -> withoutOrganisation.transport().execute(
        NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference/{id}", "XY1-1001").build(),
        FhirJson.responseDecoder(DocumentReference.class)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          // nrl-consumer-api proxies/live/apiproxy/policies/RaiseFault.400MissingODSHeader.xml
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorCode()).isEqualTo("PRECONDITION_FAILED");
          assertThat(e.operationOutcome().issues().get(0).code()).isEqualTo("required");
          assertThat(e.operationOutcome().issues().get(0).details().get(0).system())
              .isEqualTo("https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode");
        });
  }

  @Test
  void takesApplicationRestrictedAccessOnly() {
    RecordLocatorClient healthcareWorker = client(sandbox.signInHealthcareWorker(),
        t -> t.endUserOrganisation("Y12345")).recordLocator();
    RecordLocatorClient open = client(Credentials.none(), t -> t.endUserOrganisation("Y12345")).recordLocator();

    assertThatThrownBy(() -> healthcareWorker.read("XY1-1001"))
        .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.errorCode()).isEqualTo("ACCESS DENIED"));
    assertThatThrownBy(() -> open.read("XY1-1001")).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void answersInvalidParametersWithNrlErrorCodes() {
    NhsClient nhs = client(sandbox.registerApplication("nrl-app"), t -> t.endUserOrganisation("Y12345"));

    assertThat(invalid(nhs, "/DocumentReference", "subject:identifier", "https://fhir.nhs.uk/Id/nhs-number|12"))
        .isEqualTo("INVALID_NHS_NUMBER");
    assertThat(invalid(nhs, "/DocumentReference", "type", "http://loinc.org|34108-1"))
        .isEqualTo("INVALID_NHS_NUMBER");
    assertThat(invalid(nhs, "/DocumentReference", "colour", "blue")).isEqualTo("INVALID_PARAMETER");
    assertThat(searchWith(nhs, "_summary", "data")).isEqualTo("INVALID_PARAMETER");
    assertThat(searchWith(nhs, "type", "http://loinc.org|34108-1")).isEqualTo("INVALID_CODE_SYSTEM");
    assertThat(searchWith(nhs, "custodian:identifier", "https://example.org/other|XY1"))
        .isEqualTo("INVALID_IDENTIFIER_SYSTEM");
    assertThat(searchWith(nhs, "next-page-token", "eyJvZmZzZXQiOjIwfQ")).isEqualTo("INVALID_PARAMETER");
  }

  private static String invalid(NhsClient nhs, String path, String name, String value) {
    NhsRequest request = NhsRequest.get(NhsApi.RECORD_LOCATOR, path).query(name, value).build();
    return errorCode(nhs, request);
  }

  private static String searchWith(NhsClient nhs, String name, String value) {
    NhsRequest request = NhsRequest.get(NhsApi.RECORD_LOCATOR, "/DocumentReference")
        .query("subject:identifier", "https://fhir.nhs.uk/Id/nhs-number|9000000009").query(name, value).build();
    return errorCode(nhs, request);
  }

  private static String errorCode(NhsClient nhs, NhsRequest request) {
    try {
      nhs.transport().execute(request, FhirJson.responseDecoder(Bundle.class));
    } catch (InvalidRequestException e) {
      assertThat(e.statusCode()).isEqualTo(400);
      return e.errorCode();
    } catch (NhsHttpException e) {
      return "unexpected " + e.statusCode();
    }
    return "no error";
  }
}
