package dev.nhsapi.internal.paging;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Follows a FHIR searchset's {@code next} links lazily: each page is fetched, as a call of its own through the
 * transport (its own request id, retries and rate limit), only when the stream reaches it.
 */
public final class Paging {
  private Paging() {}

  /**
   * Streams the items of the search's pages, following the pages' {@code next} links.
   *
   * @param <T> the item type
   * @param transport the transport
   * @param first the request for the first page
   * @param items the items of one page
   * @param maxResults the most items to return; no page beyond them is fetched
   * @return the items, fetched lazily
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   */
  public static <T> Stream<T> stream(
      NhsTransport transport, NhsRequest first, Function<Bundle, List<T>> items, int maxResults) {
    return stream(transport, first, items, nextLink(transport.environment(), first), maxResults);
  }

  /**
   * Streams the items of the search's pages, asking {@code next} for the request of the page after each one.
   *
   * @param <T> the item type
   * @param transport the transport
   * @param first the request for the first page
   * @param items the items of one page
   * @param next the request for the page after a page, or empty after the last one
   * @param maxResults the most items to return; no page beyond them is fetched
   * @return the items, fetched lazily
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   */
  public static <T> Stream<T> stream(NhsTransport transport, NhsRequest first, Function<Bundle, List<T>> items,
      Function<Bundle, Optional<NhsRequest>> next, int maxResults) {
    if (maxResults < 1) {
      throw new IllegalArgumentException("maxResults must be at least 1");
    }
    Iterator<T> pages = new Iterator<>() {
      private @Nullable NhsRequest following = first;
      private Iterator<T> page = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && following != null) {
          Bundle bundle = transport.execute(following, FhirJson.responseDecoder(Bundle.class)).value();
          List<T> found = items.apply(bundle);
          page = found.iterator();
          // An empty page ends the search even if it links on, so a server cannot keep the stream looping.
          following = found.isEmpty() ? null : next.apply(bundle).orElse(null);
        }
        return page.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false).limit(maxResults);
  }

  /**
   * Returns the request for the page a bundle's {@code next} link names, refusing links that leave the API.
   *
   * @param environment the environment calls go to
   * @param first the request for the first page, whose API and headers the next page's request takes
   * @return the request for the page after a page, or empty if the page has no {@code next} link
   */
  public static Function<Bundle, Optional<NhsRequest>> nextLink(NhsEnvironment environment, NhsRequest first) {
    return bundle -> bundle.link("next").map(url -> nextPage(environment, first, url));
  }

  /**
   * Turns a {@code next} link into a request for the same API, refusing links that lead anywhere else: the
   * request carries credentials, which must not follow a link to another host.
   */
  static NhsRequest nextPage(NhsEnvironment environment, NhsRequest first, String link) {
    NhsApi api = first.api();
    HttpUrl base = HttpUrl.get(environment.apiUrl(api));
    HttpUrl url = HttpUrl.parse(link);
    String basePath = base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
    if (url == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
        || url.port() != base.port() || !url.encodedPath().startsWith(basePath)) {
      throw new NhsDecodeException("the search's next-page link points outside the " + api.name() + " API", null,
          null, null);
    }
    int baseSegments = (int) base.pathSegments().stream().filter(segment -> !segment.isEmpty()).count();
    NhsRequest.Builder request = NhsRequest.get(api,
        "/" + String.join("/", url.pathSegments().subList(baseSegments, url.pathSize())));
    first.headers().forEach(request::header);
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      request.query(url.queryParameterName(i), value == null ? "" : value);
    }
    return request.build();
  }
}
