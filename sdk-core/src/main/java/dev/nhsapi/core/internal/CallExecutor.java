package dev.nhsapi.core.internal;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.ForbiddenException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsCircuitOpenException;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransportException;
import dev.nhsapi.core.RateLimitedException;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.core.auth.TokenEndpoint;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Runs logical calls: one {@code X-Request-ID} per call, then attempts through the API's circuit breaker and
 * rate limiter, each classified as success, retryable or final, with Resilience4j's retry waiting between them
 * (sleeping for sync calls, scheduling for async ones) and the call's deadline bounding everything.
 */
public final class CallExecutor {
  private static final byte[] EMPTY = new byte[0];
  private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

  private final TransportSettings settings;
  private final Guards guards;
  private final Events events;
  private final HttpLog log;
  private final String userAgent;
  private final RealTokenEndpoint tokenEndpoint = new RealTokenEndpoint(this);

  /**
   * Creates an executor.
   *
   * @param settings the transport's settings
   * @param shareWith an executor whose breakers and limiters to share if its settings allow, or null
   */
  public CallExecutor(TransportSettings settings, @Nullable CallExecutor shareWith) {
    this.settings = settings;
    this.log = new HttpLog(settings.unsafeLogBodies());
    if (shareWith != null && shareWith.settings.sharesGuardsWith(settings)) {
      this.events = shareWith.events;
      this.guards = shareWith.guards;
    } else {
      this.events = new Events(settings.listener(), log);
      this.guards = new Guards(settings, events);
    }
    String sdk = "nhsapi-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version", "unknown");
    this.userAgent = settings.applicationId() == null ? sdk : settings.applicationId() + " " + sdk;
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public TransportSettings settings() {
    return settings;
  }

  /**
   * Returns the environment's token endpoint, reached through this executor without credentials.
   *
   * @return the token endpoint
   */
  public TokenEndpoint tokenEndpoint() {
    return tokenEndpoint;
  }

  /**
   * Runs a call on the calling thread.
   *
   * @param <T> the decoded type
   * @param request the request
   * @param options per-call options
   * @param decoder the success-body decoder
   * @return the response
   */
  public <T> NhsResponse<T> execute(NhsRequest request, RequestOptions options, ResponseDecoder<T> decoder) {
    return execute(start(request, options, true), decoder);
  }

  /** Runs a token request: the same pipeline, without credentials. */
  <T> NhsResponse<T> executeUnauthenticated(NhsRequest request, RequestOptions options, ResponseDecoder<T> decoder) {
    return execute(start(request, options, false), decoder);
  }

  private <T> NhsResponse<T> execute(CallState call, ResponseDecoder<T> decoder) {
    NhsResponse<T> response;
    try {
      response = call.guards.retry().executeSupplier(() -> attemptSync(call, decoder));
    } catch (AttemptFailure failure) {
      throw finishFailed(call, failure.exception());
    } catch (NhsApiException failure) {
      throw finishFailed(call, failure);
    }
    finishSucceeded(call, response);
    return response;
  }

  /**
   * Runs a call without blocking: attempts run on OkHttp's dispatcher and waits are scheduled, not slept.
   * Cancelling the returned future cancels the attempt in flight and any retry.
   *
   * @param <T> the decoded type
   * @param request the request
   * @param options per-call options
   * @param decoder the success-body decoder
   * @return the response's future
   */
  @SuppressWarnings("FutureReturnValueIgnored") // the dependent stages complete the result, which is returned
  public <T> CompletableFuture<NhsResponse<T>> executeAsync(
      NhsRequest request, RequestOptions options, ResponseDecoder<T> decoder) {
    CallState call = start(request, options, true);
    CompletableFuture<NhsResponse<T>> result = new CompletableFuture<>();
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.guards.retry()
        .executeCompletionStage(SharedScheduler.get(), () -> attemptAsync(call, decoder))
        .whenComplete((response, failure) -> {
          if (failure == null) {
            finishSucceeded(call, response);
            result.complete(response);
          } else {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
            if (cause instanceof AttemptFailure attemptFailure) {
              result.completeExceptionally(finishFailed(call, attemptFailure.exception()));
            } else if (cause instanceof NhsApiException nhsApiException) {
              result.completeExceptionally(finishFailed(call, nhsApiException));
            } else {
              result.completeExceptionally(cause);
            }
          }
        });
    return result;
  }

