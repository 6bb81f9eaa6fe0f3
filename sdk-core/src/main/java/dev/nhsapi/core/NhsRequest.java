package dev.nhsapi.core;

import dev.nhsapi.core.internal.ReservedHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One logical call to an NHS API: the API, the method, a path template with its values, query parameters,
 * headers and an optional body. The transport adds the environment's host, authentication and the platform's
 * headers.
 *
 * <p>Paths are written as templates, {@code /Patient/{id}}, with the values given separately. The transport
 * encodes each value as one path segment, and logs and events show only the template, so identifiers such as
 * NHS numbers never reach a log.
 *
 * <p>Instances are immutable and thread-safe; one request may be executed any number of times.
 */
public final class NhsRequest {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

  private final NhsApi api;
  private final String method;
  private final String pathTemplate;
  private final List<String> pathValues;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final byte @Nullable [] body;
  private final @Nullable String mediaType;
  private final boolean idempotent;

  private NhsRequest(Builder builder) {
    this.api = builder.api;
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.pathValues = builder.pathValues;
    this.query = List.copyOf(builder.query);
    this.headers = Map.copyOf(builder.headers);
    this.body = builder.body;
    this.mediaType = builder.mediaType;
    this.idempotent = builder.idempotent || READ_METHODS.contains(builder.method);
  }

  /**
   * Starts a {@code GET} request.
   *
   * @param api the API
   * @param pathTemplate the path relative to the API's base path, with {@code {name}} placeholders
   * @param pathValues one value per placeholder, in order
   * @return a builder
   * @throws IllegalArgumentException if the template is malformed or the number of values does not match
   * @throws NullPointerException if any argument is null
   */
  public static Builder get(NhsApi api, String pathTemplate, Object... pathValues) {
    return builder(api, "GET", pathTemplate, pathValues);
  }

  /**
   * Starts a request with any method.
   *
   * @param api the API
   * @param method the HTTP method, for example {@code PATCH}
   * @param pathTemplate the path relative to the API's base path, with {@code {name}} placeholders
   * @param pathValues one value per placeholder, in order
   * @return a builder
   * @throws IllegalArgumentException if the method is not a token, the template is malformed or the number of
   *     values does not match
   * @throws NullPointerException if any argument is null
   */
  public static Builder builder(NhsApi api, String method, String pathTemplate, Object... pathValues) {
    return new Builder(api, method, pathTemplate, pathValues);
  }

  /**
   * Returns the API this request is for.
   *
   * @return the API
   */
  public NhsApi api() {
    return api;
  }

  /**
   * Returns the HTTP method, upper case.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template, for example {@code /Patient/{id}}. It holds no identifiers and is safe to log.
   *
   * @return the template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the path values, one per placeholder in the template.
   *
   * @return an unmodifiable list
   */
  public List<String> pathValues() {
    return pathValues;
  }

  /**
   * Returns the query parameters in order; a name may repeat.
   *
   * @return an unmodifiable list of name-value pairs
   */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * Returns the request's own headers, for example {@code Accept} or {@code If-Match}.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns a copy of the body, or null if there is none.
   *
   * @return the body bytes, or null
   */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /**
   * Returns the body's media type, or null if there is no body.
   *
   * @return the media type, or null
   */
  public @Nullable String mediaType() {
    return mediaType;
  }

  /**
   * Returns whether sending this request twice has the same effect as sending it once: always true for
   * {@code GET} and {@code HEAD}, and true for writes marked with {@link Builder#idempotent(boolean)}.
   *
   * @return whether the transport may resend the request after a failure
   */
  public boolean idempotent() {
    return idempotent;
  }

  /** Shows the method, API and template only: no path values, query values, headers or body. */
  @Override
  public String toString() {
    return "NhsRequest[" + method + " " + api.name() + " " + pathTemplate + "]";
  }

  /** Builds an {@link NhsRequest}. Not thread-safe. */
  public static final class Builder {
    private final NhsApi api;
    private final String method;
    private final String pathTemplate;
    private final List<String> pathValues;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte @Nullable [] body;
    private @Nullable String mediaType;
    private boolean idempotent;

