package dev.nhsapi.internal.client;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Follows a paged answer's next-page links lazily (a FHIR searchset's {@code next} links, or another API's own
 * kind): each page is fetched, as a call of its own through the transport (its own request id, retries and rate
 * limit), only when the stream reaches it.
 *
 * <p>The caller's {@link RequestOptions} apply to every page's call: the same correlation id (which ties the
 * pages together), the same extra headers, and the timeout as each call's own deadline. A request id cannot be
 * shared by several calls, so options that set one are refused.
 */
public final class Paging {
  private Paging() {}

  /**
   * Streams the items of a FHIR search's pages, following the searchset's {@code next} links.
   *
   * @param <T> the item type
   * @param transport the transport
   * @param first the request for the first page
   * @param options the options for every page's call
   * @param items the items of one page
   * @param maxResults the most items to return; no page beyond them is fetched
   * @return the items, fetched lazily
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   */
  public static <T> Stream<T> stream(NhsTransport transport, NhsRequest first, RequestOptions options,
      Function<Bundle, List<T>> items, int maxResults) {
    return stream(transport, first, options, FhirJson.responseDecoder(Bundle.class), items,
        nextLink(transport.environment(), first, bundle -> bundle.link("next")), maxResults);
  }

  /**
   * Streams the items of any paged API's pages: each page is decoded by {@code decoder}, and {@code next} gives
   * the request for the page after it, if any.
   *
   * @param <P> the page type
   * @param <T> the item type
   * @param transport the transport
   * @param first the request for the first page
   * @param options the options for every page's call
   * @param decoder decodes one page
   * @param items the items of one page
   * @param next the request for the page after a page, or empty after the last one
   * @param maxResults the most items to return; no page beyond them is fetched
   * @return the items, fetched lazily
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   */
  public static <P, T> Stream<T> stream(NhsTransport transport, NhsRequest first, RequestOptions options,
      ResponseDecoder<P> decoder, Function<P, List<T>> items, Function<P, Optional<NhsRequest>> next,
      int maxResults) {
    if (maxResults < 1) {
      throw new IllegalArgumentException("maxResults must be at least 1");
    }
    if (Objects.requireNonNull(options, "options == null").requestId() != null) {
      throw new IllegalArgumentException("a paged search makes one call per page, each with its own X-Request-ID, "
          + "so its options cannot set a request id; set a correlation id to tie the pages' calls together");
    }
    Iterator<T> pages = new Iterator<>() {
      private @Nullable NhsRequest following = first;
      private Iterator<T> page = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && following != null) {
          P answer = transport.execute(following, options, decoder).value();
          List<T> found = items.apply(answer);
          page = found.iterator();
          // An empty page ends the search even if it links on, so a server cannot keep the stream looping.
          following = found.isEmpty() ? null : next.apply(answer).orElse(null);
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
   * Returns the request for the page a page's next-page link names, refusing links that leave the API.
   *
   * @param <P> the page type
   * @param environment the environment calls go to
   * @param first the request for the first page, whose API and headers the next page's request takes
   * @param link the next-page link of a page, or empty on the last page
   * @return the request for the page after a page, or empty after the last one
   */
  public static <P> Function<P, Optional<NhsRequest>> nextLink(
      NhsEnvironment environment, NhsRequest first, Function<P, Optional<String>> link) {
    return page -> link.apply(page).map(url -> nextPage(environment, first, url));
  }

  /**
   * Turns a {@code next} link into a request for the same API, refusing links that lead anywhere else: the
   * request carries credentials, which must not follow a link to another host or another API. The link's path is
   * normalised first, as it would be when sent (percent-decoded, an encoded {@code /} or {@code \} splitting a
   * segment, {@code .} and {@code ..} resolved), and only then checked to lie under the API's base path. The
   * request's path template names the first request's fixed segments and shows any other as {@code {page}}, so
   * logs never repeat a path the server chose.
   */
  static NhsRequest nextPage(NhsEnvironment environment, NhsRequest first, String link) {
    NhsApi api = first.api();
    HttpUrl base = HttpUrl.get(environment.apiUrl(api));
    HttpUrl url = HttpUrl.parse(link);
    List<String> baseSegments = base.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList();
    List<String> segments = url == null ? null : normalised(url.pathSegments());
    if (url == null || segments == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
        || url.port() != base.port() || segments.size() < baseSegments.size()
        || !segments.subList(0, baseSegments.size()).equals(baseSegments)) {
      throw new NhsDecodeException("the search's next-page link points outside the " + api.name() + " API", null,
          null, null);
    }
    Set<String> fixed = Set.copyOf(List.of(first.pathTemplate().split("/")));
    StringBuilder template = new StringBuilder();
    List<String> values = new ArrayList<>();
    for (String segment : segments.subList(baseSegments.size(), segments.size())) {
      if (fixed.contains(segment) && !segment.startsWith("{")) {
        template.append('/').append(segment);
      } else {
        template.append("/{page}");
        values.add(segment);
      }
    }
    if (segments.size() > baseSegments.size() && url.encodedPath().endsWith("/")) {
      template.append('/'); // as the server wrote it: some APIs tell /conditions/ from /conditions
    }
    try {
      NhsRequest.Builder request = NhsRequest.get(api, template.toString(), values.toArray());
      first.headers().forEach(request::header);
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        request.query(url.queryParameterName(i), value == null ? "" : value);
      }
      return request.build();
    } catch (IllegalArgumentException e) {
      // A query parameter without a name: nothing the SDK can send.
      throw new NhsDecodeException("the search's next-page link is not a path and query the " + api.name()
          + " API takes", null, null, null);
    }
  }

  /**
   * Returns decoded path segments as they would be sent: each split at an encoded {@code /} or {@code \}, empty
   * and {@code .} segments dropped, {@code ..} removing the segment before it.
   *
   * @return the segments, or null if a {@code ..} would climb above the root
   */
  private static @Nullable List<String> normalised(List<String> decodedSegments) {
    List<String> segments = new ArrayList<>();
    for (String decoded : decodedSegments) {
      for (String segment : decoded.split("[/\\\\]", -1)) {
        if (segment.equals("..")) {
          if (segments.isEmpty()) {
            return null;
          }
          segments.remove(segments.size() - 1);
        } else if (!segment.isEmpty() && !segment.equals(".")) {
          segments.add(segment);
        }
      }
    }
    return segments;
  }
}
