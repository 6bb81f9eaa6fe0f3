package dev.nhsapi.websitecontent;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The NHS website content API (v2): the NHS website's pages on conditions, medicines, mental health, pregnancy
 * and more, as schema.org JSON, to show in an application with attribution to the NHS website. It takes
 * application-restricted access with an API key ({@code ApiKeyCredentials}). It is not a FHIR API.
 *
 * <pre>{@code
 * ContentPage asthma = nhs.websiteContent().read(ContentArea.CONDITIONS, "asthma");
 * List<ContentSummary> conditions = nhs.websiteContent()
 *     .search(ContentArea.CONDITIONS, ContentSearch.builder().category('A').build(), 100)
 *     .toList();
 * }</pre>
 *
 * <p>Calls go through the transport like any other API's: the same request ids, retries (a 429
 * {@code TOO_MANY_REQUESTS} is retried with back-off), rate limit and typed exceptions. Searches follow the
 * list's pages (25 to a page) lazily: each page is one call, made when the stream reaches it, with its own request
 * id and the transport's retries; none is made beyond {@code maxResults}. Consume the stream on one thread; the
 * calls happen inside its terminal operation. {@link RequestOptions} given to a search apply to every page's call
 * (the same correlation id and headers, the timeout per call); they may not set a request id, which no two calls
 * share.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#websiteContent()}. This is an interface so
 * callers can fake it in their own tests.
 */
public interface WebsiteContentClient {
  /**
   * Returns a website content client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#websiteContent()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static WebsiteContentClient of(NhsTransport transport) {
    return new RealWebsiteContentClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Reads one page of an area, such as {@code read(ContentArea.CONDITIONS, "hay-fever")} for
   * {@code https://www.nhs.uk/conditions/hay-fever/}.
   *
   * @param area the area
   * @param slug the page's name in its address: lowercase letters, digits and single hyphens between them
   * @return the page
   * @throws IllegalArgumentException if {@code slug} is not a slug
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.ResourceNotFoundException if the area has no such page
   * @throws dev.nhsapi.core.NhsDecodeException if the answer is not a page in the API's JSON
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  ContentPage read(ContentArea area, String slug);

  /**
   * Reads one page of an area with per-call options, returning the whole response.
   *
   * @param area the area
   * @param slug the page's name in its address: lowercase letters, digits and single hyphens between them
   * @param options per-call options
   * @return the response, whose value is the page
   * @throws IllegalArgumentException if {@code slug} is not a slug
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.ResourceNotFoundException if the area has no such page
   * @throws dev.nhsapi.core.NhsDecodeException if the answer is not a page in the API's JSON
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  NhsResponse<ContentPage> readWithResponse(ContentArea area, String slug, RequestOptions options);

  /**
   * Searches an area's pages, following the list's pages lazily.
   *
   * @param area the area
   * @param search what to list; {@link ContentSearch#all()} for everything
   * @param maxResults the most pages to return, at least 1
   * @return the pages listed, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a call fails, or if a list
   *     page links to a next page outside the API
   */
  Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults);

  /**
   * Searches an area's pages with options for every page's call, following the list's pages lazily.
   *
   * @param area the area
   * @param search what to list; {@link ContentSearch#all()} for everything
   * @param maxResults the most pages to return, at least 1
   * @param options the options for every page's call; without a request id
   * @return the pages listed, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a call fails, or if a list
   *     page links to a next page outside the API
   */
  Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults, RequestOptions options);
}
