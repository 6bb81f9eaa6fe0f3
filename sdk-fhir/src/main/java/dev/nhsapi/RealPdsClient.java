package dev.nhsapi;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
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
  public String toString() {
    return "PdsClient[" + transport.environment().name() + "]";
  }
}
