package dev.nhsapi.recordlocator;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.DocumentReference;
import java.util.Objects;
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
 * <p>NRL answers a search with one Bundle of all the patient's pointers; should it link a {@code next} page, the
 * search follows it lazily: each page is one call, made when the stream reaches it, with its own request id and
 * the transport's retries; none is made beyond {@code maxResults}. Consume the stream on one
 * thread; the calls happen inside its terminal operation. {@link RequestOptions} given to a search apply to every
 * page's call (the same correlation id and headers, the timeout per call); they may not set a request id, which
 * no two calls share.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#recordLocator()}. This is an interface so
 * callers can fake it in their own tests.
 */
public interface RecordLocatorClient {
  /**
   * Returns an NRL client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#recordLocator()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static RecordLocatorClient of(NhsTransport transport) {
    return new RealRecordLocatorClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Searches a patient's document pointers, following NRL's pages lazily.
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
  Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults);

  /**
   * Searches a patient's document pointers with options for every page's call, following NRL's pages lazily.
   *
   * @param search the search
   * @param maxResults the most pointers to return, at least 1
   * @param options the options for every page's call; without a request id
   * @return the pointers, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or if a
   *     page links to a next page outside the API
   */
  Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults, RequestOptions options);

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
  DocumentReference read(String id);

  /**
   * Reads one document pointer with per-call options, returning the whole response.
   *
   * @param id the pointer's id, such as {@code Y05868-1234567892}
   * @param options per-call options
   * @return the response, whose value is the pointer
   * @throws IllegalArgumentException if {@code id} is not an NRL id
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such pointer
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  NhsResponse<DocumentReference> readWithResponse(String id, RequestOptions options);

  /**
   * Counts the document pointers a search finds without fetching them: the search with {@code _summary=count},
   * whose answer is a Bundle with a {@code total} and no entries.
   *
   * @param search the search
   * @return the number of pointers
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if {@code search} is null
   * @throws dev.nhsapi.core.NhsApiException if the call fails, or the answer carries no total
   */
  int count(DocumentReferenceSearch search);

  /**
   * Counts a patient's document pointers with per-call options, returning the whole response; see
   * {@link #count(DocumentReferenceSearch)}.
   *
   * @param search the search
   * @param options per-call options
   * @return the response, whose value is the number of pointers
   * @throws IllegalStateException if the transport has no end-user organisation
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException if the call fails, or the answer carries no total
   */
  NhsResponse<Integer> countWithResponse(DocumentReferenceSearch search, RequestOptions options);
}
