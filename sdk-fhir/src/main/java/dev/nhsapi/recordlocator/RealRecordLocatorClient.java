package dev.nhsapi.recordlocator;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Paging;
import dev.nhsapi.internal.client.Responses;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The NRL client over the SDK's transport. */
final class RealRecordLocatorClient implements RecordLocatorClient {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9.]+-[A-Za-z0-9.\\-]+");

  private final NhsTransport transport;

  RealRecordLocatorClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults) {
    return search(search, maxResults, RequestOptions.defaults());
  }

  @Override
  public Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults, RequestOptions options) {
    Objects.requireNonNull(search, "search == null");
    requireEndUserOrganisation();
    NhsRequest first = request(search).build();
    return Paging.stream(transport, first, options, bundle -> bundle.resources(DocumentReference.class),
        maxResults);
  }

  @Override
  public DocumentReference read(String id) {
    return readWithResponse(id, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<DocumentReference> readWithResponse(String id, RequestOptions options) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(options, "options == null");
    if (id.length() > 64 || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an NRL id is the custodian's ODS code, '-' and the producer's id: "
          + "letters, digits, '.' and '-', at most 64 characters");
    }
    requireEndUserOrganisation();
    return transport.execute(FhirRequests.get(NhsApi.RECORD_LOCATOR, "/DocumentReference/{id}", id).build(),
        options, FhirJson.responseDecoder(DocumentReference.class));
  }

  @Override
  public int count(DocumentReferenceSearch search) {
    return countWithResponse(search, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<Integer> countWithResponse(DocumentReferenceSearch search, RequestOptions options) {
    Objects.requireNonNull(search, "search == null");
    Objects.requireNonNull(options, "options == null");
    requireEndUserOrganisation();
    NhsResponse<Bundle> response = transport.execute(request(search).query("_summary", "count").build(),
        options, FhirJson.responseDecoder(Bundle.class));
    Integer total = response.value().total();
    if (total == null) {
      throw new NhsDecodeException("the count's Bundle has no total at path $.total", null, response.requestId(),
          response.correlationId());
    }
    return Responses.withValue(response, total);
  }

  private static NhsRequest.Builder request(DocumentReferenceSearch search) {
    return FhirRequests.search(NhsApi.RECORD_LOCATOR, "/DocumentReference", search.parameters());
  }

  private void requireEndUserOrganisation() {
    if (transport.endUserOrganisation().isEmpty()) {
      throw new IllegalStateException("the National Record Locator requires NHSD-End-User-Organisation-ODS: set "
          + "NhsTransport.Builder.endUserOrganisation(odsCode)");
    }
  }

  @Override
  public String toString() {
    return "RecordLocatorClient[" + transport.environment().name() + "]";
  }
}
