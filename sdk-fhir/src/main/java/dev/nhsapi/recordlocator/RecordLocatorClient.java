package dev.nhsapi.recordlocator;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Paging;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The National Record Locator (NRL) consumer API: where a patient's shared care documents are held (mental health
 * crisis plans, end of life care coordination summaries, emergency health care plans...), as pointers to the
 * documents in their custodians' systems. It takes application-restricted access with a signed JWT, and every
 * call must name the end user's organisation: set {@link NhsTransport.Builder#endUserOrganisation(String)}.
 *
 * <pre>{@code
 * List<DocumentReference> pointers = nhs.recordLocator()
 *     .search(DocumentReferenceSearch.builder(patient).build(), 100)
 *     .toList();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Obtain it from {@link NhsClient#recordLocator()}.
 */
public final class RecordLocatorClient {
  private static final String NEXT_PAGE_TOKEN = "next-page-token";
  /** How NRL marks the {@code meta.tag} coding whose code is the next page's token. */
  private static final String NEXT_PAGE_TAG = "next_page_token";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9.]+-[A-Za-z0-9.\\-]+");

  private final NhsTransport transport;

  RecordLocatorClient(NhsTransport transport) {
    this.transport = transport;
  }

  /**
   * Returns a client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#recordLocator()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static RecordLocatorClient of(NhsTransport transport) {
    return new RecordLocatorClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Searches a patient's document pointers, following NRL's pages lazily: each page is one call, made when the
   * stream reaches it, with its own request id and the transport's retries; none is made beyond
   * {@code maxResults}. Consume the stream on one thread; the calls happen inside its terminal operation.
   *
   * @param search the search
   * @param maxResults the most pointers to return, at least 1
   * @return the pointers, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if {@code search} is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or if a
   *     page links to a next page outside the API
   */
  public Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults) {
    Objects.requireNonNull(search, "search == null");
    requireEndUserOrganisation();
    NhsRequest first = request("/DocumentReference", search).build();
    Function<Bundle, Optional<NhsRequest>> link =
        Paging.nextLink(transport.environment(), first, bundle -> bundle.link("next"));
    return Paging.stream(transport, first, FhirJson.responseDecoder(Bundle.class),
        bundle -> bundle.resources(DocumentReference.class),
        bundle -> link.apply(bundle).or(() -> nextPageToken(bundle).map(token -> withToken(first, token))),
        maxResults);
  }

  /**
   * Reads one document pointer.
   *
   * @param id the pointer's id: the custodian's ODS code, a hyphen and the producer's own id, such as
   *     {@code Y05868-1234567892}
   * @return the pointer
   * @throws IllegalArgumentException if {@code id} is not an NRL id
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if {@code id} is null
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such pointer
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  public DocumentReference read(String id) {
    Objects.requireNonNull(id, "id == null");
    if (id.length() > 64 || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an NRL id is the custodian's ODS code, '-' and the producer's id: "
          + "letters, digits, '.' and '-', at most 64 characters");
    }
    requireEndUserOrganisation();
    return transport.execute(FhirRequests.get(NhsApi.RECORD_LOCATOR, "/DocumentReference/{id}", id).build(),
        FhirJson.responseDecoder(DocumentReference.class)).value();
  }

  /**
   * Counts a patient's document pointers, of one type if the search names one, without fetching them.
   *
   * @param search the search: a patient and optionally a type; NRL's count takes no custodian or category
   * @return the number of pointers
   * @throws IllegalArgumentException if the search names a custodian or category
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if {@code search} is null
   * @throws dev.nhsapi.core.NhsApiException if the call fails, or the answer carries no total
   */
  public int count(DocumentReferenceSearch search) {
    Objects.requireNonNull(search, "search == null");
    if (search.narrowsBeyondType()) {
      throw new IllegalArgumentException("NRL counts by patient and type only: remove the custodian and category");
    }
    requireEndUserOrganisation();
    NhsResponse<Bundle> response = transport.execute(request("/DocumentReference/_count", search).build(),
        FhirJson.responseDecoder(Bundle.class));
    Integer total = response.value().total();
    if (total == null) {
      throw new NhsDecodeException("the count's Bundle has no total at path $.total", null, response.requestId(),
          response.correlationId());
    }
    return total;
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
