package dev.nhsapi.immunisation;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Responses;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okio.Buffer;

/** The Immunisation client over the SDK's transport. */
final class RealImmunisationClient implements ImmunisationClient {
  /** The API's id rule (a FHIR id), without the path segments {@code .} and {@code ..}. */
  private static final Pattern ID = Pattern.compile("(?!\\.\\.?$)[A-Za-z0-9.-]{1,64}");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

  /** The writes answer with headers only; their bodies, if any, are not read. */
  private static final ResponseDecoder<Boolean> NO_BODY = body -> Boolean.TRUE;

  private final NhsTransport transport;

  RealImmunisationClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public String create(Immunization immunization) {
    return createWithResponse(immunization, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<String> createWithResponse(Immunization immunization, RequestOptions options) {
    Objects.requireNonNull(immunization, "immunization == null");
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "POST", "/Immunization")
        .body(FhirJson.encode(immunization), FhirRequests.FHIR_JSON)
        .build();
    NhsResponse<Boolean> response = transport.execute(request, options, NO_BODY);
    String id = response.header("Location").map(RealImmunisationClient::recordId)
        .filter(found -> ID.matcher(found).matches())
        .orElseThrow(() -> new NhsDecodeException("the API recorded the immunisation but its Location header names "
            + "no record id", null, response.requestId(), response.correlationId()));
    return Responses.withValue(response, id);
  }

  @Override
  public ImmunizationRecord read(String id) {
    return readWithResponse(id, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<ImmunizationRecord> readWithResponse(String id, RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.get(NhsApi.IMMUNISATION, "/Immunization/{id}", checkId(id)).build();
    NhsResponse<Immunization> response =
        transport.execute(request, options, FhirJson.responseDecoder(Immunization.class));
    Immunization immunization = response.value();
    return Responses.withValue(response,
        new ImmunizationRecord(immunization, id, version(response).orElse(immunization.versionId())));
  }

  @Override
  public ImmunizationRecord update(ImmunizationRecord current, Immunization changed) {
    return updateWithResponse(current, changed, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<ImmunizationRecord> updateWithResponse(ImmunizationRecord current, Immunization changed,
      RequestOptions options) {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(changed, "changed == null");
    Objects.requireNonNull(options, "options == null");
    String id = checkId(current.id());
    String version = current.version();
    if (version == null) {
      throw new IllegalStateException("the record has no version for the E-Tag header; read it again");
    }
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("an immunisation's version (E-Tag) is a whole number, such as 1");
    }
    if (changed.id() != null && !changed.id().equals(id)) {
      throw new IllegalArgumentException("the changed immunisation's id must be the id of the record read");
    }
    Immunization body = changed.id() == null ? changed.toBuilder().id(id).build() : changed;
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "PUT", "/Immunization/{id}", id)
        .header("E-Tag", version)
        .body(FhirJson.encode(body), FhirRequests.FHIR_JSON)
        .idempotent(true) // conditional on the E-Tag version: a resend after success no longer matches
        .build();
    NhsResponse<Boolean> response = transport.execute(request, options, NO_BODY);
    return Responses.withValue(response, new ImmunizationRecord(body, id, version(response).orElse(null)));
  }

  @Override
  public void delete(String id) {
    deleteWithResponse(id, RequestOptions.defaults());
  }

  @Override
  public NhsResponse<String> deleteWithResponse(String id, RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "DELETE", "/Immunization/{id}", checkId(id))
        .build();
    return Responses.withValue(transport.execute(request, options, NO_BODY), id);
  }

  @Override
  public ImmunizationSearchResult search(ImmunizationSearch search) {
    return searchWithResponse(search, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<ImmunizationSearchResult> searchWithResponse(ImmunizationSearch search,
      RequestOptions options) {
    Objects.requireNonNull(search, "search == null");
    Objects.requireNonNull(options, "options == null");
    NhsRequest request = FhirRequests.search(NhsApi.IMMUNISATION, "/Immunization", search.parameters()).build();
    NhsResponse<Bundle> response = transport.execute(request, options, FhirJson.responseDecoder(Bundle.class));
    Bundle bundle = response.value();
    List<OperationOutcome> warnings = bundle.entry().stream().map(Bundle.Entry::resource)
        .filter(r -> r != null && "OperationOutcome".equals(r.resourceType()))
        .map(r -> Decoding.decode(new Buffer().writeUtf8(FhirJson.encode(r)), FhirCodecs.OPERATION_OUTCOME::read))
        .toList();
    return Responses.withValue(response, new ImmunizationSearchResult(bundle.resources(Immunization.class),
        bundle.resources(Patient.class), bundle.total(), warnings));
  }

  private static String checkId(String id) {
    Objects.requireNonNull(id, "id == null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an immunisation id is 1 to 64 letters, digits, '-' and '.' (not '.' or "
          + "'..'), such as 12a33650-6f94-4e8f-a971-1c5c41da5b22");
    }
    return id;
  }

  /** The version in a response's {@code E-Tag}, if it is a whole number, as the API's versions are. */
  private static Optional<String> version(NhsResponse<?> response) {
    return response.etagVersion().filter(tag -> VERSION.matcher(tag).matches());
  }

  /**
   * The record id in a {@code Location}: the whole value, or the segment after {@code Immunization/} of an absolute
   * or relative path; empty if neither.
   */
  private static String recordId(String location) {
    String path = location.replaceFirst("[?#].*$", "");
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 || path.substring(0, slash).endsWith("Immunization") ? path.substring(slash + 1) : "";
  }

  @Override
  public String toString() {
    return "ImmunisationClient[" + transport.environment().name() + "]";
  }
}
