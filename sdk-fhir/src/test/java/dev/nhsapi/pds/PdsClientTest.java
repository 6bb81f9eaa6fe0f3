package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.support.TestClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdsClientTest {
  static final NhsNumber JANE = NhsNumber.of("9000000009");

  @StartStop final MockWebServer server = new MockWebServer();

  NhsClient nhs() {
    return TestClients.against(server).transport(t -> t.circuitBreaker(CircuitBreakerOptions.disabled())).build();
  }

  static MockResponse patient(String id, String etag, String security) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/fhir+json")
        .addHeader("ETag", etag)
        .body("""
            {"resourceType":"Patient","id":"%s","meta":{"versionId":"2","security":[{
             "system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"%s"}]},
             "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"}],
             "name":[{"family":"Sample","given":["Alex"]}]}""".formatted(id, security, id))
        .build();
  }

  static MockResponse notFound(String code) {
    return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/fhir+json").body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"not-found","details":{
         "coding":[{"system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode","version":"1",
         "code":"%s","display":"Not found"}]}}]}""".formatted(code)).build();
  }

  @Test
  void aBodyCutShortByTheConnectionIsRetriedNotReportedAsMalformed() throws Exception {
    MockResponse whole = patient("9000000009", "W/\"3\"", "U");
    server.enqueue(new MockResponse.Builder(whole).onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(whole);
    NhsClient retrying = TestClients.against(server).transport(t -> t.retry(RetryOptions.defaults())).build();

    assertThat(retrying.pds().read(JANE).version()).isEqualTo("3");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("X-Request-ID"))
        .isEqualTo(server.takeRequest().getHeaders().get("X-Request-ID"));
  }

  /** Issue 17 finding 1: 1.6M digits in an unknown member took 52 s of CPU under a 5 s deadline, then decoded. */
  @Test
  void aBodyWithAHugeNumberFailsTheCallWithNhsDecodeException() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/fhir+json")
        .body("{\"resourceType\":\"Patient\",\"id\":\"9000000009\",\"padding\":" + "9".repeat(1_600_000) + "}")
        .build());

    assertThatThrownBy(() -> nhs().pds().readWithResponse(JANE,
            RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("number longer than 400 characters at path $.padding")
        .hasMessageNotContaining("9".repeat(20));
  }

  @Test
  void readsAPatientWithItsVersionFromTheEtag() throws Exception {
    server.enqueue(patient("9000000009", "W/\"3\"", "U"));

    PatientRecord record = nhs().pds().read(JANE);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/personal-demographics/FHIR/R4/Patient/9000000009");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/fhir+json");
    assertThat(request.getHeaders().get("X-Request-ID")).isNotBlank();
    assertThat(record.version()).isEqualTo("3");
    assertThat(record.patient().name().get(0).family()).isEqualTo("Sample");
    assertThat(record.wasSuperseded()).isFalse();
    assertThat(record.restricted()).isFalse();
  }

  @Test
  void makesASupersededNumberExplicit() {
    server.enqueue(patient("9000000017", "W/\"5\"", "U"));

    PatientRecord record = nhs().pds().read(JANE);

    assertThat(record.wasSuperseded()).isTrue();
    assertThat(record.supersededBy()).contains(NhsNumber.of("9000000017"));
    assertThat(record).asString().doesNotContain("9000000017", "9000000009", "Sample");
  }

  @Test
  void flagsRestrictedRecords() {
    server.enqueue(patient("9000000009", "W/\"2\"", "R"));

    assertThat(nhs().pds().read(JANE).restricted()).isTrue();
  }

  @Test
  void distinguishesAnInvalidatedRecordFromAnUnknownNumber() {
    server.enqueue(notFound("RESOURCE_NOT_FOUND"));
    server.enqueue(notFound("INVALIDATED_RESOURCE"));
    PdsClient pds = nhs().pds();

    assertThatThrownBy(() -> pds.read(JANE)).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> pds.read(JANE)).isInstanceOfSatisfying(PatientInvalidatedException.class,
        e -> assertThat(e.errorCode()).isEqualTo("INVALIDATED_RESOURCE"));
  }

  @Test
  void aBodyThatIsNotAPatientIsADecodeFailure() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}")
        .build());

    assertThatThrownBy(() -> nhs().pds().read(JANE)).isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("expected Patient");
  }

  /** Issue 16, defect 4: an empty 200 said "malformed JSON at path $", which hid the usual cause. */
  @ParameterizedTest
  @ValueSource(strings = {"", " \r\n\t "})
  void anEmptyBodySaysSoAndPointsAtTheBaseUrl(String body) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/fhir+json")
          .body(body).build());
    }
    PatientSearch search = PatientSearch.builder().family("Smith").birthDate(LocalDate.of(2010, 10, 22)).build();

    for (ThrowingCallable call : List.<ThrowingCallable>of(() -> nhs().pds().read(JANE),
        () -> nhs().pds().search(search), () -> nhs().pds().relatedPersons(JANE))) {
      assertThatThrownBy(call).isInstanceOf(NhsDecodeException.class)
          .hasMessageStartingWith("could not decode the 200 response body (empty body where JSON was expected; "
              + "the API's base URL may be wrong")
          .hasMessageContaining("check the environment's apiUrl")
          .hasMessageNotContaining("malformed");
    }
  }

  @Test
  void searchSendsEncodedParametersAndSortsMatchesByScore() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"resourceType":"Bundle","type":"searchset","total":2,"entry":[
         {"fullUrl":"https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/9000000017",
          "search":{"score":0.8976},"resource":{"resourceType":"Patient","id":"9000000017"}},
         {"fullUrl":"https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/9000000009",
          "search":{"score":1},"resource":{"resourceType":"Patient","id":"9000000009"}}]}""").build());

    PatientSearchResult result = nhs().pds().search(PatientSearch.builder()
        .family("Sm*").given("John Paul").birthDate(java.time.LocalDate.of(2010, 10, 22)).build());

    assertThat(server.takeRequest().getTarget()).isEqualTo(
        "/personal-demographics/FHIR/R4/Patient?family=Sm%2A&given=John%20Paul&birthdate=eq2010-10-22");
    assertThat(result.patients()).extracting(p -> p.id()).containsExactly("9000000009", "9000000017");
    assertThat(result.matches().get(1).score()).isEqualByComparingTo("0.8976");
    assertThat(result.matches().get(1).score().toPlainString()).isEqualTo("0.8976");
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.tooManyMatches()).isFalse();
    assertThat(result.outcome()).isNull();
  }

  @Test
  void tooManyMatchesArrivesAsAResultNotAnException() {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"multiple-matches",
         "details":{"coding":[{"system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode",
         "version":"1","code":"TOO_MANY_MATCHES","display":"Too Many Matches"}]}}]}""").build());

    PatientSearchResult result = nhs().pds().search(PatientSearch.builder()
        .family("Smith").birthDate(java.time.LocalDate.of(2010, 10, 22)).maxResults(1).build());

    assertThat(result.tooManyMatches()).isTrue();
    assertThat(result.matches()).isEmpty();
    assertThat(result.outcome()).extracting(o -> o.issues().get(0).code()).isEqualTo("multiple-matches");
  }

  @Test
  void anEmptySearchsetIsNoMatches() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"resourceType\":\"Bundle\",\"type\":\"searchset\","
        + "\"total\":0}").build());

    PatientSearchResult result = nhs().pds().search(PatientSearch.builder()
        .family("Smith").birthDate(java.time.LocalDate.of(2010, 10, 22)).build());

    assertThat(result.matches()).isEmpty();
    assertThat(result.tooManyMatches()).isFalse();
  }

  @Test
  void readsRelatedPeopleAsTypedObjects() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"resourceType":"Bundle","type":"searchset","total":2,"entry":[
         {"resource":{"resourceType":"RelatedPerson","id":"rp1","patient":{"type":"Patient",
           "identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000017"}},
           "relationship":[{"coding":[{"code":"MTH"}]}]}},
         {"resource":{"resourceType":"RelatedPerson","id":"rp2","name":[{"family":"Okafor"}]}}]}""").build());

    java.util.List<dev.nhsapi.fhir.RelatedPerson> people = nhs().pds().relatedPersons(JANE);

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/personal-demographics/FHIR/R4/Patient/9000000009/RelatedPerson");
    assertThat(people).extracting(p -> p.id()).containsExactly("rp1", "rp2");
    assertThat(people.get(0).relationship().get(0).coding().get(0).code()).isEqualTo("MTH");
  }

  static final PatientRecord READ = new PatientRecord(dev.nhsapi.fhir.FhirJson.decode(
      "{\"resourceType\":\"Patient\",\"id\":\"9000000009\",\"gender\":\"female\"}",
      dev.nhsapi.fhir.Patient.class), JANE, "2");

  @Test
  void patchesWithIfMatchAndResendsA503WithTheSameRequestId() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(patient("9000000009", "W/\"3\"", "U"));
    NhsClient nhs = TestClients.against(server).transport(t -> t.retry(RetryOptions.defaults())).build();

    PatientRecord updated = nhs.pds().patch(READ, PatientPatch.builder(READ)
        .gender(dev.nhsapi.fhir.AdministrativeGender.OTHER).syncWait(java.time.Duration.ofMillis(2500)).build());

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("PATCH");
    assertThat(first.getTarget()).isEqualTo("/personal-demographics/FHIR/R4/Patient/9000000009");
    assertThat(first.getHeaders().get("If-Match")).isEqualTo("W/\"2\"");
    assertThat(first.getHeaders().get("Content-Type")).isEqualTo("application/json-patch+json");
    assertThat(first.getHeaders().get("X-Sync-Wait")).isEqualTo("2.5");
    assertThat(first.getBody().utf8()).isEqualTo(
        "{\"patches\":[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"other\"}]}");
    assertThat(second.getHeaders().get("X-Request-ID")).isEqualTo(first.getHeaders().get("X-Request-ID"));
    assertThat(updated.version()).isEqualTo("3");
  }

  /** Version 2 read, its patch refused as changed meanwhile, version 3 read, its patch applied as version 4. */
  void enqueueAVersionConflictThenSuccess() {
    server.enqueue(patient("9000000009", "W/\"2\"", "U"));
    server.enqueue(new MockResponse.Builder().code(409).body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"conflict","details":{"coding":[{
         "code":"RESOURCE_VERSION_MISMATCH"}]}}]}""").build());
    server.enqueue(patient("9000000009", "W/\"3\"", "U"));
    server.enqueue(patient("9000000009", "W/\"4\"", "U"));
  }

  @Test
  void updateReReadsAndReappliesAfterAVersionConflict() throws Exception {
    enqueueAVersionConflictThenSuccess();
    java.util.List<String> versionsSeen = new java.util.ArrayList<>();

    PatientRecord updated = nhs().pds().update(JANE, record -> {
      versionsSeen.add(record.version());
      return PatientPatch.builder(record).gender(dev.nhsapi.fhir.AdministrativeGender.OTHER).build();
    }, 3);

    assertThat(versionsSeen).containsExactly("2", "3");
    assertThat(updated.version()).isEqualTo("4");
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-Match")).isEqualTo("W/\"2\"");
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-Match")).isEqualTo("W/\"3\"");
  }

  @Test
  void updateWithResponseSendsTheOptionsWithEveryCall() throws Exception {
    enqueueAVersionConflictThenSuccess();

    NhsResponse<PatientRecord> response = nhs().pds().updateWithResponse(JANE,
        record -> PatientPatch.builder(record).gender(dev.nhsapi.fhir.AdministrativeGender.OTHER).build(), 2,
        RequestOptions.builder().correlationId("move-1").header("NHSD-Session-URID", "555254242106").build());

    java.util.Set<String> requestIds = new java.util.HashSet<>();
    for (int call = 0; call < 4; call++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("move-1");
      assertThat(request.getHeaders().get("NHSD-Session-URID")).isEqualTo("555254242106");
      requestIds.add(request.getHeaders().get("X-Request-ID"));
    }
    assertThat(requestIds).hasSize(4);
    assertThat(response.value().version()).isEqualTo("4");
    assertThat(response.requestId()).isIn(requestIds);
  }

  @Test
  void updateWithResponseRefusesARequestIdSinceItsCallsCannotShareOne() {
    RequestOptions withRequestId = RequestOptions.builder().requestId(java.util.UUID.randomUUID()).build();

    assertThatThrownBy(() -> nhs().pds().updateWithResponse(JANE,
        record -> PatientPatch.builder(record).gender(dev.nhsapi.fhir.AdministrativeGender.OTHER).build(), 3,
        withRequestId)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Request-ID");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusesUpdatesWithApplicationRestrictedAccessBeforeAnyIo() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    NhsClient appRestricted = TestClients.against(server)
        .credentials(dev.nhsapi.core.auth.SignedJwtCredentials.builder().apiKey("k").keyId("kid")
            .privateKey((java.security.interfaces.RSAPrivateKey) generator.generateKeyPair().getPrivate()).build())
        .build();

    assertThatThrownBy(() -> appRestricted.pds().patch(READ, PatientPatch.builder(READ)
        .gender(dev.nhsapi.fhir.AdministrativeGender.OTHER).build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("application-restricted");
    assertThat(server.getRequestCount()).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "400, INVALID_RESOURCE_ID, value, dev.nhsapi.core.InvalidRequestException",
      "400, UNSUPPORTED_SERVICE, processing, dev.nhsapi.core.InvalidRequestException",
      "400, MISSING_VALUE, required, dev.nhsapi.core.InvalidRequestException",
      "400, INVALID_VALUE, value, dev.nhsapi.core.InvalidRequestException",
      "400, INVALID_SEARCH_DATA, value, dev.nhsapi.core.InvalidRequestException",
      "400, ADDITIONAL_PROPERTIES, invariant, dev.nhsapi.core.InvalidRequestException",
      "400, INVALID_UPDATE, structure, dev.nhsapi.core.InvalidRequestException",
      "401, ACCESS_DENIED, forbidden, dev.nhsapi.core.AuthenticationException",
      "403, ACCESS_DENIED, forbidden, dev.nhsapi.core.ForbiddenException",
      "403, INVALID_METHOD, forbidden, dev.nhsapi.core.ForbiddenException",
      "403, FORBIDDEN_UPDATE, forbidden, dev.nhsapi.core.ForbiddenException",
      "404, RESOURCE_NOT_FOUND, not-found, dev.nhsapi.core.ResourceNotFoundException",
      "404, INVALIDATED_RESOURCE, processing, dev.nhsapi.pds.PatientInvalidatedException",
      "408, UNABLE_TO_CALL_SERVICE, timeout, dev.nhsapi.core.ServiceUnavailableException",
      "409, RESOURCE_VERSION_MISMATCH, conflict, dev.nhsapi.core.ConflictException",
      "412, PRECONDITION_FAILED, structure, dev.nhsapi.core.ConflictException",
      "429, TOO_MANY_REQUESTS, value, dev.nhsapi.core.RateLimitedException",
      "500, UNKNOWN_ERROR, unknown, dev.nhsapi.core.ServiceUnavailableException",
      "503, SERVICE_UNAVAILABLE, timeout, dev.nhsapi.core.ServiceUnavailableException"})
  void mapsEveryPdsErrorCodeToItsException(int status, String code, String issueType, String exception)
      throws Exception {
    server.enqueue(new MockResponse.Builder().code(status).body("""
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","details":{"coding":[{
         "system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode","version":"1","code":"%s"}]},
         "diagnostics":"about 9000000009"}]}""".formatted(issueType, code)).build());

    Class<?> expected = Class.forName(exception);
    assertThatThrownBy(() -> nhs().pds().read(JANE)).isExactlyInstanceOf(expected)
        .isInstanceOfSatisfying(dev.nhsapi.core.NhsHttpException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.errorCode()).isEqualTo(code);
          assertThat(e.details().issueType()).isEqualTo(issueType);
          assertThat(e.getMessage()).contains(code).doesNotContain("9000000009");
        });
  }

  static final dev.nhsapi.fhir.Patient NEWBORN = dev.nhsapi.fhir.FhirJson.decode("""
      {"resourceType":"Patient","name":[{"use":"usual","family":"Sample","given":["Baby"]}],"gender":"female",
       "birthDate":"2026-11-20","address":[{"use":"home","postalCode":"LS1 6AE"}],"extension":[{
       "url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-RegisteringAuthority","extension":[
       {"url":"registeringAuthorityType","valueCodeableConcept":{"coding":[{
        "system":"https://fhir.nhs.uk/CodeSystem/UKCore-RegisteringAuthorityType","code":"x"}]}},
       {"url":"organisationIdentifier","valueString":"RGS"}]}]}""",
      dev.nhsapi.fhir.Patient.class);

  static MockResponse createAnswer(int status, String etag, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/fhir+json")
        .addHeader("ETag", etag).body(body).build();
  }

  static final String CREATED = """
      {"resourceType":"Patient","id":"9000000033",
       "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000033"}]}""";

  /** The 200 OperationOutcome of the PDS spec's create, with its code and the diagnostics PDS's sandbox sends. */
  static String matchOutcome(String code, String diagnostics) {
    return """
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"value","details":{"coding":[{
         "system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode","version":"1","code":"%s"}]},
         "diagnostics":"%s"}]}""".formatted(code, diagnostics);
  }

  // The rules: NHSDigital/personal-demographics-service-api, specification/components/paths/patient-create.yaml
  // (name use, the Registering Authority extension).
  /** Issue 23, defect 5: the guide's old body (use official, no Registering Authority) reached PDS unchecked. */
  @Test
  void createRefusesABodyTheSpecRefusesBeforeSending() {
    dev.nhsapi.fhir.Patient official = NEWBORN.toBuilder().name(List.of(
        dev.nhsapi.fhir.HumanName.of("official", "Sample", List.of("Baby")))).build();
    dev.nhsapi.fhir.Patient unregistered = NEWBORN.toBuilder().extension(List.of()).build();

    assertThatThrownBy(() -> nhs().pds().create(official)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a PDS create's name needs a use of usual, temp, nickname, old or maiden");
    assertThatThrownBy(() -> nhs().pds().createWithResponse(unregistered, RequestOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a PDS create needs the Registering Authority extension");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void createSendsTheDemographicsAndReturnsTheNewRecord() throws Exception {
    server.enqueue(createAnswer(201, "W/\"1\"", CREATED));

    PatientCreateResult result = nhs().pds().create(NEWBORN);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/personal-demographics/FHIR/R4/Patient");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getBody().utf8()).startsWith("{\"resourceType\":\"Patient\",")
        .contains("\"name\":[{\"use\":\"usual\"", "Extension-UKCore-RegisteringAuthority");
    assertThat(result).isInstanceOfSatisfying(PatientCreateResult.Created.class, created -> {
      assertThat(created.record().requested()).isEqualTo(NhsNumber.of("9000000033"));
      assertThat(created.record().version()).isEqualTo("1");
    });
    assertThat(result).asString().doesNotContain("9000000033");
  }

  /**
   * The create answers: NHSDigital/personal-demographics-service-api,
   * specification/components/paths/patient-create.yaml (201 Patient; 200 OperationOutcome SINGLE_MATCH or
   * MULTIPLE_MATCHES).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "SINGLE_MATCH, dev.nhsapi.pds.PatientCreateResult$SingleMatch",
      "MULTIPLE_MATCHES, dev.nhsapi.pds.PatientCreateResult$MultipleMatches",
      "TOO_MANY_MATCHES, dev.nhsapi.pds.PatientCreateResult$MultipleMatches"})
  void createReportsEachMatchOutcomeTheSpecDefinesAsAResult(String code, String type) throws Exception {
    server.enqueue(createAnswer(200, "W/\"1\"", matchOutcome(code,
        "Unable to create new patient. NHS number 9000000009 found for supplied demographic data.")));

    PatientCreateResult result = nhs().pds().create(NEWBORN);

    assertThat(result).isExactlyInstanceOf(Class.forName(type));
    OperationOutcome outcome = result instanceof PatientCreateResult.SingleMatch match ? match.outcome()
        : ((PatientCreateResult.MultipleMatches) result).outcome();
    assertThat(outcome.nhsCode()).isEqualTo(code);
    assertThat(result).asString().contains(code).doesNotContain("9000000009");
  }

  @Test
  void aPatientWithoutStatus201IsNotTakenForANewRecord() {
    server.enqueue(createAnswer(200, "W/\"1\"", CREATED));

    assertThatThrownBy(() -> nhs().pds().create(NEWBORN)).isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("HTTP 200 and a Patient").hasMessageNotContaining("9000000033");
  }

  @Test
  void createWithResponseSendsTheCallersRequestIdAndCarriesTheAnswer() throws Exception {
    server.enqueue(createAnswer(201, "W/\"1\"", CREATED));
    java.util.UUID requestId = java.util.UUID.fromString("60e0b220-8136-4ca5-ae46-1d97ef59d068");

    NhsResponse<PatientCreateResult> response = nhs().pds().createWithResponse(NEWBORN,
        RequestOptions.builder().requestId(requestId).correlationId("create-1").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Request-ID")).isEqualTo(requestId.toString());
    assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("create-1");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.etagVersion()).contains("1");
    assertThat(response.requestId()).isEqualTo(requestId.toString());
    assertThat(response.value()).isInstanceOf(PatientCreateResult.Created.class);
  }

  @Test
  void createRefusesAPatientThatAlreadyHasAnId() {
    assertThatThrownBy(() -> nhs().pds().create(NEWBORN.toBuilder().id("9000000009").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
