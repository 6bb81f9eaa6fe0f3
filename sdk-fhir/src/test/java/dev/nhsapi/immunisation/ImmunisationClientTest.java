package dev.nhsapi.immunisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.fhir.FhirDateTime;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.support.TestClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImmunisationClientTest {
  static final String BASE = "/immunisation-fhir-api/FHIR/R4";
  static final String ID = "12a33650-6f94-4e8f-a971-1c5c41da5b22";
  static final NhsNumber PATIENT = NhsNumber.of("9000000009");
  static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @StartStop final MockWebServer server = new MockWebServer();

  ImmunisationClient imms() {
    return client(RetryOptions.disabled());
  }

  ImmunisationClient retrying() {
    return client(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(5)));
  }

  ImmunisationClient client(RetryOptions retry) {
    return TestClients.against(server).transport(t -> t.retry(retry)).build().immunisation();
  }

  static Immunization flu() {
    return Immunization.builder()
        .status(Immunization.COMPLETED)
        .vaccineCode(Immunization.snomed("39566211000001103", "Supemtek"))
        .patient(new Reference("#Pat1", null, null, null, null))
        .occurrenceDateTime(new FhirDateTime("2024-10-08T09:42:05+01:00"))
        .protocolApplied(List.of(Immunization.ProtocolApplied.of(1, List.of(Immunization.snomed("6142004",
            "Influenza")))))
        .build();
  }

  static MockResponse immunization(String id, String versionId, String etag) {
    MockResponse.Builder response = new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json")
        .body(FhirJson.encode(flu().toBuilder().id(id).meta(new dev.nhsapi.fhir.Meta(versionId, null, null, null,
            null, null, null)).build()));
    if (etag != null) {
      response.addHeader("E-Tag", etag);
    }
    return response.build();
  }

  /** A record as a read of {@link #ID} at {@code version} returns it. */
  static ImmunizationRecord read(String version) {
    return new ImmunizationRecord(flu().toBuilder().id(ID).build(), ID, version);
  }

  static MockResponse updated(String etag) {
    MockResponse.Builder response = new MockResponse.Builder().code(200);
    if (etag != null) {
      response.addHeader("E-Tag", etag);
    }
    return response.build();
  }

  static MockResponse outcome(int status, String issueType, String code) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/fhir+json").body("""
        {"resourceType":"OperationOutcome","id":"a5abca2a-4eda-41da-b2cc-95d48c6b791d","issue":[{"severity":"error",
         "code":"%s","details":{"coding":[{"system":"https://fhir.nhs.uk/Codesystem/http-error-codes","code":"%s"}]},
         "diagnostics":"The requested resource was not found."}]}""".formatted(issueType, code)).build();
  }

  @Test
  void createPostsTheRecordAsFhirJsonAndReturnsTheIdFromLocation() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201)
        .addHeader("Location", "https://int.api.service.nhs.uk" + BASE + "/Immunization/" + ID).build());

    String id = imms().create(flu());

    assertThat(id).isEqualTo(ID);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(BASE + "/Immunization");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/fhir+json");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(request.getHeaders().get("X-Correlation-ID")).matches(UUID_SHAPE);
    assertThat(request.getHeaders().get("X-Request-ID")).matches(UUID_SHAPE);
    assertThat(FhirJson.decode(request.getBody().utf8(), Immunization.class)).isEqualTo(flu());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/immunisation-fhir-api/FHIR/R4/Immunization/" + ID, "Immunization/" + ID + "/", ID,
      "https://api.service.nhs.uk/immunisation-fhir-api/FHIR/R4/Immunization/" + ID + "?x=1"})
  void createReadsTheIdFromAbsoluteRelativeOrBareLocations(String location) {
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Location", location).build());

    assertThat(imms().create(flu())).isEqualTo(ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/immunisation-fhir-api/FHIR/R4/Immunization/", "Immunization/not_an_id",
      "/immunisation-fhir-api/FHIR/R4/Patient/9000000009"})
  void createFailsToDecodeALocationWithoutAnId(String location) {
    MockResponse.Builder response = new MockResponse.Builder().code(201);
    if (!location.isEmpty()) {
      response.addHeader("Location", location);
    }
    server.enqueue(response.build());

    assertThatThrownBy(() -> imms().create(flu())).isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("Location header names no record id");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void createIsNeverResentWithoutTheApiAskingForIt(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Location", ID).build());

    assertThatThrownBy(() -> retrying().create(flu())).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1|1", "\"2\"|2", "W/\"3\"|3", " 4 |4"})
  void readTakesTheVersionFromTheETagHeader(String etag, String version) throws Exception {
    server.enqueue(immunization(ID, "9", etag));

    ImmunizationRecord record = imms().read(ID);

    assertThat(record.version()).isEqualTo(version);
    assertThat(record.id()).isEqualTo(ID);
    assertThat(record.immunization().id()).isEqualTo(ID);
    assertThat(record.immunization().targetDiseaseCodes()).containsExactly("6142004");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo(BASE + "/Immunization/" + ID);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(record).hasToString("ImmunizationRecord[version=" + version + "]");
  }

  @Test
  void readFallsBackToMetaVersionIdWithoutAUsableETag() {
    server.enqueue(immunization(ID, "7", null));
    server.enqueue(immunization(ID, "8", "W/\"abc\""));

    assertThat(imms().read(ID).version()).isEqualTo("7");
    assertThat(imms().read(ID).version()).isEqualTo("8");
  }

  @Test
  void readOfAMissingRecordThrowsResourceNotFound() {
    server.enqueue(outcome(404, "not-found", "NOT-FOUND"));

    assertThatThrownBy(() -> imms().read(ID)).isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("NOT-FOUND");
      assertThat(e.getMessage()).doesNotContain(ID);
    });
  }

  @Test
  void updatePutsTheWholeRecordWithTheVersionReadInTheETagHeaderAndReturnsTheNewVersion() throws Exception {
    server.enqueue(updated("3"));

    ImmunizationRecord updated = imms().update(new ImmunizationRecord(flu(), ID, "2"), flu());

    assertThat(updated.id()).isEqualTo(ID);
    assertThat(updated.version()).isEqualTo("3");
    assertThat(updated.immunization()).isEqualTo(flu().toBuilder().id(ID).build());
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo(BASE + "/Immunization/" + ID);
    assertThat(request.getHeaders().get("E-Tag")).isEqualTo("2");
    assertThat(request.getHeaders().get("If-Match")).isNull();
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/fhir+json");
    Immunization sent = FhirJson.decode(request.getBody().utf8(), Immunization.class);
    assertThat(sent.id()).isEqualTo(ID);
    assertThat(sent.toBuilder().id(null).build()).isEqualTo(flu());
  }

  @Test
  void updateSendsARecordThatAlreadyHasItsIdUnchangedAndHasNoVersionWithoutAnETag() throws Exception {
    server.enqueue(updated(null));
    Immunization withId = flu().toBuilder().id(ID).build();

    ImmunizationRecord updated = imms().update(read("1"), withId);

    assertThat(FhirJson.decode(server.takeRequest().getBody().utf8(), Immunization.class)).isEqualTo(withId);
    assertThat(updated.version()).isNull();
  }

  @Test
  void aRecordReadThenUpdatedTwiceSendsEachVersionInTurn() throws Exception {
    server.enqueue(immunization(ID, "1", "1"));
    server.enqueue(updated("2"));
    server.enqueue(updated("W/\"3\""));

    ImmunizationRecord first = imms().update(imms().read(ID), flu());
    ImmunizationRecord second = imms().update(first, flu());

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("E-Tag")).isEqualTo("1");
    assertThat(server.takeRequest().getHeaders().get("E-Tag")).isEqualTo("2");
    assertThat(second.version()).isEqualTo("3");
  }

  @Test
  void updateIsConditionalSoItIsResentOnTheSameRequestId() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(updated("2"));

    retrying().update(read("1"), flu());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("X-Request-ID"))
        .isEqualTo(server.takeRequest().getHeaders().get("X-Request-ID"));
  }

  @Test
  void updateOfAStaleVersionSurfacesTheApisInvariantError() {
    server.enqueue(outcome(400, "invariant", "INVARIANT"));

    assertThatThrownBy(() -> imms().update(read("1"), flu()))
        .isInstanceOfSatisfying(dev.nhsapi.core.InvalidRequestException.class,
            e -> assertThat(e.errorCode()).isEqualTo("INVARIANT"));
  }

  @Test
  void updateRefusesARecordWithoutAWholeVersionOrAnotherIdBeforeAnyCall() {
    assertThatIllegalArgumentException().isThrownBy(() -> imms().update(read("W/\"1\""), flu()))
        .withMessage("an immunisation's version (E-Tag) is a whole number, such as 1");
    assertThatIllegalArgumentException().isThrownBy(() -> imms().update(read(""), flu()));
    assertThatIllegalStateException().isThrownBy(() -> imms().update(read(null), flu()))
        .withMessage("the record has no version for the E-Tag header; read it again");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> imms().update(read("1"), flu().toBuilder().id(UUID.randomUUID().toString()).build()))
        .withMessage("the changed immunisation's id must be the id of the record read");
    assertThatThrownBy(() -> imms().update(null, flu())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> imms().update(read("1"), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ImmunizationRecord(flu(), null, "1")).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyOperationWithResponseSendsTheOptionsAndReturnsTheStatusAndIds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Location", "Immunization/" + ID).build());
    server.enqueue(immunization(ID, "1", "1"));
    server.enqueue(updated("2"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json")
        .body("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}").build());

    NhsResponse<String> created = imms().createWithResponse(flu(), TestClients.TRACED);
    NhsResponse<ImmunizationRecord> read = imms().readWithResponse(ID, TestClients.TRACED);
    NhsResponse<ImmunizationRecord> updated = imms().updateWithResponse(read.value(), flu(), TestClients.TRACED);
    NhsResponse<String> deleted = imms().deleteWithResponse(ID, TestClients.TRACED);
    NhsResponse<ImmunizationSearchResult> found = imms().searchWithResponse(ImmunizationSearch.builder()
        .patient(PATIENT).vaccineTypes(VaccineType.FLU).build(), TestClients.TRACED);

    List<NhsResponse<?>> responses = List.of(created, read, updated, deleted, found);
    assertThat(responses).extracting(NhsResponse::statusCode).containsExactly(201, 200, 200, 204, 200);
    for (NhsResponse<?> response : responses) {
      RecordedRequest request = server.takeRequest();
      TestClients.assertTraced(request);
      assertThat(response.requestId()).isEqualTo(request.getHeaders().get("X-Request-ID"));
    }
    assertThat(created.value()).isEqualTo(ID);
    assertThat(read.value().version()).isEqualTo("1");
    assertThat(updated.value().version()).isEqualTo("2");
    assertThat(deleted.value()).isEqualTo(ID);
    assertThat(found.value().immunizations()).isEmpty();
  }

  @Test
  void deleteSendsDeleteAndAcceptsNoContent() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    imms().delete(ID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo(BASE + "/Immunization/" + ID);
  }

  @Test
  void deleteIsNotResentAfterAFailure() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(204).build());

    assertThatThrownBy(() -> retrying().delete(ID)).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void deleteOfADeletedRecordThrowsResourceNotFound() {
    server.enqueue(outcome(404, "not-found", "NOT-FOUND"));

    assertThatThrownBy(() -> imms().delete(ID)).isInstanceOf(ResourceNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "../Patient", "12a33650_6f94_4e8f_a971_1c5c41da5b22", "a b",
      "12a33650-6f94-4e8f-a971-1c5c41da5b22/x", "%2e%2e",
      "12a33650-6f94-4e8f-a971-1c5c41da5b22-12a33650-6f94-4e8f-a971-1c5c4"})
  void refusesAnIdThatIsNotTheApisIdShapeBeforeAnyCall(String id) {
    List<Consumer<ImmunisationClient>> calls = List.of(c -> c.read(id), c -> c.delete(id),
        c -> c.update(new ImmunizationRecord(flu(), id, "1"), flu()));

    for (Consumer<ImmunisationClient> call : calls) {
      assertThatIllegalArgumentException().isThrownBy(() -> call.accept(imms()))
          .withMessage("an immunisation id is 1 to 64 letters, digits, '-' and '.' (not '.' or '..'), such as "
              + "12a33650-6f94-4e8f-a971-1c5c41da5b22");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9000000009", "a", "x.y-Z", "12A33650-6F94-4E8F-A971-1C5C41DA5B22",
      "12a33650-6f94-4e8f-a971-1c5c41da5b22-12a33650-6f94-4e8f-a971-1c5"})
  void acceptsAnyIdOfTheApisShape(String id) throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    imms().delete(id);

    assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + "/Immunization/" + id);
  }

  @Test
  void searchSendsThePatientTargetsDatesAndIncludeAndSplitsTheBundle() throws Exception {
    String bundle = """
        {"resourceType":"Bundle","type":"searchset","total":1,"entry":[
         {"fullUrl":"https://x/Immunization/%s","resource":%s,"search":{"mode":"match"}},
         {"fullUrl":"urn:uuid:1f1f7b1e-0c55-4a56-9e49-0d8d1c2b3a4f","resource":{"resourceType":"Patient",
          "id":"9000000009","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}]},
          "search":{"mode":"include"}}]}""".formatted(ID, FhirJson.encode(flu().toBuilder().id(ID).build()));
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body(bundle)
        .build());
    ImmunizationSearch search = ImmunizationSearch.builder().patient(PATIENT)
        .vaccineTypes(VaccineType.FLU, VaccineType.RSV).vaccineTypes(VaccineType.FLU)
        .dateFrom(LocalDate.of(2024, 9, 1)).dateTo(LocalDate.of(2025, 3, 31)).includePatient().build();

    ImmunizationSearchResult result = imms().search(search);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(BASE + "/Immunization"
        + "?patient.identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9000000009"
        + "&-immunization.target=FLU%2CRSV&-date.from=2024-09-01&-date.to=2025-03-31"
        + "&_include=Immunization%3Apatient");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(result.immunizations()).extracting(Immunization::id).containsExactly(ID);
    assertThat(result.patients()).singleElement().satisfies(p -> assertThat(p.nhsNumber()).contains(PATIENT));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.warnings()).isEmpty();
    assertThat(result).hasToString("ImmunizationSearchResult[immunizations=1, patients=1, total=1, warnings=0]");
  }

  @Test
  void searchSendsOnlyWhatWasSetAndReadsAnEmptyBundle() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json")
        .body("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}").build());

    ImmunizationSearchResult result = imms().search(ImmunizationSearch.builder().patient(PATIENT)
        .vaccineTypes(VaccineType.of("MMRV")).build());

    assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + "/Immunization"
        + "?patient.identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9000000009"
        + "&-immunization.target=MMRV");
    assertThat(result.immunizations()).isEmpty();
    assertThat(result.patients()).isEmpty();
  }

  @Test
  void searchReportsTheWarningTheApiAddsForVaccineTypesTheApplicationMayNotRead() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/fhir+json").body("""
        {"resourceType":"Bundle","type":"searchset","total":0,"entry":[{"resource":{"resourceType":"OperationOutcome",
         "id":"1b7eec0a-316f-4f6e-a342-4b37f6705050","issue":[{"severity":"warning","code":"unauthorized",
         "diagnostics":"Your search contains details that you are not authorised to request"}]}}]}""").build());

    ImmunizationSearchResult result = imms().search(ImmunizationSearch.builder().patient(PATIENT)
        .vaccineTypes(VaccineType.FLU, VaccineType.HPV).build());

    assertThat(result.immunizations()).isEmpty();
    assertThat(result.warnings()).singleElement().satisfies(o -> {
      assertThat(o.issues().get(0).severity()).isEqualTo("warning");
      assertThat(o.issues().get(0).code()).isEqualTo("unauthorized");
      assertThat(o.issues().get(0).diagnostics()).startsWith("Your search contains details");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "400, invalid, INVALID, dev.nhsapi.core.InvalidRequestException",
      "400, invariant, INVARIANT, dev.nhsapi.core.InvalidRequestException",
      "401, expired, SEND_UNAUTHORIZED, dev.nhsapi.core.AuthenticationException",
      "403, forbidden, FORBIDDEN, dev.nhsapi.core.ForbiddenException",
      "404, not-found, NOT-FOUND, dev.nhsapi.core.ResourceNotFoundException",
      "422, duplicate, DUPLICATE, dev.nhsapi.core.InvalidRequestException"})
  void mapsTheApisErrorsToTypedExceptions(int status, String issueType, String code, String exception)
      throws Exception {
    Class<?> expected = Class.forName(exception);
    for (Consumer<ImmunisationClient> call : List.<Consumer<ImmunisationClient>>of(c -> c.create(flu()),
        c -> c.read(ID), c -> c.update(read("1"), flu()), c -> c.delete(ID),
        c -> c.search(ImmunizationSearch.builder().patient(PATIENT).vaccineTypes(VaccineType.FLU).build()))) {
      server.enqueue(outcome(status, issueType, code));

      assertThatThrownBy(() -> call.accept(imms())).isInstanceOf(expected)
          .isInstanceOfSatisfying(NhsHttpException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).doesNotContain("9000000009");
          });
    }
  }

  @Test
  void searchBuilderRefusesAnIncompleteSearch() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ImmunizationSearch.builder().vaccineTypes(VaccineType.FLU).build())
        .withMessage("an immunisation search needs the patient's NHS number");
    assertThatIllegalStateException().isThrownBy(() -> ImmunizationSearch.builder().patient(PATIENT).build())
        .withMessage("an immunisation search needs at least one vaccine type");
    assertThatIllegalStateException().isThrownBy(() -> ImmunizationSearch.builder().patient(PATIENT)
        .vaccineTypes(VaccineType.FLU).dateFrom(LocalDate.of(2025, 1, 2)).dateTo(LocalDate.of(2025, 1, 1)).build())
        .withMessage("dateTo must not be before dateFrom");
    assertThatThrownBy(() -> ImmunizationSearch.builder().vaccineTypes(VaccineType.FLU, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void searchAllowsASingleDayAndShowsNoNhsNumber() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    ImmunizationSearch search = ImmunizationSearch.builder().patient(PATIENT).vaccineTypes(VaccineType.COVID)
        .dateFrom(day).dateTo(day).build();

    assertThat(search).hasToString("ImmunizationSearch[patient.identifier, -immunization.target, -date.from, "
        + "-date.to]");
    assertThat(search.parameters()).extracting(p -> p.getValue()).contains("2025-01-01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"flu", "F", "FLU,RSV", "COVID-19", "ABCDEFGHIJKLMNOPQRSTU", ""})
  void vaccineTypeRefusesCodesThatAreNotUpperCaseLettersAndDigits(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> VaccineType.of(code))
        .withMessage("a vaccine type is 2 to 20 upper-case letters and digits, such as FLU");
  }

  @Test
  void vaccineTypeConstantsAreTheApisCodes() {
    assertThat(List.of(VaccineType.THREE_IN_ONE, VaccineType.COVID, VaccineType.FLU, VaccineType.HPV,
        VaccineType.MENACWY, VaccineType.MMR, VaccineType.MMRV, VaccineType.PERTUSSIS, VaccineType.PNEUMOCOCCAL,
        VaccineType.RSV, VaccineType.SHINGLES)).extracting(VaccineType::toString).containsExactly("3IN1", "COVID",
        "FLU", "HPV", "MENACWY", "MMR", "MMRV", "PERTUSSIS", "PNEUMOCOCCAL", "RSV", "SHINGLES");
    assertThat(VaccineType.of("FLU")).isEqualTo(VaccineType.FLU);
  }

  @Test
  void clientIsSharedByTheFrontDoorAndShowsOnlyTheEnvironment() {
    NhsClient nhs = NhsClient.builder().environment(NhsEnvironment.SANDBOX).build();

    assertThat(nhs.immunisation()).isSameAs(nhs.immunisation());
    assertThat(nhs.immunisation()).hasToString("ImmunisationClient[" + NhsEnvironment.SANDBOX.name() + "]");
  }
}
