package dev.nhsapi.websitecontent;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.internal.client.Paging;
import dev.nhsapi.internal.codec.ContentCodec;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The NHS website content API (v2): the NHS website's pages on conditions, medicines, mental health, pregnancy
 * and more, as schema.org JSON, to show in an application with attribution to the NHS website. It takes
 * application-restricted access with an API key ({@code ApiKeyCredentials}). It is not a FHIR API.
 *
 * <pre>{@code
 * ContentPage asthma = nhs.websiteContent().page(ContentArea.CONDITIONS, "asthma");
 * List<ContentSummary> conditions = nhs.websiteContent()
 *     .list(ContentArea.CONDITIONS, ContentQuery.builder().category('A').build(), 100)
 *     .toList();
 * }</pre>
 *
 * <p>Calls go through the transport like any other API's: the same request ids, retries (a 429
 * {@code TOO_MANY_REQUESTS} is retried with back-off), rate limit and typed exceptions.
 *
 * <p>Immutable and thread-safe. Obtain it from {@link NhsClient#websiteContent()}.
 */
public final class WebsiteContentClient {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_SLUG = 100;

  private final NhsTransport transport;

  WebsiteContentClient(NhsTransport transport) {
    this.transport = transport;
  }

  /**
   * Returns a client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#websiteContent()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static WebsiteContentClient of(NhsTransport transport) {
    return new WebsiteContentClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Reads one page of an area, such as {@code page(ContentArea.CONDITIONS, "hay-fever")} for
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
  public ContentPage page(ContentArea area, String slug) {
    Objects.requireNonNull(area, "area == null");
    Objects.requireNonNull(slug, "slug == null");
    if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("a page slug is 1 to " + MAX_SLUG + " lowercase letters, digits and "
          + "single hyphens between them, such as hay-fever");
    }
    return transport.execute(NhsRequest.get(NhsApi.WEBSITE_CONTENT, area.path() + "/{slug}", slug).build(),
        ContentCodec.PAGE).value();
  }

  /**
   * Lists an area's pages, following the list's pages (25 to a page) lazily: each page is one call, made when the
   * stream reaches it, with its own request id and the transport's retries; none is made beyond
   * {@code maxResults}. Consume the stream on one thread; the calls happen inside its terminal operation.
   *
   * @param area the area
   * @param query what to list; {@link ContentQuery#all()} for everything
   * @param maxResults the most pages to return, at least 1
   * @return the pages listed, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a call fails, or if a list
   *     page links to a next page outside the API
   */
  public Stream<ContentSummary> list(ContentArea area, ContentQuery query, int maxResults) {
    Objects.requireNonNull(area, "area == null");
    Objects.requireNonNull(query, "query == null");
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.WEBSITE_CONTENT, area.path());
    query.parameters().forEach(p -> builder.query(p.getKey(), p.getValue()));
    NhsRequest first = builder.build();
    return Paging.stream(transport, first, ContentCodec.PAGE, ContentPage::results,
        Paging.nextLink(transport.environment(), first, WebsiteContentClient::nextPage), maxResults);
  }

  /** The list's next page: the {@code Pagination} link named {@code Next Page}. */
  private static Optional<String> nextPage(ContentPage list) {
    return list.relatedLinks().stream()
        .filter(link -> "Pagination".equals(link.relationship()) && "Next Page".equals(link.name()))
        .map(ContentLink::url).findFirst();
  }

  @Override
  public String toString() {
    return "WebsiteContentClient[" + transport.environment().name() + "]";
  }
}
