package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.RelatedPerson;
import dev.nhsapi.pds.DateCriterion;
import dev.nhsapi.pds.PatientCreateResult;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import dev.nhsapi.pds.PdsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of the PDS specification's sandbox tables, run through the SDK's {@link PdsClient} against the
 * embedded sandbox, asserting the outcome the table gives.
 *
 * <p>The tables are the "Sandbox test scenarios" sections of the operation files under
 * {@code specification/components/paths/} in {@code NHSDigital/personal-demographics-service-api}; each test is
 * named by its file and the table's scenario name. The requests and checks are written by this project from those
 * tables. Where the SDK itself refuses a request that the table sends (no {@code X-Request-ID}, an unknown search
 * parameter, a malformed date), the test shows the SDK refusing it and the sandbox's answer to the raw request.
 * The two Coverage tables ({@code coverage-get.yaml}, {@code coverage-post.yaml}) are not here: the SDK does not
 * offer {@code /Coverage} yet.
 */
class PdsSpecScenariosTest {
  static final LocalDate JANE_BORN = LocalDate.of(2010, 10, 22);
  static final NhsNumber JANE = NhsNumber.of("9000000009");
  static final String JANE_EMAIL = "jane.smith@example.com";
  static final String JANE_PHONE = "01632960587";
  /** A create body shaped as the spec's create examples, with demographics of our own. */
  static final String CREATE_BODY = """
      {"resourceType":"Patient",
       "name":[{"use":"usual","family":"%s","given":["Robin"],"prefix":["Mx"],"period":{"start":"2001-02-03"}}],
       "gender":"female","birthDate":"1982-07-10",
       "address":[{"use":"home","line":["4 Example Street","Leeds"],"postalCode":"%s",
                   "period":{"start":"2020-01-01"}}],
       "extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-RegisteringAuthority",
                     "extension":[{"url":"registeringAuthorityType","valueCodeableConcept":{"coding":[
                       {"system":"https://fhir.nhs.uk/CodeSystem/UKCore-RegisteringAuthorityType","code":"x"}]}},
                       {"url":"organisationIdentifier","valueString":"RGS"}]}]}""";

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient nhs = NhsClient.builder().environment(sandbox.environment())
      .credentials(sandbox.signInHealthcareWorker()).transport(t -> t.rateLimit(RateLimitOptions.disabled()))
      .build();
  final PdsClient pds = nhs.pds();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @TestFactory
  Stream<DynamicTest> patientGet() {
    return table("patient-get.yaml",
        scenario("Patient exists", () -> {
          PatientRecord jane = pds.read(JANE);
          assertThat(jane.patient().name().get(0).family()).isEqualTo("Smith");
          assertThat(jane.version()).isEqualTo("2");
        }),
        scenario("Sensitive patient exists", () -> {
          PatientRecord restricted = pds.read(NhsNumber.of("9000000025"));
          assertThat(restricted.restricted()).isTrue();
          assertThat(restricted.patient().address()).isEmpty();
          assertThat(restricted.patient().telecom()).isEmpty();
        }),
        scenario("Patient exists with minimal data", () -> {
          PatientRecord minimal = pds.read(NhsNumber.of("9000000033"));
          assertThat(minimal.version()).isEqualTo("2");
          assertThat(minimal.patient().telecom()).isEmpty();
          assertThat(minimal.patient().address()).isEmpty();
        }),
        scenario("Patient does not exist", () -> assertThatThrownBy(() -> pds.read(NhsNumber.of("9111231130")))
            .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertCode(e, 404, "RESOURCE_NOT_FOUND"))),
        scenario("Invalid NHS number", () -> assertThatThrownBy(() -> raw(NhsRequest.get(NhsApi.PDS,
            "/Patient/{id}", "9000000000").build()))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "INVALID_RESOURCE_ID"))),
        scenario("Missing X-Request-ID", () -> assertMissingRequestId("/Patient/9000000009")));
  }

  @TestFactory
  Stream<DynamicTest> patientSearch() {
    return table("patient-search.yaml",
        scenario("Basic search with phone & email positive", () -> assertFound(
            jane().family("Smith").email(JANE_EMAIL).phone(JANE_PHONE), "9000000009")),
        scenario("Basic search with phone & email negative", () -> assertFound(
            jane().family("Smith").email("deb.trotter@example.com").phone("0121111111"))),
        scenario("Wildcard search without phone/email", () -> {
          PatientSearchResult two = pds.search(jane().family("Sm*").build());
          assertThat(two.patients()).extracting(Patient::id).containsExactly("9000000009", "9000000017");
          assertThat(two.matches()).extracting(m -> String.valueOf(m.score())).containsExactly("0.8343", "0.8343");
        }),
        scenario("Wildcard search with email and phone", () -> assertFound(
            jane().family("Sm*").email(JANE_EMAIL).phone(JANE_PHONE), "9000000009")),
        scenario("Search with limited results", () -> {
          assertFound(jane().family("Sm*").email(JANE_EMAIL).phone(JANE_PHONE).maxResults(1), "9000000009");
          assertThat(pds.search(jane().family("Sm*").maxResults(1).build()).tooManyMatches()).isTrue();
        }),
        scenario("Search with date range", () -> assertFound(PatientSearch.builder().family("Smith")
            .gender(AdministrativeGender.FEMALE)
            .birthDate(DateCriterion.between(JANE_BORN.minusDays(1), JANE_BORN.plusDays(1)))
            .email(JANE_EMAIL).phone(JANE_PHONE), "9000000009")),
        scenario("Fuzzy search with phone and email", () -> {
          PatientSearchResult one = pds.search(jane().family("Smith").given("Jane").email(JANE_EMAIL)
              .phone(JANE_PHONE).fuzzy(true).build());
          assertThat(one.patients()).extracting(Patient::id).containsExactly("9000000009");
          assertThat(one.matches().get(0).score()).isEqualByComparingTo("0.9542");
        }),
        scenario("Fuzzy search without phone or email", () -> {
          PatientSearchResult one = pds.search(jane().family("Smith").given("Jane").fuzzy(true).build());
          assertThat(one.patients()).extracting(Patient::id).containsExactly("9000000017");
          assertThat(one.matches().get(0).score()).isEqualByComparingTo("0.8976");
        }),
        scenario("Restricted patient search", () -> {
          PatientSearchResult one = pds.search(PatientSearch.builder().family("Smythe").given("Janet")
              .gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2005, 6, 16))
              .email("janet.smythe@example.com").phone(JANE_PHONE).build());
          assertThat(one.patients()).extracting(Patient::id).containsExactly("9000000025");
          assertThat(one.patients().get(0).address()).isEmpty();
          assertThat(one.patients().get(0).telecom()).isEmpty();
        }),
        scenario("Compound name search", () -> {
          PatientSearchResult one = pds.search(PatientSearch.builder().family("Smith").given("John Paul")
              .given("James").gender(AdministrativeGender.MALE).birthDate(JANE_BORN)
              .email("johnp.smith@example.com").phone(JANE_PHONE).build());
          assertThat(one.patients()).extracting(Patient::id).containsExactly("9000000015");
          assertThat(one.patients().get(0).name().get(0).given()).containsExactly("John Paul", "James");
        }),
        scenario("Unsuccessful search", () -> {
          PatientSearchResult none = pds.search(PatientSearch.builder().family("Nobody").birthDate(JANE_BORN)
              .build());
          assertThat(none.patients()).isEmpty();
          assertThat(none.outcome()).extracting(o -> o.issues().get(0).severity()).isEqualTo("warning");
        }),
        scenario("Valid/invalid search criteria", () -> assertThatThrownBy(() -> raw(search()
            .query("family", "Sm*").query("gender", "female").query("invalidParam", "123")
            .query("birthdate", "eq2010-10-22").query("email", "j.smith@example.com").query("phone", "0163")
            .build()))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
              assertCode(e, 400, "ADDITIONAL_PROPERTIES");
              assertThat(e.operationOutcome().issues().get(0).diagnostics()).contains("('invalidParam' was unexpected)");
            })),
        scenario("Unsuccessful search on email/phone only", () -> {
          assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().email("j.smith@example.com")
              .phone("0163").build());
          assertThatThrownBy(() -> raw(search().query("email", "j.smith@example.com").query("phone", "0163").build()))
              .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "MISSING_VALUE"));
        }),
        scenario("Invalid date format", () -> {
          for (String field : List.of("birthdate", "death-date")) {
            assertThatThrownBy(() -> raw(search().query("family", "Smith").query("birthdate", "eq2010-10-22")
                .query(field, "20101022").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                  assertCode(e, 400, "INVALID_VALUE");
                  assertThat(e.operationOutcome().issues().get(0).diagnostics()).contains("in field '" + field + "'");
                });
          }
        }),
        scenario("Too few search parameters", () -> {
          assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("Smith").build());
          assertThatThrownBy(() -> raw(search().query("family", "Smith").build()))
              .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "MISSING_VALUE"));
          assertThatThrownBy(() -> raw(search().query("birthdate", "eq2010-10-22").build()))
              .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "INVALID_SEARCH_DATA"));
        }),
        scenario("Missing X-Request-ID", () -> assertMissingRequestId("/Patient?family=Smith&birthdate=eq2010-10-22")));
  }

  @TestFactory
  Stream<DynamicTest> relatedPersonsGet() {
    return table("relatedpersons-get.yaml",
        scenario("Multiple related people exists", () -> assertThat(pds.relatedPersons(JANE))
            .extracting(RelatedPerson::id).containsExactly("507B7621", "B3380E98")),
        scenario("Single related person exists", () -> assertThat(pds.relatedPersons(NhsNumber.of("9000000017")))
            .extracting(RelatedPerson::id).containsExactly("F4CF8B96")),
        scenario("Related people do not exist", () -> assertThat(pds.relatedPersons(NhsNumber.of("9000000025")))
            .isEmpty()),
        scenario("Missing X-Request-ID", () -> assertMissingRequestId("/Patient/9000000009/RelatedPerson")));
  }

  @TestFactory
  Stream<DynamicTest> patientPatch() {
    return table("patient-patch.yaml",
        scenario("Successful update", () -> {
          PatientRecord jane = pds.read(JANE);
          PatientRecord updated = pds.patch(jane, PatientPatch.builder(jane).gender(AdministrativeGender.MALE)
              .build());
          assertThat(updated.version()).isEqualTo("3");
          assertThat(updated.patient().gender()).isEqualTo(AdministrativeGender.MALE);
        }),
        scenario("Patient does not exist", () -> assertThatThrownBy(() -> rawPatch("9111231130", "W/\"2\"",
            "application/json-patch+json", genderPatch()))
            .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertCode(e, 404, "RESOURCE_NOT_FOUND"))),
        scenario("Invalid NHS number", () -> assertThatThrownBy(() -> rawPatch("9000000000", "W/\"2\"",
            "application/json-patch+json", genderPatch()))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "INVALID_RESOURCE_ID"))),
        scenario("Missing resource version identifier", () -> {
          for (String ifMatch : List.of("", "2", "\"2\"")) {
            assertThatThrownBy(() -> rawPatch("9000000009", ifMatch, "application/json-patch+json", genderPatch()))
                .isInstanceOfSatisfying(NhsHttpException.class, e -> assertCode(e, 412, "PRECONDITION_FAILED"));
          }
        }),
        scenario("Incorrect resource version", () -> assertThatThrownBy(() -> rawPatch("9000000009", "W/\"1\"",
            "application/json-patch+json", genderPatch()))
            .isInstanceOfSatisfying(ConflictException.class, e -> assertCode(e, 409, "RESOURCE_VERSION_MISMATCH"))),
        scenario("Wrong content type", () -> assertThatThrownBy(() -> rawPatch("9000000009", "W/\"2\"",
            "application/json", genderPatch()))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))),
        scenario("No patches sent", () -> assertThatThrownBy(() -> rawPatch("9000000009", "W/\"2\"",
            "application/json-patch+json", "{}"))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertCode(e, 400, "INVALID_UPDATE"))),
        scenario("Invalid patch operations", () -> assertThatThrownBy(() -> rawPatch("9000000009", "W/\"2\"",
            "application/json-patch+json", "{\"patches\":[{\"op\":\"move\",\"from\":\"/gender\",\"path\":\"/x\"}]}"))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
              assertCode(e, 400, "INVALID_VALUE");
              assertThat(e.operationOutcome().issues().get(0).diagnostics()).isEqualTo("Invalid value - 'move' in field '0/op'");
            })),
        scenario("Missing X-Request-ID", () -> assertMissingRequestId("/Patient/9000000009")));
  }

  @TestFactory
  Stream<DynamicTest> patientCreate() {
    return table("patient-create.yaml",
        scenario("Patient record is created and allocated a new NHS number", () -> assertThat(pds.create(
            person("Edwards", "LS1 6AE"))).isInstanceOfSatisfying(PatientCreateResult.Created.class, created -> {
              assertThat(created.record().requested()).isEqualTo(NhsNumber.of("9000000041"));
              assertThat(created.record().version()).isEqualTo("1");
            })),
        scenario("Single match found", () -> assertThat(pds.create(person("McMatch-Single", "BAP 4WG")))
            .isInstanceOfSatisfying(PatientCreateResult.SingleMatch.class,
                match -> assertThat(match.outcome().nhsCode()).isEqualTo("SINGLE_MATCH"))),
        scenario("Multiple matches found", () -> assertThat(pds.create(person("McMatch-Multiple", "DN19 7UD")))
            .isInstanceOfSatisfying(PatientCreateResult.MultipleMatches.class,
                matches -> assertThat(matches.outcome().nhsCode()).isEqualTo("MULTIPLE_MATCHES"))),
        scenario("Missing X-Request-ID", () -> assertThat(send(new Request.Builder().url(url("/Patient"))
            .post(RequestBody.create(CREATE_BODY.formatted("Edwards", "LS1 6AE"), MediaType.get("application/json")))
            .build())).contains("\"code\":\"MISSING_VALUE\"")),
        scenario("Invalid X-Request-ID", () -> assertThat(send(new Request.Builder().url(url("/Patient"))
            .header("X-Request-ID", "1234")
            .post(RequestBody.create(CREATE_BODY.formatted("Edwards", "LS1 6AE"), MediaType.get("application/json")))
            .build())).contains("\"code\":\"INVALID_VALUE\"")));
  }

  /** One row of a table: the spec's scenario name and our check. */
  record Scenario(String name, Runnable check) {}

  static Scenario scenario(String name, Runnable check) {
    return new Scenario(name, check);
  }

  /** The rows of a spec file's table, each run against the sandbox's published data. */
  Stream<DynamicTest> table(String specFile, Scenario... scenarios) {
    return Stream.of(scenarios).map(s -> DynamicTest.dynamicTest(specFile + ": " + s.name(), () -> {
      sandbox.reset();
      s.check().run();
    }));
  }

  static PatientSearch.Builder jane() {
    return PatientSearch.builder().gender(AdministrativeGender.FEMALE).birthDate(JANE_BORN);
  }

  void assertFound(PatientSearch.Builder search, String... nhsNumbers) {
    PatientSearchResult result = pds.search(search.build());
    assertThat(result.outcome()).isNull();
    assertThat(result.patients()).extracting(Patient::id).containsExactly(nhsNumbers);
  }

  static void assertCode(NhsHttpException e, int status, String code) {
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
  }

  static NhsRequest.Builder search() {
    return NhsRequest.builder(NhsApi.PDS, "GET", "/Patient");
  }

  static Patient person(String family, String postcode) {
    return FhirJson.decode(CREATE_BODY.formatted(family, postcode), Patient.class);
  }

  static String genderPatch() {
    return "{\"patches\":[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]}";
  }

  /** Sends, through the SDK's transport, a request that the PDS client itself would refuse to build. */
  String raw(NhsRequest request) {
    return nhs.transport().execute(request, ResponseDecoder.ofString()).value();
  }

  String rawPatch(String id, String ifMatch, String contentType, String body) {
    NhsRequest.Builder patch = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", id).body(body, contentType);
    return raw((ifMatch.isEmpty() ? patch : patch.header("If-Match", ifMatch)).build());
  }

  String url(String path) {
    return sandbox.baseUrl() + "personal-demographics/FHIR/R4" + path;
  }

  /** Sends a request the SDK cannot send (it always sets a valid X-Request-ID) and returns the body. */
  String send(Request request) {
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400);
      return response.body().string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void assertMissingRequestId(String path) {
    assertThat(send(new Request.Builder().url(url(path)).build()))
        .contains("\"code\":\"MISSING_VALUE\"", "X-Request-ID");
    assertThat(send(new Request.Builder().url(url(path)).header("X-Request-ID", "1234").build()))
        .contains("\"code\":\"INVALID_VALUE\"");
  }
}