  private CallState start(NhsRequest request, RequestOptions options, boolean authenticate) {
    UUID requestId = options.requestId() != null ? options.requestId() : UUID.randomUUID();
    String correlationId = options.correlationId() != null ? options.correlationId() : tracingUuid();
    CallInfo info = new CallInfo(
        request.api(), request.method(), request.pathTemplate(), requestId.toString(), correlationId);
    Duration timeout = options.timeout() != null ? options.timeout() : settings.callTimeout();
    Guards.ForApi forApi = guards.forApi(request.api());
    CallState call = new CallState(
        request, info, forApi, System.nanoTime(), timeout.toNanos(),
        baseRequest(request, options, info, forApi.baseUrl()), authenticate);
    events.callStarted(info);
    return call;
  }

  /**
   * A version 4 UUID from a fast, non-cryptographic source. The request id, which the platform de-duplicates
   * writes by, keeps {@link UUID#randomUUID()}; a default correlation id only labels a call for tracing.
   */
  static String tracingUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  /** Everything of the HTTP request that is the same on every attempt: all but the credentials' headers. */
  private Request baseRequest(NhsRequest request, RequestOptions options, CallInfo info, HttpUrl baseUrl) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    int value = 0;
    for (String segment : request.pathTemplate().split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean placeholder = segment.startsWith("{") && segment.endsWith("}");
      url.addPathSegment(placeholder ? request.pathValues().get(value++) : segment);
    }
    for (Map.Entry<String, String> parameter : request.query()) {
      url.addEncodedQueryParameter(Percent.encode(parameter.getKey()), Percent.encode(parameter.getValue()));
    }
    Request.Builder builder = new Request.Builder().url(url.build());
    if (settings.endUserOrganisation() != null) {
      builder.header("NHSD-End-User-Organisation-ODS", settings.endUserOrganisation());
    }
    request.headers().forEach(builder::header);
    options.headers().forEach(builder::header);
    builder.header("X-Request-ID", info.requestId())
        .header("X-Correlation-ID", info.correlationId())
        .header("User-Agent", userAgent);
    byte[] body = request.body();
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, MediaType.get(request.mediaType()));
    } else if (METHODS_WITH_BODY.contains(request.method())) {
      requestBody = RequestBody.create(EMPTY, null);
    }
    return builder.method(request.method(), requestBody).build();
  }

  private <T> NhsResponse<T> attemptSync(CallState call, ResponseDecoder<T> decoder) {
    long wait = admit(call);
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        releasePermit(call);
        throw AttemptFailure.fatal(new NhsTransportException(
            "interrupted while waiting for a rate-limit permit", new InterruptedIOException(), call.requestId(),
            call.correlationId()));
      }
    }
    while (true) {
      Call httpCall = newCall(call);
      long started = System.nanoTime();
      Response response;
      try {
        response = httpCall.execute();
      } catch (IOException e) {
        throw ioFailure(call, e, started);
      }
      try {
        return onResponse(call, response, decoder, started);
      } catch (ReplayAfterUnauthorized replay) {
        // the credentials dropped a rejected token: send once more with fresh headers
      }
    }
  }

  @SuppressWarnings("FutureReturnValueIgnored") // the scheduled task completes the attempt, which is returned
  private <T> CompletableFuture<NhsResponse<T>> attemptAsync(CallState call, ResponseDecoder<T> decoder) {
    CompletableFuture<NhsResponse<T>> attempt = new CompletableFuture<>();
    long wait;
    try {
      wait = admit(call);
    } catch (AttemptFailure failure) {
      attempt.completeExceptionally(failure);
      return attempt;
    }
    // Credentials may fetch a token, which blocks: that happens on OkHttp's dispatcher threads, never on the
    // caller's thread or the one scheduler thread that every transport's delayed work shares.
    Runnable send = () -> dispatch(call, () -> sendAsync(call, decoder, attempt), attempt);
    if (wait > 0) {
      SharedScheduler.get().schedule(send, wait, TimeUnit.NANOSECONDS);
    } else {
      send.run();
    }
    return attempt;
  }

  private void dispatch(CallState call, Runnable task, CompletableFuture<?> attempt) {
    try {
      settings.httpClient().dispatcher().executorService().execute(task);
    } catch (RejectedExecutionException e) { // the client was shut down
      releasePermit(call);
      attempt.completeExceptionally(AttemptFailure.fatal(new NhsTransportException(
          "the HTTP client's dispatcher is shut down", new InterruptedIOException("executor rejected"),
          call.requestId(), call.correlationId())));
    }
  }

  private <T> void sendAsync(CallState call, ResponseDecoder<T> decoder, CompletableFuture<NhsResponse<T>> attempt) {
    Call httpCall;
    try {
      httpCall = newCall(call);
    } catch (RuntimeException failure) { // an AttemptFailure, or credentials that could not sign
      attempt.completeExceptionally(failure);
      return;
    }
    long started = System.nanoTime();
    httpCall.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        attempt.completeExceptionally(ioFailure(call, e, started));
      }

      @Override
      public void onResponse(Call c, Response response) {
        try {
          attempt.complete(CallExecutor.this.onResponse(call, response, decoder, started));
        } catch (ReplayAfterUnauthorized replay) {
          sendAsync(call, decoder, attempt);
        } catch (RuntimeException e) {
          attempt.completeExceptionally(e);
        }
      }
    });
  }

  /**
   * Starts an attempt: checks the deadline, takes a breaker permit and reserves a rate-limit permit.
   *
   * @return nanoseconds to wait before sending
   */
  private long admit(CallState call) {
    int attempt = call.nextAttempt();
    if (call.cancelled) {
      throw AttemptFailure.fatal(new NhsTransportException(
          "call cancelled", new InterruptedIOException("cancelled"), call.requestId(), call.correlationId()));
    }
    if (call.remainingNanos() <= 0) {
      throw AttemptFailure.fatal(new NhsDeadlineExceededException(
          "call did not complete within its deadline", call.lastFailure, call.requestId(), call.correlationId()));
    }
    CircuitBreaker breaker = call.guards.breaker();
    if (breaker != null) {
      if (!breaker.tryAcquirePermission()) {
        throw AttemptFailure.fatal(new NhsCircuitOpenException(
            call.request.api().name(), call.lastFailure, call.requestId(), call.correlationId()));
      }
      call.permitHeld = true;
    }
    long wait = 0;
    if (call.guards.limiter() != null) {
      wait = call.guards.limiter().reservePermission();
      if (wait < 0 || wait >= call.remainingNanos()) {
        releasePermit(call);
        throw AttemptFailure.fatal(new NhsDeadlineExceededException(
            "no client-side rate-limit permit for " + call.request.api().name()
                + " within the call's deadline or the limiter's maxWait",
            call.lastFailure, call.requestId(), call.correlationId()));
      }
      if (wait > 0) {
        events.rateLimited(call.info, Duration.ofNanos(wait));
      }
    }
    events.attemptStarted(call.info, attempt);
    return wait;
  }

  private Call newCall(CallState call) {
    Request request = call.baseRequest;
    if (call.authenticate) {
      Headers credentials;
      try {
        credentials = settings.credentials().headers(tokenEndpoint);
      } catch (NhsApiException e) {
        releasePermit(call);
        throw AttemptFailure.fatal(e);
      } catch (RuntimeException e) { // credentials that could not sign: the caller sees it as it is
        releasePermit(call);
        throw e;
      }
      call.authHeaders = credentials;
      request = request.newBuilder().headers(request.headers().newBuilder().addAll(credentials).build()).build();
    }
    log.attemptStarted(call.info, call.request, call.attempts, request);
    Call httpCall = settings.httpClient().newCall(request);
    httpCall.timeout().timeout(Math.max(1, call.remainingNanos()), TimeUnit.NANOSECONDS);
    call.inFlight = httpCall;
    if (call.cancelled) {
      httpCall.cancel();
    }
    return httpCall;
  }

  private <T> NhsResponse<T> onResponse(
      CallState call, Response response, ResponseDecoder<T> decoder, long started) {
    try (response) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      int status = response.code();
      log.attemptFinished(call.info, call.request, call.attempts, response, elapsed);
      events.attemptFinished(call.info, call.attempts, status, elapsed);
      if (response.isSuccessful()) {
        long maxBytes = settings.maxResponseBytes();
        if (response.body().contentLength() > maxBytes) {
          recordSuccess(call, started);
          throw AttemptFailure.fatal(tooLarge(call, maxBytes));
        }
        LimitedBody body = new LimitedBody(response.body(), maxBytes);
        T value;
        try {
          value = decoder.decode(body);
        } catch (IOException | RuntimeException e) {
          if (body.tooLarge()) { // however the decoder wrapped it
            recordSuccess(call, started);
            throw AttemptFailure.fatal(tooLarge(call, maxBytes));
          }
          if (e instanceof IOException io) {
            throw ioFailure(call, io, started);
          }
          recordSuccess(call, started);
          // The SDK's own decoders say which rule failed, without content; others' messages are not trusted.
          String why = e instanceof NhsDecodeException ? e.getMessage() : e.getClass().getSimpleName();
          throw AttemptFailure.fatal(new NhsDecodeException(
              "could not decode the " + status + " response body (" + why + ")", e, call.requestId(),
              call.correlationId()));
        }
        recordSuccess(call, started);
        if (value == null) {
          throw AttemptFailure.fatal(new NhsDecodeException(
              "the decoder returned null", null, call.requestId(), call.correlationId()));
        }
        return new NhsResponse<>(status, response.headers(), value, call.requestId(), call.correlationId());
      }
      if (status == 401 && call.authenticate && !call.replayedAfter401
          && settings.credentials().refreshAfterUnauthorized(call.authHeaders)) {
        call.replayedAfter401 = true;
        releasePermit(call);
        throw ReplayAfterUnauthorized.INSTANCE;
      }
      ErrorDetails details = ErrorBodyParser.parse(response.body());
      Duration retryAfter = RetryAfter.parse(RetryAfter.header(response), settings.clock());
      NhsHttpException failure = httpException(status, details, retryAfter, call);
      if (status >= 500 || status == 408) {
        recordFailure(call, started, failure);
      } else if (status == 429) {
        releasePermit(call); // throttling says nothing about the service's health
      } else {
        recordSuccess(call, started);
      }
      boolean retryableStatus = status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
      boolean resendable = call.request.idempotent() || (status == 503 && retryAfter != null);
      throw thenRetry(call, failure, retryableStatus && resendable, retryAfter, "HTTP " + status);
    }
  }

  private static NhsDecodeException tooLarge(CallState call, long maxBytes) {
    return new NhsDecodeException(
        LimitedBody.tooLargeMessage(maxBytes), null, call.requestId(), call.correlationId());
  }

  private AttemptFailure ioFailure(CallState call, IOException e, long started) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    log.attemptFailed(call.info, call.request, call.attempts, e, elapsed);
    if (call.cancelled) {
      releasePermit(call);
      return AttemptFailure.fatal(
          new NhsTransportException("call cancelled", e, call.requestId(), call.correlationId()));
    }
    if (call.remainingNanos() <= 0) {
      NhsDeadlineExceededException failure = new NhsDeadlineExceededException(
          "call did not complete within its deadline", e, call.requestId(), call.correlationId());
      recordFailure(call, started, failure);
      return AttemptFailure.fatal(failure);
    }
    NhsTransportException failure =
        new NhsTransportException(describe(e), e, call.requestId(), call.correlationId());
    recordFailure(call, started, failure);
    // A refused connection never reached the server, so even an unmarked write may be resent.
    boolean resendable = call.request.idempotent() || e instanceof ConnectException;
    return thenRetry(call, failure, resendable, null, e.getClass().getSimpleName());
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "could not connect (" + e.getClass().getSimpleName() + ")";
    }
    if (e instanceof SocketTimeoutException) {
      return "attempt timed out (" + e.getClass().getSimpleName() + ")";
    }
    return "connection failed or response cut short (" + e.getClass().getSimpleName() + ")";
  }

  /** Decides whether the failed attempt is retried, and when. */
  private AttemptFailure thenRetry(
      CallState call, NhsApiException failure, boolean retryable, @Nullable Duration retryAfter, String reason) {
    call.lastFailure = failure;
    int attempt = call.attempts;
    if (!retryable || attempt >= settings.retry().maxAttempts()) {
      return AttemptFailure.fatal(failure);
    }
    Duration delay = retryAfter != null ? retryAfter : backoff(attempt);
    if (delay.compareTo(Duration.ofNanos(call.remainingNanos())) >= 0) {
      return AttemptFailure.fatal(failure); // waiting would run past the deadline: report what the server said
    }
    events.retryScheduled(call.info, attempt + 1, reason, delay);
    log.retryScheduled(call.info, call.request, attempt + 1, reason, delay);
    return AttemptFailure.retryAfter(failure, delay.toMillis());
  }

  /** Exponential backoff with full jitter: uniform in [0, min(max, initial * 2^(attempt - 1))]. */
  private Duration backoff(int attempt) {
    long initial = settings.retry().initialBackoff().toMillis();
    long max = settings.retry().maxBackoff().toMillis();
    long cap = attempt >= 31 ? max : Math.min(max, initial << (attempt - 1));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
  }

  private static NhsHttpException httpException(
      int status, ErrorDetails details, @Nullable Duration retryAfter, CallState call) {
    String requestId = call.requestId();
    String correlationId = call.correlationId();
    return switch (status) {
      case 400, 422 -> new InvalidRequestException(status, details, retryAfter, requestId, correlationId);
      case 401 -> new AuthenticationException(status, details, retryAfter, requestId, correlationId);
      case 403 -> new ForbiddenException(status, details, retryAfter, requestId, correlationId);
      case 404, 410 -> new ResourceNotFoundException(status, details, retryAfter, requestId, correlationId);
      case 409, 412 -> new ConflictException(status, details, retryAfter, requestId, correlationId);
      case 429 -> new RateLimitedException(status, details, retryAfter, requestId, correlationId);
      default -> status >= 500 || status == 408
          ? new ServiceUnavailableException(status, details, retryAfter, requestId, correlationId)
          : new NhsHttpException(status, details, retryAfter, requestId, correlationId);
    };
  }

  private void recordSuccess(CallState call, long started) {
    CircuitBreaker breaker = takePermit(call);
    if (breaker != null) {
      breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private void recordFailure(CallState call, long started, Throwable failure) {
    CircuitBreaker breaker = takePermit(call);
    if (breaker != null) {
      breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
    }
  }

  private void releasePermit(CallState call) {
    CircuitBreaker breaker = takePermit(call);
    if (breaker != null) {
      breaker.releasePermission();
    }
  }

  /** Returns the breaker whose permit the call held, now given up, or null if it held none. */
  private static @Nullable CircuitBreaker takePermit(CallState call) {
    if (!call.permitHeld) {
      return null;
    }
    call.permitHeld = false;
    return call.guards.breaker();
  }

  private <T> void finishSucceeded(CallState call, NhsResponse<T> response) {
    events.callSucceeded(call.info, response.statusCode(), call.attempts, call.elapsed());
  }

  private NhsApiException finishFailed(CallState call, NhsApiException failure) {
    log.callFailed(call.info, call.request, failure);
    events.callFailed(call.info, failure, call.attempts, call.elapsed());
    return failure;
  }

  /** Signals that a 401 should be replayed once with fresh credentials. */
  private static final class ReplayAfterUnauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("StaticAssignmentOfThrowable") // control flow only, never thrown to a caller: no stack trace
    static final ReplayAfterUnauthorized INSTANCE = new ReplayAfterUnauthorized();

    private ReplayAfterUnauthorized() {
      super(null, null, false, false);
    }
  }

  /** The state of one logical call. Attempts run one at a time, so plain volatile fields suffice. */
  private static final class CallState {
    final NhsRequest request;
    final CallInfo info;
    final Guards.ForApi guards;
    final long startNanos;
    final long timeoutNanos;
    final Request baseRequest;
    volatile int attempts;
    volatile boolean permitHeld;
    volatile @Nullable NhsApiException lastFailure;
    volatile @Nullable Call inFlight;
    volatile boolean cancelled;
    final boolean authenticate;
    volatile Headers authHeaders = Headers.of();
    volatile boolean replayedAfter401;

    CallState(NhsRequest request, CallInfo info, Guards.ForApi guards, long startNanos,
        long timeoutNanos, Request baseRequest, boolean authenticate) {
      this.authenticate = authenticate;
      this.request = request;
      this.info = info;
      this.guards = guards;
      this.startNanos = startNanos;
      this.timeoutNanos = timeoutNanos;
      this.baseRequest = baseRequest;
    }

    @SuppressWarnings("NonAtomicVolatileUpdate") // attempts never overlap, so the increment need not be atomic
    int nextAttempt() {
      return ++attempts;
    }

    long remainingNanos() {
      return timeoutNanos - (System.nanoTime() - startNanos);
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    String requestId() {
      return info.requestId();
    }

    String correlationId() {
      return info.correlationId();
    }

    void cancel() {
      cancelled = true;
      Call call = inFlight;
      if (call != null) {
        call.cancel();
      }
    }
  }
}
