package dev.nhsapi.pds;

import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.RelatedPerson;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The PDS client over the SDK's transport. */
final class RealPdsClient implements PdsClient {

  private final NhsTransport transport;

  RealPdsClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public PatientRecord read(NhsNumber nhsNumber) {
    return readWithResponse(nhsNumber, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<PatientRecord> readWithResponse(NhsNumber nhsNumber, RequestOptions options) {
    Objects.requireNonNull(nhsNumber, "nhsNumber == null");
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.get(NhsApi.PDS, "/Patient/{id}", nhsNumber.value())
        .build();
    NhsResponse<Patient> response;
    try {
      response = transport.execute(request, options, FhirJson.responseDecoder(Patient.class));
    } catch (ResourceNotFoundException e) {
      throw "INVALIDATED_RESOURCE".equals(e.errorCode()) ? new PatientInvalidatedException(e) : e;
    }
    return withRecord(response, nhsNumber);
  }

  private static NhsResponse<PatientRecord> withRecord(NhsResponse<Patient> response, NhsNumber requested) {
    Patient patient = response.value();
    String version = response.etagVersion().orElse(patient.versionId());
    return new NhsResponse<>(response.statusCode(), response.headers(), new PatientRecord(patient, requested, version),
        response.requestId(), response.correlationId());
  }

  @Override
  public PatientSearchResult search(PatientSearch search) {
    return searchWithResponse(search, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<PatientSearchResult> searchWithResponse(PatientSearch search, RequestOptions options) {
    Objects.requireNonNull(search, "search == null");
    Objects.requireNonNull(options, "options == null");
    if (search.maxResults() > 1 && applicationRestricted()) {
      throw new IllegalArgumentException("PDS allows application-restricted (signed JWT) access to search with "
          + "_max-results 1 only (it answers 403 INVALID_VALUE otherwise)");
    }
    NhsRequest.Builder request = FhirRequests.search(NhsApi.PDS, "/Patient", search.parameters());
    return transport.execute(request.build(), options, SEARCH_RESULT);
  }

  @Override
  public List<RelatedPerson> relatedPersons(NhsNumber nhsNumber) {
    return relatedPersonsWithResponse(nhsNumber, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<List<RelatedPerson>> relatedPersonsWithResponse(NhsNumber nhsNumber, RequestOptions options) {
    Objects.requireNonNull(nhsNumber, "nhsNumber == null");
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.get(NhsApi.PDS, "/Patient/{id}/RelatedPerson", nhsNumber.value())
        .build();
    return transport.execute(request, options,
        body -> FhirJson.responseDecoder(Bundle.class).decode(body).resources(RelatedPerson.class));
  }

  @Override
  public PatientRecord patch(PatientRecord record, PatientPatch patch) {
    return patchWithResponse(record, patch, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<PatientRecord> patchWithResponse(
      PatientRecord record, PatientPatch patch, RequestOptions options) {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(patch, "patch == null");
    Objects.requireNonNull(options, "options == null");
    if (applicationRestricted()) {
      throw new IllegalStateException("PDS refuses updates with application-restricted (signed JWT) access; "
          + "update as a healthcare worker with an NHS CIS2 token");
    }
    if (record.version() == null) {
      throw new IllegalStateException("the record has no version for If-Match; read it again");
    }
    String id = record.patient().id() != null ? record.patient().id() : record.requested().value();
    NhsRequest.Builder request = FhirRequests.request(NhsApi.PDS, "PATCH", "/Patient/{id}", id)
        .header("If-Match", "W/\"" + record.version() + "\"")
        .body(patch.json(), "application/json-patch+json")
        .idempotent(true); // PDS de-duplicates writes by X-Request-ID, which every resend reuses
    if (patch.syncWait() != null) {
      request.header("X-Sync-Wait", BigDecimal.valueOf(patch.syncWait().toMillis(), 3).stripTrailingZeros()
          .toPlainString());
    }
    return withRecord(transport.execute(request.build(), options, FhirJson.responseDecoder(Patient.class)),
        record.requested());
  }

  @Override
  public PatientRecord update(NhsNumber nhsNumber, Function<PatientRecord, PatientPatch> change, int maxAttempts) {
    return updateWithResponse(nhsNumber, change, maxAttempts, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<PatientRecord> updateWithResponse(
      NhsNumber nhsNumber, Function<PatientRecord, PatientPatch> change, int maxAttempts, RequestOptions options) {
    Objects.requireNonNull(nhsNumber, "nhsNumber == null");
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(options, "options == null");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be 1 to 10");
    }
    if (options.requestId() != null) {
      throw new IllegalArgumentException("an update makes several calls, and each needs its own X-Request-ID: "
          + "supply a request id to patchWithResponse instead");
    }
    for (int attempt = 1; ; attempt++) {
      PatientRecord current = readWithResponse(nhsNumber, options).value();
      try {
        return patchWithResponse(current, change.apply(current), options);
      } catch (ConflictException e) {
        if (!"RESOURCE_VERSION_MISMATCH".equals(e.errorCode()) || attempt >= maxAttempts) {
          throw e;
        }
      }
    }
  }

  @Override
  public PatientCreateResult create(Patient patient) {
    return createWithResponse(patient, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<PatientCreateResult> createWithResponse(Patient patient, RequestOptions options) {
    Objects.requireNonNull(patient, "patient == null");
    Objects.requireNonNull(options, "options == null");
    if (applicationRestricted()) {
      throw new IllegalStateException("PDS refuses creates with application-restricted (signed JWT) access; "
          + "create as a healthcare worker with an NHS CIS2 token");
    }
    CreateRules.check(patient);
    NhsRequest request = FhirRequests.request(NhsApi.PDS, "POST", "/Patient")
        .body(FhirJson.encode(patient), "application/json")
        .idempotent(true) // PDS de-duplicates writes by X-Request-ID, which every resend reuses
        .build();
    NhsResponse<Object> response = transport.execute(request, options, CREATE_RESULT);
    return new NhsResponse<>(response.statusCode(), response.headers(), createResult(response),
        response.requestId(), response.correlationId());
  }

  /**
   * Tells the create outcomes apart as the PDS specification defines them
   * ({@code specification/components/paths/patient-create.yaml} in
   * {@code NHSDigital/personal-demographics-service-api}): 201 with the new Patient, or 200 with an
   * OperationOutcome coded {@code SINGLE_MATCH} or {@code MULTIPLE_MATCHES}. Any other OperationOutcome with a
   * 2xx status is reported as several matches, as a create that created nothing.
   */
  private static PatientCreateResult createResult(NhsResponse<Object> response) {
    if (response.value() instanceof OperationOutcome outcome) {
      return "SINGLE_MATCH".equals(outcome.nhsCode())
          ? new PatientCreateResult.SingleMatch(outcome) : new PatientCreateResult.MultipleMatches(outcome);
    }
    Patient created = (Patient) response.value();
    if (response.statusCode() != 201) {
      throw new NhsDecodeException("PDS answered a create with HTTP " + response.statusCode() + " and a Patient; "
          + "it answers 201 for a new record and an OperationOutcome for a match", null, response.requestId(),
          response.correlationId());
    }
    NhsNumber number = created.nhsNumber()
        .or(() -> Optional.ofNullable(created.id()).filter(NhsNumber::isValid).map(NhsNumber::of))
        .orElseThrow(() -> new NhsDecodeException("PDS returned a patient without a valid NHS number", null,
            response.requestId(), response.correlationId()));
    return new PatientCreateResult.Created(new PatientRecord(created, number,
        response.etagVersion().orElse(created.versionId())));
  }

  /** A create answers with a Patient (created), or an OperationOutcome for one or several matches. */
  private static final ResponseDecoder<Object> CREATE_RESULT = Decoding.responseDecoder(
      reader -> "OperationOutcome".equals(FhirCodecs.resourceType(reader))
          ? FhirCodecs.OPERATION_OUTCOME.read(reader)
          : FhirCodecs.PATIENT.read(reader));

  /** A search answers with a searchset Bundle, or with an OperationOutcome and HTTP 200. */
  private static final ResponseDecoder<PatientSearchResult> SEARCH_RESULT = Decoding.responseDecoder(
      reader -> "OperationOutcome".equals(FhirCodecs.resourceType(reader))
          ? new PatientSearchResult(List.of(), null, FhirCodecs.OPERATION_OUTCOME.read(reader))
          : matches(FhirCodecs.BUNDLE.read(reader)));

  private static PatientSearchResult matches(Bundle bundle) {
    List<PatientSearchResult.Match> matches = new ArrayList<>();
    for (Bundle.Entry entry : bundle.entry()) {
      if (entry.resource() instanceof Patient patient) {
        matches.add(new PatientSearchResult.Match(patient, entry.search() == null ? null : entry.search().score()));
      }
    }
    return new PatientSearchResult(matches, bundle.total(), null);
  }

  private boolean applicationRestricted() {
    return transport.credentials() instanceof SignedJwtCredentials;
  }

  @Override
  public String toString() {
    return "PdsClient[" + transport.environment().name() + "]";
  }
}
