package dev.nhsapi.core;

import dev.nhsapi.core.internal.ReservedHeaders;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Per-call settings: the correlation id, the request id, the deadline and extra headers. Anything not set here
 * comes from the transport's defaults.
 *
 * <p>Supplying the request id is how a caller resends a write after a crash without applying it twice: PDS
 * de-duplicates writes by {@code X-Request-ID}, so keep the id with the pending work and pass it again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new Builder().build();

  private final @Nullable String correlationId;
  private final @Nullable UUID requestId;
  private final @Nullable Duration timeout;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.correlationId = builder.correlationId;
    this.requestId = builder.requestId;
    this.timeout = builder.timeout;
    this.headers = Map.copyOf(builder.headers);
  }

  /**
   * Returns options that set nothing: the transport's defaults apply.
   *
   * @return the default options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code X-Correlation-ID} to send, or null to send a new random UUID.
   *
   * @return the correlation id, or null
   */
  public @Nullable String correlationId() {
    return correlationId;
  }

  /**
   * Returns the {@code X-Request-ID} to send, or null to generate a new random UUID for the call.
   *
   * @return the request id, or null
   */
  public @Nullable UUID requestId() {
    return requestId;
  }

  /**
   * Returns the deadline for the whole call, including retries and backoff, or null for the transport's.
   *
   * @return the deadline, or null
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Returns the extra headers to send, by name.
   *
   * @return an unmodifiable map, empty if none
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.correlationId = correlationId;
    builder.requestId = requestId;
    builder.timeout = timeout;
    builder.headers.putAll(headers);
    return builder;
  }

  @Override
  public String toString() {
    return "RequestOptions[correlationId=" + correlationId + ", requestId=" + requestId + ", timeout=" + timeout
        + ", headers=" + headers.keySet() + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String correlationId;
    private @Nullable UUID requestId;
    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the {@code X-Correlation-ID}, which the platform mirrors back and which ties the call to the
     * caller's own trace. Some APIs (Immunisation) require a UUID, so a UUID is the safest choice.
     *
     * @param correlationId a non-blank value without line breaks or dots
     * @return this builder
     * @throws IllegalArgumentException if the value is blank or contains a line break or a dot
     * @throws NullPointerException if {@code correlationId} is null
     */
    public Builder correlationId(String correlationId) {
      Objects.requireNonNull(correlationId, "correlationId == null");
      if (correlationId.isBlank() || correlationId.indexOf('.') >= 0 || correlationId.indexOf('\n') >= 0
          || correlationId.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("correlationId must be non-blank, without dots or line breaks");
      }
      this.correlationId = correlationId;
      return this;
    }

    /**
     * Sets the {@code X-Request-ID} for this call instead of a new random one. Every retry of the call reuses
     * it, and so can a later resend of the same write after a crash.
     *
     * @param requestId the request id
     * @return this builder
     * @throws NullPointerException if {@code requestId} is null
     */
    public Builder requestId(UUID requestId) {
      this.requestId = Objects.requireNonNull(requestId, "requestId == null");
      return this;
    }

    /**
     * Sets the deadline for the whole call: every attempt, every backoff and every wait for a rate-limit
     * permit must finish within it.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds a header to send, replacing an earlier one of the same name; for example
     * {@code NHSD-Session-URID}.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     * @throws IllegalArgumentException if the name is reserved: one the transport sets ({@code Host},
     *     {@code Authorization}, {@code apikey}, {@code X-Request-ID}, {@code X-Correlation-ID},
     *     {@code User-Agent}, {@code Content-Type} and framing headers) or one an operation sets
     *     ({@code Accept}, {@code If-Match}, {@code E-Tag}, {@code X-Sync-Wait}, {@code Prefer}); or if the name
     *     or value is not a legal header
     * @throws NullPointerException if either is null
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      ReservedHeaders.checkOptionHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
