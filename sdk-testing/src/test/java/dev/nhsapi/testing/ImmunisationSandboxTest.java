package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.ForbiddenException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.FhirDateTime;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Identifier;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.immunisation.ImmunisationClient;
import dev.nhsapi.immunisation.ImmunizationRecord;
import dev.nhsapi.immunisation.ImmunizationSearch;
import dev.nhsapi.immunisation.ImmunizationSearchResult;
import dev.nhsapi.immunisation.VaccineType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Immunisation FHIR API through the SDK's ImmunisationClient, against the sandbox's records. */
class ImmunisationSandboxTest {
  static final String BASE = "/immunisation-fhir-api/FHIR/R4";
  static final NhsNumber JANE = NhsNumber.of("9000000009");
  static final String JANE_FLU_2024 = "7d3f2b6e-1c4a-4e8b-9f21-0a6c5d8e3b71";

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient app = client(sandbox.registerApplication("imms-app"));

  @AfterEach
  void stop() {
    sandbox.close();
  }

  NhsClient client(Credentials credentials) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())
            .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(5)))).build();
  }

  ImmunisationClient imms() {
    return app.immunisation();
  }

  static ImmunizationSearch search(NhsNumber patient, VaccineType... types) {
    return ImmunizationSearch.builder().patient(patient).vaccineTypes(types).build();
  }

  static Immunization newFlu(String identifier) {
    Patient patient = Patient.builder().id("Pat1")
        .identifier(List.of(new Identifier(null, List.of(), null, null, NhsNumber.SYSTEM, "9000000033", null, null,
            null)))
        .name(List.of(new HumanName(null, null, null, "Sample", List.of("Alex"), List.of(), List.of(), null, null)))
        .build();
    return Immunization.builder()
        .contained(List.of(patient))
        .identifier(List.of(new Identifier(null, List.of(), null, null, "https://example.org/vacc", identifier, null,
            null, null)))
        .status(Immunization.COMPLETED)
        .vaccineCode(Immunization.snomed("39566211000001103", "Supemtek"))
        .patient(new Reference("#Pat1", null, null, null, null))
        .occurrenceDateTime(new FhirDateTime("2025-10-01T10:00:00+01:00"))
        .lotNumber("LOT-1")
        .protocolApplied(List.of(Immunization.ProtocolApplied.of(1,
            List.of(Immunization.snomed("6142004", "Influenza")))))
        .build();
  }

  /** Sends a raw request, for the checks the SDK's client never lets through. */
  NhsHttpException refused(NhsRequest request, RequestOptions options) {
    return (NhsHttpException) org.assertj.core.api.Assertions.catchThrowable(
        () -> app.transport().execute(request, options, ResponseDecoder.ofString()));
  }

  @Test
  void searchFindsTheSeededVaccinationsOfEachTypeWithThePatientIncluded() {
    ImmunizationSearchResult all = imms().search(search(JANE, VaccineType.FLU, VaccineType.COVID, VaccineType.RSV));

    assertThat(all.immunizations()).hasSize(4).allSatisfy(i -> {
      assertThat(i.patientNhsNumber()).contains(JANE);
      assertThat(i.contained()).isEmpty();
      assertThat(i.patient().reference()).startsWith("urn:uuid:");
      assertThat(i.versionId()).isEqualTo("1");
    });
    assertThat(all.immunizations()).flatExtracting(Immunization::targetDiseaseCodes)
        .containsExactlyInAnyOrder("6142004", "840539006", "55735004", "6142004");
    assertThat(all.patients()).singleElement().satisfies(p -> assertThat(p.nhsNumber()).contains(JANE));
    assertThat(all.total()).isEqualTo(4);
  }

  @Test
  void searchFiltersByTypeAndDateRange() {
    assertThat(imms().search(search(JANE, VaccineType.FLU)).immunizations()).hasSize(2);
    assertThat(imms().search(search(JANE, VaccineType.RSV)).immunizations()).singleElement()
        .satisfies(i -> assertThat(i.targetDiseaseCodes()).containsExactly("55735004"));
    ImmunizationSearchResult season = imms().search(ImmunizationSearch.builder().patient(JANE)
        .vaccineTypes(VaccineType.FLU).dateFrom(LocalDate.of(2024, 10, 8)).dateTo(LocalDate.of(2024, 12, 31))
        .includePatient().build());
    assertThat(season.immunizations()).extracting(Immunization::id).containsExactly(JANE_FLU_2024);
    assertThat(imms().search(ImmunizationSearch.builder().patient(JANE).vaccineTypes(VaccineType.FLU)
        .dateTo(LocalDate.of(2024, 10, 7)).build()).immunizations()).hasSize(1);
  }

  @Test
  void searchOfAPatientWithoutMatchesIsEmpty() {
    ImmunizationSearchResult none = imms().search(search(NhsNumber.of("9000000033"), VaccineType.FLU));
    ImmunizationSearchResult otherType = imms().search(search(JANE, VaccineType.HPV));

    assertThat(none.immunizations()).isEmpty();
    assertThat(none.patients()).isEmpty();
    assertThat(none.total()).isZero();
    assertThat(otherType.immunizations()).isEmpty();
    // immunisation-fhir-api specification/immunisation-fhir-api.yaml, searchImmunizationGet: the Bundle
    // requires resourceType, type, total and entry, even when nothing matches
    String body = app.transport().execute(NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization")
        .query("patient.identifier", NhsNumber.SYSTEM + "|9000000033").query("-immunization.target", "FLU").build(),
        ResponseDecoder.ofString()).value();
    assertThat(body).contains("\"entry\":[]").contains("\"total\":0").contains("\"type\":\"searchset\"");
  }

  @Test
  void aPublishedRecordHasOnePerformerAsTheReadSchemaAllows() {
    // immunisation-fhir-api specification/immunisation-fhir-api.yaml, readImmunization: performer maxItems 1
    assertThat(imms().read(JANE_FLU_2024).immunization().performer()).singleElement()
        .satisfies(p -> assertThat(p.actor().type()).isEqualTo("Organization"));
    assertThat(imms().search(search(JANE, VaccineType.FLU, VaccineType.COVID, VaccineType.RSV)).immunizations())
        .allSatisfy(i -> assertThat(i.performer()).hasSize(1));
  }

  @Test
  void readGivesTheWholeRecordAndItsVersionInTheETag() {
    ImmunizationRecord record = imms().read(JANE_FLU_2024);

    assertThat(record.version()).isEqualTo("1");
    assertThat(record.immunization().patientNhsNumber()).contains(JANE);
    assertThat(record.immunization().containedPatient()).isPresent();
    assertThat(record.immunization().vaccinationProcedureCode()).contains("822851000000102");
    assertThat(sandbox.requests()).extracting(SandboxRequest::target)
        .contains(BASE + "/Immunization/" + JANE_FLU_2024);
  }

  @Test
  void answersCreateWithAnAbsoluteLocationAndReadWithAnETagHeader() {
    NhsResponse<String> created = app.transport().execute(NhsRequest.builder(NhsApi.IMMUNISATION, "POST",
        "/Immunization").body(FhirJson.encode(newFlu("HEADERS-1")), "application/fhir+json").build(),
        ResponseDecoder.ofString());
    String location = created.header("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    NhsResponse<String> read = app.transport().execute(
        NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization/{id}", id).build(), ResponseDecoder.ofString());

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(location).isEqualTo(sandbox.baseUrl().resolve(BASE.substring(1) + "/Immunization/" + id).toString());
    assertThat(UUID.fromString(id)).hasToString(id);
    assertThat(read.header("E-Tag")).contains("1");
    assertThat(read.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
  }

  @Test
  void createAssignsAnIdThatReadsBackAndSearchFinds() {
    String id = imms().create(newFlu("NEW-1"));

    ImmunizationRecord record = imms().read(id);

    assertThat(record.immunization().id()).isEqualTo(id);
    assertThat(record.version()).isEqualTo("1");
    assertThat(record.immunization().lotNumber()).isEqualTo("LOT-1");
    assertThat(imms().search(search(NhsNumber.of("9000000033"), VaccineType.FLU)).immunizations())
        .extracting(Immunization::id).containsExactly(id);
  }

  @Test
  void createOfADuplicateIdentifierIsRefusedWith422() {
    imms().create(newFlu("DUP-1"));

    assertThatThrownBy(() -> imms().create(newFlu("DUP-1")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(422);
          assertThat(e.errorCode()).isEqualTo("DUPLICATE");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "status|Validation errors: status must be one of the following: completed",
      "contained|contained is a mandatory field",
      "target|Validation errors: protocolApplied[0].targetDisease is not a valid code combination for this service",
      "occurrence|occurrenceDateTime is a mandatory field"})
  void createRefusesARecordTheApiWouldRefuse(String broken, String diagnostics) {
    Immunization flu = newFlu("BAD-1");
    Immunization bad = switch (broken) {
      case "status" -> flu.toBuilder().status("not-done").build();
      case "contained" -> flu.toBuilder().contained(List.of()).build();
      case "target" -> flu.toBuilder().protocolApplied(List.of(Immunization.ProtocolApplied.of(1,
          List.of(Immunization.snomed("1", "Nothing"))))).build();
      default -> flu.toBuilder().occurrenceDateTime(null).build();
    };

    assertThatThrownBy(() -> imms().create(bad)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.errorCode()).isEqualTo("INVARIANT");
      assertThat(e.operationOutcome().issues().get(0).diagnostics()).isEqualTo(diagnostics);
    });
  }

  @Test
  void updateWithTheCurrentVersionBumpsItAndStaleOrFutureVersionsAreRefused() {
    ImmunizationRecord read = imms().read(JANE_FLU_2024);

    ImmunizationRecord updated = imms().update(read,
        read.immunization().toBuilder().lotNumber("SBX-FLU-CHANGED").build());

    ImmunizationRecord again = imms().read(JANE_FLU_2024);
    assertThat(updated.version()).isEqualTo("2");
    assertThat(again.version()).isEqualTo("2");
    assertThat(again.immunization().lotNumber()).isEqualTo("SBX-FLU-CHANGED");
    assertThatThrownBy(() -> imms().update(read, read.immunization()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("INVARIANT");
          assertThat(e.operationOutcome().issues().get(0).diagnostics()).isEqualTo("Validation errors: The requested "
              + "immunization resource " + JANE_FLU_2024 + " has changed since the last retrieve.");
        });
    assertThatThrownBy(() -> imms().update(new ImmunizationRecord(read.immunization(), JANE_FLU_2024, "5"),
        read.immunization()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.operationOutcome().issues().get(0)
            .diagnostics()).endsWith("version is inconsistent with the existing version."));
    assertThat(imms().read(JANE_FLU_2024).version()).isEqualTo("2");
  }

  @Test
  void updateRefusesAChangedIdentifierAndAnUnknownRecord() {
    ImmunizationRecord read = imms().read(JANE_FLU_2024);
    Immunization renamed = read.immunization().toBuilder().identifier(List.of(new Identifier(null, List.of(), null,
        null, "https://example.org/vacc", "OTHER", null, null, null))).build();
    String unknown = UUID.randomUUID().toString();

    assertThatThrownBy(() -> imms().update(read, renamed))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.operationOutcome().issues().get(0)
            .diagnostics()).isEqualTo("Validation errors: identifier[0].value doesn't match with the stored content"));
    assertThatThrownBy(() -> imms().update(new ImmunizationRecord(newFlu("X"), unknown, "1"), newFlu("X")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo("NOT-FOUND"));
  }

  @Test
  void updateWithoutAnETagOrWithAnInvalidOneIsRefused() {
    String body = FhirJson.encode(imms().read(JANE_FLU_2024).immunization());
    NhsRequest.Builder put = NhsRequest.builder(NhsApi.IMMUNISATION, "PUT", "/Immunization/{id}", JANE_FLU_2024)
        .body(body, "application/fhir+json");

    NhsHttpException missing = refused(put.build(), RequestOptions.defaults());
    NhsHttpException invalid = refused(put.header("E-Tag", "W/\"1\"").build(), RequestOptions.defaults());

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.operationOutcome().issues().get(0).diagnostics())
        .isEqualTo("Validation errors: Immunization resource version not specified in the request headers");
    assertThat(invalid.operationOutcome().issues().get(0).diagnostics()).endsWith("in the request headers is invalid.");
  }

  @Test
  void deleteAnswers204ThenTheRecordIsGoneUntilAnUpdateReinstatesIt() {
    ImmunizationRecord read = imms().read(JANE_FLU_2024);

    imms().delete(JANE_FLU_2024);

    assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.method()).isEqualTo("DELETE"));
    assertThatThrownBy(() -> imms().read(JANE_FLU_2024)).isInstanceOfSatisfying(ResourceNotFoundException.class,
        e -> assertThat(e.errorCode()).isEqualTo("NOT-FOUND"));
    assertThatThrownBy(() -> imms().delete(JANE_FLU_2024)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(imms().search(search(JANE, VaccineType.FLU)).immunizations()).hasSize(1);
    imms().update(read, read.immunization()); // reinstates, whatever the version
    assertThat(imms().read(JANE_FLU_2024).version()).isEqualTo("3");
  }

  @Test
  void resetRestoresTheSeededRecords() {
    String created = imms().create(newFlu("RESET-1"));
    imms().delete(JANE_FLU_2024);

    sandbox.reset();

    assertThat(imms().read(JANE_FLU_2024).version()).isEqualTo("1");
    assertThatThrownBy(() -> imms().read(created)).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void onlyApplicationRestrictedAccessIsServed() {
    NhsClient open = client(Credentials.none());
    NhsClient worker = client(sandbox.signInHealthcareWorker());

    assertThatThrownBy(() -> open.immunisation().read(JANE_FLU_2024))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo("SEND_UNAUTHORIZED");
        });
    assertThatThrownBy(() -> worker.immunisation().search(search(JANE, VaccineType.FLU)))
        .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.errorCode())
            .isEqualTo("SEND_UNAUTHORIZED"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "-immunization.target=FLU; Search parameter patient.identifier must have one value.",
      "patient.identifier=9000000009&-immunization.target=FLU; patient.identifier must be in the format of",
      "patient.identifier=@9000000000&-immunization.target=FLU; patient.identifier must be in the format of",
      "patient.identifier=@9000000009; Search parameter -immunization.target must have one or more values.",
      "patient.identifier=@9000000009&-immunization.target=FLU,POLIO; immunization-target must be one or more of "
          + "the following: 3IN1, COVID, FLU",
      "patient.identifier=@9000000009&-immunization.target=FLU&-date.from=2024-13-01; Search parameter -date.from "
          + "must be in format: YYYY-MM-DD",
      "patient.identifier=@9000000009&-immunization.target=FLU&-date.to=20240101; Search parameter -date.to must "
          + "be in format: YYYY-MM-DD",
      "patient.identifier=@9000000009&-immunization.target=FLU&_include=Patient:x; Search parameter _include may "
          + "only be 'Immunization:patient'"})
  void searchRefusesWhatTheApiRefuses(String query, String diagnostics) {
    NhsRequest.Builder request = NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization");
    for (String parameter : query.split("&")) {
      String[] pair = parameter.split("=", 2);
      request.query(pair[0], pair[1].replace("@", NhsNumber.SYSTEM + "|"));
    }

    NhsHttpException e = refused(request.build(), RequestOptions.defaults());

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("INVALID");
    assertThat(e.operationOutcome().issues().get(0).diagnostics()).startsWith(diagnostics);
  }

  @Test
  void refusesAMalformedIdAndANonUuidCorrelationId() {
    NhsHttpException badId = refused(NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization/{id}", "not_an_id").build(),
        RequestOptions.defaults());
    NhsHttpException badCorrelation = refused(
        NhsRequest.get(NhsApi.IMMUNISATION, "/Immunization/{id}", JANE_FLU_2024).build(),
        RequestOptions.builder().correlationId("trace-17").build());

    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.operationOutcome().issues().get(0).diagnostics())
        .isEqualTo("the provided event ID is either missing or not in the expected format.");
    assertThat(badCorrelation.statusCode()).isEqualTo(400);
    assertThat(badCorrelation.errorCode()).isEqualTo("INVALID");
  }

  @Test
  void scriptedFaultsApplyToTheApi() {
    sandbox.faults().next(BASE + "/Immunization", 2, Fault.serviceUnavailable(Duration.ofSeconds(0)));

    assertThat(imms().read(JANE_FLU_2024).version()).isEqualTo("1");
    assertThat(sandbox.requests()).filteredOn(r -> r.target().startsWith(BASE)).hasSize(3);
  }
}
