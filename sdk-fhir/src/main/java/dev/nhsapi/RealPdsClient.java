package dev.nhsapi;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.RelatedPerson;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The PDS client over the SDK's transport. */
final class RealPdsClient implements PdsClient {
  private static final String FHIR_JSON = "application/fhir+json";

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
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", nhsNumber.value())
        .header("Accept", FHIR_JSON)
        .build();
    NhsResponse<Patient> response;
    try {
      response = transport.execute(request, options, FhirJson.responseDecoder(Patient.class));
    } catch (ResourceNotFoundException e) {
      throw "INVALIDATED_RESOURCE".equals(e.errorCode()) ? new PatientInvalidatedException(e) : e;
    }
    Patient patient = response.value();
    String version = response.etagVersion().orElse(patient.versionId());
    return new NhsResponse<>(response.statusCode(), response.headers(), new PatientRecord(patient, nhsNumber, version),
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
    NhsRequest.Builder request = NhsRequest.get(NhsApi.PDS, "/Patient").header("Accept", FHIR_JSON);
    search.parameters().forEach(p -> request.query(p.getKey(), p.getValue()));
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
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}/RelatedPerson", nhsNumber.value())
        .header("Accept", FHIR_JSON)
        .build();
    return transport.execute(request, options,
        body -> FhirJson.responseDecoder(Bundle.class).decode(body).resources(RelatedPerson.class));
  }

  /** A search answers with a searchset Bundle, or with an OperationOutcome and HTTP 200. */
  private static final ResponseDecoder<PatientSearchResult> SEARCH_RESULT = body -> Decoding.decode(body.source(),
      reader -> "OperationOutcome".equals(FhirCodecs.resourceType(reader))
          ? PatientSearchResult.outcome(FhirCodecs.OPERATION_OUTCOME.read(reader))
          : matches(FhirCodecs.BUNDLE.read(reader)));

  private static PatientSearchResult matches(Bundle bundle) {
    List<PatientSearchResult.Match> matches = new ArrayList<>();
    for (Bundle.Entry entry : bundle.entry()) {
      if (entry.resource() instanceof Patient patient) {
        matches.add(new PatientSearchResult.Match(patient, entry.search() == null ? null : entry.search().score()));
      }
    }
    return PatientSearchResult.matches(matches, bundle.total());
  }

  @Override
  public String toString() {
    return "PdsClient[" + transport.environment().name() + "]";
  }
}
