package dev.nhsapi.core;

import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.TokenEndpoint;
import dev.nhsapi.core.internal.CallExecutor;
import dev.nhsapi.core.internal.OwnedHttpClient;
import dev.nhsapi.core.internal.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Sends calls to NHS England APIs with the platform's rules applied: the pipeline every API client of the SDK
 * uses, and the way to call an API the SDK has no client for yet.
 *
 * <p>Instances are immutable and thread-safe: build one per environment and application, and share it.
 * {@link #newBuilder()} derives a variant that shares the connection pool (and, when the environment and
 * resilience settings are unchanged, the circuit breakers and rate limiters).
 *
 * <p>How one call flows (ids, breaker, limiter, retries) and how it is logged: see {@link dev.nhsapi.core}.
 *
 * <p>{@link #close()} a transport once its calls are done; its documentation says what closing releases. The SDK's
 * one scheduler thread, shared by every transport, is a daemon that ends on its own when idle.
 */
public final class NhsTransport implements AutoCloseable {
  /** The default of {@link Builder#maxResponseBytes(long)}: 16 MiB, far above any single FHIR resource or page. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final CallExecutor executor;
  private final Builder template;
  private final @Nullable OwnedHttpClient owned;

  private NhsTransport(CallExecutor executor, Builder template, @Nullable OwnedHttpClient owned) {
    this.executor = executor;
    this.template = template;
    this.owned = owned;
  }

  /**
   * Returns a builder with the defaults: no credentials, 10 s connect timeout, 30 s read and write timeouts,
   * a 60 s deadline per call, success bodies of at most 16 MiB, {@link RetryOptions#defaults()}, {@link CircuitBreakerOptions#defaults()} and
   * {@link RateLimitOptions#defaults()}.
   *
   * @return a new builder; {@link Builder#environment(NhsEnvironment)} must be set before building
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this transport's settings; the transport it builds shares this one's connection
   * pool, and its breakers and limiters too while the environment and resilience settings stay the same.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    Builder builder = new Builder(template);
    builder.shareWith = executor;
    return builder;
  }

  /**
   * Returns the environment calls go to.
   *
   * @return the environment
   */
  public NhsEnvironment environment() {
    return executor.settings().environment();
  }

  /**
   * Returns the credentials calls carry, so API clients can check an access mode before any I/O.
   *
   * @return the credentials
   */
  public Credentials credentials() {
    return executor.settings().credentials();
  }

  /**
   * Returns the ODS code this transport sends as {@code NHSD-End-User-Organisation-ODS}
   * ({@link Builder#endUserOrganisation(String)}), so that clients of APIs that require it can refuse a call
   * before any I/O.
   *
   * @return the end user's organisation's ODS code, or empty if none is set
   */
  public Optional<String> endUserOrganisation() {
    return Optional.ofNullable(executor.settings().endUserOrganisation());
  }

  /**
   * Returns the environment's OAuth 2.0 token endpoint, reached through this transport's pipeline without
   * credentials; for the user-restricted flows ({@link dev.nhsapi.core.auth.TokenExchange},
   * {@link dev.nhsapi.core.auth.AuthorizationCode}).
   *
   * @return the token endpoint
   */
  public TokenEndpoint tokenEndpoint() {
    return executor.tokenEndpoint();
  }

  /**
   * Sends a call with default options and waits for its answer.
   *
   * @param <T> the decoded type
   * @param request the request
   * @param decoder decodes a successful body
   * @return the response
   * @throws NhsApiException as {@link #execute(NhsRequest, RequestOptions, ResponseDecoder)} throws it
   * @throws IllegalStateException if this transport was closed
   * @throws NullPointerException if an argument is null
   */
  public <T> NhsResponse<T> execute(NhsRequest request, ResponseDecoder<T> decoder) {
    return execute(request, RequestOptions.defaults(), decoder);
  }

  /**
   * Sends a call and waits for its answer.
   *
   * @param <T> the decoded type
   * @param request the request
   * @param options per-call options
   * @param decoder decodes a successful body
   * @return the response
   * @throws NhsHttpException (a subclass for the common statuses) if the platform answered with an error
   * @throws NhsTransportException if the connection failed on every permitted attempt
   * @throws NhsDeadlineExceededException if the call did not finish within its deadline
   * @throws NhsCircuitOpenException if the API's circuit breaker is open
   * @throws NhsDecodeException if a successful body could not be decoded
   * @throws IllegalStateException if this transport was closed
   * @throws NullPointerException if an argument is null
   */
  public <T> NhsResponse<T> execute(NhsRequest request, RequestOptions options, ResponseDecoder<T> decoder) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(decoder, "decoder == null");
    return executor.execute(request, options, decoder);
  }

  /**
   * Sends a call without blocking the calling thread, not even while waiting to retry. The future completes
   * with the response, or exceptionally with one of the exceptions {@link #execute(NhsRequest, RequestOptions,
   * ResponseDecoder)} throws. Cancelling the future cancels the attempt in flight and any retry.
   *
   * @param <T> the decoded type
   * @param request the request
   * @param options per-call options
   * @param decoder decodes a successful body, on an OkHttp thread
   * @return the future response
   * @throws IllegalStateException if this transport was closed
   * @throws NullPointerException if an argument is null
   */
  public <T> CompletableFuture<NhsResponse<T>> executeAsync(
      NhsRequest request, RequestOptions options, ResponseDecoder<T> decoder) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(decoder, "decoder == null");
    return executor.executeAsync(request, options, decoder);
  }

  /**
   * Closes this transport: later calls fail with {@link IllegalStateException}, and if this was the last open
   * transport sharing an OkHttp client the SDK created, that client's idle connections are closed and its
   * dispatcher's threads stop. A lent {@code OkHttpClient} is left untouched. Close once calls have finished:
   * calls in flight are not cancelled. Closing again does nothing.
   */
  @Override
  public void close() {
    if (executor.close() && owned != null) {
      owned.release();
    }
  }

  @Override
  public String toString() {
    return "NhsTransport[" + environment().name() + "]";
  }

  /** Builds an {@link NhsTransport}. Not thread-safe. */
  public static final class Builder {
    private @Nullable NhsEnvironment environment;
    private Credentials credentials = Credentials.none();
    private @Nullable OkHttpClient httpClient;
    private @Nullable OwnedHttpClient owned;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RetryOptions retry = RetryOptions.defaults();
    private CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
    private RateLimitOptions rateLimit = RateLimitOptions.defaults();
    private final Map<NhsApi, RateLimitOptions> rateLimitOverrides = new HashMap<>();
    private NhsEventListener listener = NhsEventListener.NONE;
    private @Nullable String endUserOrganisation;
    private @Nullable String applicationId;
    private boolean unsafeLogBodies;
    private @Nullable String unsafeLogBodiesHost;
    private Clock clock = Clock.systemUTC();
    private @Nullable CallExecutor shareWith;

    private Builder() {}

    private Builder(Builder other) {
      environment = other.environment;
      credentials = other.credentials;
      httpClient = other.httpClient;
      owned = other.owned;
      connectTimeout = other.connectTimeout;
      readTimeout = other.readTimeout;
      writeTimeout = other.writeTimeout;
      callTimeout = other.callTimeout;
      maxResponseBytes = other.maxResponseBytes;
      retry = other.retry;
      circuitBreaker = other.circuitBreaker;
      rateLimit = other.rateLimit;
      rateLimitOverrides.putAll(other.rateLimitOverrides);
      listener = other.listener;
      endUserOrganisation = other.endUserOrganisation;
      applicationId = other.applicationId;
      unsafeLogBodies = other.unsafeLogBodies;
      unsafeLogBodiesHost = other.unsafeLogBodiesHost;
      clock = other.clock;
    }

    /**
     * Sets the environment. Required.
     *
     * @param environment the environment
     * @return this builder
     * @throws NullPointerException if {@code environment} is null
     */
    public Builder environment(NhsEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
      return this;
    }

    /**
     * Sets the credentials; the default is {@link Credentials#none()}, which only open-access environments
     * accept.
     *
     * @param credentials the credentials
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * Shares an existing OkHttp client's connection pool, dispatcher and interceptors. The transport derives
     * its own client from it with this builder's timeouts, with redirects off (so API keys and tokens never
     * follow a redirect to another host) and with OkHttp's own retries off (so the transport's retry policy
     * is the only one). Closing the transport leaves the lent client, its pool and its threads as they are.
     *
     * @param httpClient the client to derive from
     * @return this builder
     * @throws NullPointerException if {@code httpClient} is null
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      this.owned = null;
      return this;
    }

    /**
     * Sets the timeout for opening a connection. Default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = TransportChecks.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the longest silence allowed while reading a response. Default 30 s, above the 29 s PDS may take to
     * answer a write.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = TransportChecks.positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the longest stall allowed while writing a request. Default 30 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = TransportChecks.positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the default deadline of a call: all its attempts, backoff and rate-limit waits together. Default
     * 60 s; {@link RequestOptions.Builder#timeout(Duration)} overrides it per call.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = TransportChecks.positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the largest success body a decoder may read. A response whose {@code Content-Length} is larger fails
     * before its body is read; a body without a length (chunked) fails as soon as more than this has arrived.
     * Either way the call fails with {@link NhsDecodeException} naming the limit, and is not retried: the same
     * request would bring the same body. Error bodies are read up to 256 KiB whatever this says. Default
     * {@link #DEFAULT_MAX_RESPONSE_BYTES} (16 MiB).
     *
     * @param maxResponseBytes a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException if {@code maxResponseBytes} is not positive
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Sets how failed attempts are retried.
     *
     * @param retry the options; {@link RetryOptions#disabled()} turns retries off
     * @return this builder
     * @throws NullPointerException if {@code retry} is null
     */
    public Builder retry(RetryOptions retry) {
      this.retry = Objects.requireNonNull(retry, "retry == null");
      return this;
    }

    /**
     * Sets the circuit breaker each API gets.
     *
     * @param circuitBreaker the options; {@link CircuitBreakerOptions#disabled()} turns breakers off
     * @return this builder
     * @throws NullPointerException if {@code circuitBreaker} is null
     */
    public Builder circuitBreaker(CircuitBreakerOptions circuitBreaker) {
      this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker == null");
      return this;
    }

    /**
     * Sets the client-side rate limit each API gets, unless set for that API with
     * {@link #rateLimit(NhsApi, RateLimitOptions)}.
     *
     * @param rateLimit the options; {@link RateLimitOptions#disabled()} turns limiting off
     * @return this builder
     * @throws NullPointerException if {@code rateLimit} is null
     */
    public Builder rateLimit(RateLimitOptions rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
      return this;
    }

    /**
     * Sets the client-side rate limit of one API, for example the higher limit an application was granted.
     *
     * @param api the API
     * @param rateLimit its limit
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder rateLimit(NhsApi api, RateLimitOptions rateLimit) {
      rateLimitOverrides.put(
          Objects.requireNonNull(api, "api == null"), Objects.requireNonNull(rateLimit, "rateLimit == null"));
      return this;
    }

    /**
     * Sets the listener that receives the transport's events.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder eventListener(NhsEventListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Sends {@code NHSD-End-User-Organisation-ODS} with every call: the ODS code of the organisation the end
     * user works for. Required by some APIs (National Record Locator) and by any application serving several
     * organisations.
     *
     * @param odsCode the organisation's ODS code, letters and digits
     * @return this builder
     * @throws IllegalArgumentException if the code is not 3 to 12 letters or digits
     * @throws NullPointerException if {@code odsCode} is null
     */
    public Builder endUserOrganisation(String odsCode) {
      this.endUserOrganisation = TransportChecks.odsCode(odsCode);
      return this;
    }

    /**
     * Names the application at the front of the {@code User-Agent}, for example {@code my-gp-app/2.1}, so the
     * platform's logs can tell it apart.
     *
     * @param applicationId a product token, {@code name/version}
     * @return this builder
     * @throws IllegalArgumentException if the value is not a product token
     * @throws NullPointerException if {@code applicationId} is null
     */
    public Builder applicationId(String applicationId) {
      this.applicationId = TransportChecks.applicationId(applicationId);
      return this;
    }

    /**
     * Logs request and response bodies at TRACE. Bodies hold patient data: use this only against a sandbox on
     * your own machine, and never where logs are kept. {@link #build()} refuses it unless every host the
     * environment calls is loopback; to log bodies from another host (the hosted sandbox, integration), name
     * that host with {@link #unsafeLogBodiesOffLoopback(String)} instead. Production is always refused.
     *
     * @param unsafeLogBodies whether to log bodies
     * @return this builder
     */
    public Builder unsafeLogBodies(boolean unsafeLogBodies) {
      this.unsafeLogBodies = unsafeLogBodies;
      this.unsafeLogBodiesHost = null;
      return this;
    }

    /**
     * Logs request and response bodies at TRACE from the one named host that is not loopback, for example
     * {@code int.api.service.nhs.uk}: an opt-in by name, so a configuration copied to another environment does
     * not start logging patient data there. {@link #build()} refuses it for any other host, and for
     * {@link NhsEnvironment#PRODUCTION} and its host {@code api.service.nhs.uk} whatever the name.
     *
     * @param host the host name, exactly as in the environment's URLs
     * @return this builder
     * @throws NullPointerException if {@code host} is null
     */
    public Builder unsafeLogBodiesOffLoopback(String host) {
      this.unsafeLogBodiesHost = Objects.requireNonNull(host, "host == null");
      this.unsafeLogBodies = true;
      return this;
    }

    /** Sets the clock that {@code Retry-After} dates are measured against; for tests. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Returns the transport.
     *
     * @return the transport
     * @throws IllegalStateException if no environment was set, or body logging was turned on for production
     *     or for a host that is neither loopback nor named by {@link #unsafeLogBodiesOffLoopback(String)}
     */
    public NhsTransport build() {
      if (environment == null) {
        throw new IllegalStateException("environment is required");
      }
      if (unsafeLogBodies) {
        TransportChecks.bodyLoggingAllowed(environment, unsafeLogBodiesHost);
      }
      OwnedHttpClient ownedNow = httpClient == null ? OwnedHttpClient.share(owned) : null;
      OkHttpClient base = ownedNow == null ? Objects.requireNonNull(httpClient) : ownedNow.client();
      OkHttpClient client = TransportChecks.configured(base, connectTimeout, readTimeout, writeTimeout);
      Builder snapshot = new Builder(this);
      snapshot.owned = ownedNow; // derived transports derive from the same client, sharing its pool
      TransportSettings settings = new TransportSettings(
          environment, credentials, client, callTimeout, maxResponseBytes, retry, circuitBreaker, rateLimit,
          rateLimitOverrides, listener, endUserOrganisation, applicationId, unsafeLogBodies, clock);
      return new NhsTransport(new CallExecutor(settings, shareWith), snapshot, ownedNow);
    }
  }
}
