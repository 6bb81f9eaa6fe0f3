package dev.nhsapi.websitecontent;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.internal.client.Paging;
import dev.nhsapi.internal.codec.ContentCodec;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The website content client over the SDK's transport. */
final class RealWebsiteContentClient implements WebsiteContentClient {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_SLUG = 100;

  private final NhsTransport transport;

  RealWebsiteContentClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public ContentPage read(ContentArea area, String slug) {
    return readWithResponse(area, slug, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<ContentPage> readWithResponse(ContentArea area, String slug, RequestOptions options) {
    Objects.requireNonNull(area, "area == null");
    Objects.requireNonNull(slug, "slug == null");
    Objects.requireNonNull(options, "options == null");
    if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("a page slug is 1 to " + MAX_SLUG + " lowercase letters, digits and "
          + "single hyphens between them, such as hay-fever");
    }
    return transport.execute(NhsRequest.get(NhsApi.WEBSITE_CONTENT, area.path() + "/{slug}", slug).build(),
        options, ContentCodec.PAGE);
  }

  @Override
  public Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults) {
    return search(area, search, maxResults, RequestOptions.defaults());
  }

  @Override
  public Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults,
      RequestOptions options) {
    Objects.requireNonNull(area, "area == null");
    Objects.requireNonNull(search, "search == null");
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.WEBSITE_CONTENT, area.path());
    search.parameters().forEach(p -> builder.query(p.getKey(), p.getValue()));
    NhsRequest first = builder.build();
    return Paging.stream(transport, first, options, ContentCodec.PAGE, ContentPage::results,
        Paging.nextLink(transport.environment(), first, RealWebsiteContentClient::nextPage), maxResults);
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
