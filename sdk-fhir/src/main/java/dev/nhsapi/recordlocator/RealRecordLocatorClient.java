package dev.nhsapi.recordlocator;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Paging;
import dev.nhsapi.internal.client.Responses;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The NRL client over the SDK's transport. */
final class RealRecordLocatorClient implements RecordLocatorClient {
  private static final String NEXT_PAGE_TOKEN = "next-page-token";
  /** How NRL marks the {@code meta.tag} coding whose code is the next page's token. */
  private static final String NEXT_PAGE_TAG = "next_page_token";
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
    NhsRequest first = request("/DocumentReference", search).build();
    Function<Bundle, Optional<NhsRequest>> link =
        Paging.nextLink(transport.environment(), first, bundle -> bundle.link("next"));
    return Paging.stream(transport, first, options, FhirJson.responseDecoder(Bundle.class),
        bundle -> bundle.resources(DocumentReference.class),
        bundle -> link.apply(bundle).or(() -> nextPageToken(bundle).map(token -> withToken(first, token))),
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
    if (search.narrowsBeyondType()) {
      throw new IllegalArgumentException("NRL counts by patient and type only: remove the custodian and category");
    }
    requireEndUserOrganisation();
    NhsResponse<Bundle> response = transport.execute(request("/DocumentReference/_count", search).build(),
        options, FhirJson.responseDecoder(Bundle.class));
    Integer total = response.value().total();
    if (total == null) {
      throw new NhsDecodeException("the count's Bundle has no total at path $.total", null, response.requestId(),
          response.correlationId());
    }
    return Responses.withValue(response, total);
  }

  private NhsRequest.Builder request(String path, DocumentReferenceSearch search) {
    return FhirRequests.search(NhsApi.RECORD_LOCATOR, path, search.parameters());
  }

  private void requireEndUserOrganisation() {
    if (transport.endUserOrganisation().isEmpty()) {
      throw new IllegalStateException("the National Record Locator requires NHSD-End-User-Organisation-ODS: set "
          + "NhsTransport.Builder.endUserOrganisation(odsCode)");
    }
  }

  /** The token NRL puts in the page's {@code meta.tag} when more pointers follow. */
  private static Optional<String> nextPageToken(Bundle page) {
    return page.meta() == null ? Optional.empty() : page.meta().tag().stream()
        .filter(tag -> NEXT_PAGE_TAG.equals(tag.display()) && tag.code() != null && !tag.code().isEmpty())
        .map(Coding::code).findFirst();
  }

  /** The first page's request with the next page's token in place of any earlier one. */
  private static NhsRequest withToken(NhsRequest first, String token) {
    NhsRequest.Builder next = NhsRequest.get(first.api(), first.pathTemplate(), first.pathValues().toArray());
    first.headers().forEach(next::header);
    first.query().stream().filter(p -> !p.getKey().equals(NEXT_PAGE_TOKEN))
        .forEach(p -> next.query(p.getKey(), p.getValue()));
    return next.query(NEXT_PAGE_TOKEN, token).build();
  }

  @Override
  public String toString() {
    return "RecordLocatorClient[" + transport.environment().name() + "]";
  }
}
