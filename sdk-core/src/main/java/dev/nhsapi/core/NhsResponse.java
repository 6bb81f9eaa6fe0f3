package dev.nhsapi.core;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer: the status, the headers, the decoded value and the ids of the call.
 *
 * <p>{@link #toString()} shows the status and ids only, never the value or headers, which may hold patient
 * data.
 *
 * @param <T> the type of the decoded body
 * @param statusCode the HTTP status, 2xx
 * @param headers the response headers
 * @param value the decoded body
 * @param requestId the {@code X-Request-ID} the call carried
 * @param correlationId the {@code X-Correlation-ID} the call carried
 */
public record NhsResponse<T>(int statusCode, Headers headers, T value, String requestId, String correlationId) {
  /**
   * Validates the parts.
   *
   * @param statusCode the HTTP status, 2xx
   * @param headers the response headers
   * @param value the decoded body
   * @param requestId the {@code X-Request-ID} the call carried
   * @param correlationId the {@code X-Correlation-ID} the call carried
   * @throws NullPointerException if any part is null
   */
  public NhsResponse {
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(requestId, "requestId == null");
    Objects.requireNonNull(correlationId, "correlationId == null");
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or empty if absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * Returns the resource version from the {@code ETag} header, weak as PDS sends it ({@code W/"3"}), quoted
   * ({@code "3"}) or bare ({@code 3}); or, without one, from the {@code E-Tag} header the Immunisation API sends
   * instead.
   *
   * @return the version ({@code 3}), or empty if there is neither header
   */
  public Optional<String> etagVersion() {
    @Nullable String etag = headers.get("ETag");
    if (etag == null) {
      etag = headers.get("E-Tag");
    }
    if (etag == null) {
      return Optional.empty();
    }
    String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    return Optional.of(tag);
  }

  @Override
  public String toString() {
    return "NhsResponse[status=" + statusCode + ", requestId=" + requestId + ", correlationId=" + correlationId
        + "]";
  }
}