    private Builder(NhsApi api, String method, String pathTemplate, Object[] values) {
      this.api = Objects.requireNonNull(api, "api == null");
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(pathTemplate, "pathTemplate == null");
      Objects.requireNonNull(values, "pathValues == null");
      checkMethod(method);
      this.method = method.toUpperCase(Locale.ROOT);
      int placeholders = placeholders(pathTemplate);
      if (placeholders != values.length) {
        throw new IllegalArgumentException(
            "pathTemplate has " + placeholders + " placeholders but " + values.length + " values were given");
      }
      List<String> strings = new ArrayList<>(values.length);
      for (Object value : values) {
        String string = Objects.requireNonNull(value, "path value == null").toString();
        if (string.isEmpty() || string.equals(".") || string.equals("..")) {
          throw new IllegalArgumentException("path value must not be empty, '.' or '..'");
        }
        strings.add(string);
      }
      this.pathTemplate = pathTemplate;
      this.pathValues = List.copyOf(strings);
    }

    // Both checks run for every request, so they are plain loops rather than regular expressions or streams.
    private static void checkMethod(String method) {
      boolean letters = !method.isEmpty();
      for (int i = 0; i < method.length() && letters; i++) {
        char c = method.charAt(i);
        letters = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      }
      if (!letters) {
        throw new IllegalArgumentException("method must be letters only");
      }
    }

    /** Checks a path template and returns its number of placeholders. */
    private static int placeholders(String template) {
      if (!template.isEmpty() && template.charAt(0) != '/') {
        throw new IllegalArgumentException("pathTemplate must be empty or start with /");
      }
      if (template.indexOf('?') >= 0 || template.indexOf('#') >= 0 || template.contains("//")) {
        throw new IllegalArgumentException("pathTemplate must not contain ?, # or //; use query()");
      }
      int count = 0;
      for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
        int end = template.indexOf('/', open);
        end = end < 0 ? template.length() : end;
        int nextOpen = template.indexOf('{', open + 1);
        if (template.charAt(open - 1) != '/' || end - open < 3 || template.charAt(end - 1) != '}'
            || (nextOpen >= 0 && nextOpen < end)) {
          throw new IllegalArgumentException("placeholders must fill a whole path segment, like /Patient/{id}");
        }
        count++;
      }
      return count;
    }

    /**
     * Adds a query parameter. Names may repeat ({@code given=Jane&given=Mary}); values are percent-encoded as
     * RFC 3986 requires, so {@code *} is sent as {@code %2A} and a space as {@code %20}.
     *
     * @param name the parameter name
     * @param value the parameter value
     * @return this builder
     * @throws IllegalArgumentException if the name is empty
     * @throws NullPointerException if either is null
     */
    public Builder query(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name is empty");
      }
      query.add(Map.entry(name, value));
      return this;
    }

    /**
     * Sets a header of the request itself, such as {@code Accept} or {@code If-Match}.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     * @throws IllegalArgumentException if the name is one the transport sets ({@code Host},
     *     {@code Authorization}, {@code apikey}, {@code X-Request-ID}, {@code X-Correlation-ID},
     *     {@code User-Agent}, {@code Content-Type} and framing headers), or the name or value is not a legal
     *     header
     * @throws NullPointerException if either is null
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      ReservedHeaders.checkRequestHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Sets the body.
     *
     * @param content the bytes to send; copied
     * @param mediaType the {@code Content-Type}, sent exactly as given (no charset is added)
     * @return this builder
     * @throws IllegalArgumentException if the media type is not valid
     * @throws NullPointerException if either is null
     */
    public Builder body(byte[] content, String mediaType) {
      Objects.requireNonNull(content, "content == null");
      Objects.requireNonNull(mediaType, "mediaType == null");
      okhttp3.MediaType.get(mediaType); // validates
      this.body = content.clone();
      this.mediaType = mediaType;
      return this;
    }

    /**
     * Sets a text body, encoded as UTF-8.
     *
     * @param content the text to send
     * @param mediaType the {@code Content-Type}, sent exactly as given (no charset is added)
     * @return this builder
     * @throws IllegalArgumentException if the media type is not valid
     * @throws NullPointerException if either is null
     */
    public Builder body(String content, String mediaType) {
      Objects.requireNonNull(content, "content == null");
      return body(content.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /**
     * Marks a write as safe to resend after a failure. Mark a write only when the server de-duplicates it by
     * {@code X-Request-ID} (PDS does) or the operation is idempotent by nature (a conditional update). Reads
     * are always idempotent.
     *
     * @param idempotent whether the request may be resent
     * @return this builder
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Returns the request.
     *
     * @return the request
     */
    public NhsRequest build() {
      return new NhsRequest(this);
    }
  }
}
