package dev.nhsapi.core.internal;

import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.TokenEndpoint;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Runs logical calls: one {@code X-Request-ID} per call, then attempts through the API's circuit breaker and
 * rate limiter, each classified as success, retryable or final, with Resilience4j's retry waiting between them
 * (sleeping for sync calls, scheduling for async ones) and the call's deadline bounding everything.
 *
 * <p>This class starts and finishes calls and drives the retry; {@link Attempts} runs each attempt,
 * {@link ResponseClassifier} classifies its outcome, and {@link CallState} holds a call's state.
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
  private final Attempts attempts;
  private final AtomicBoolean closed = new AtomicBoolean();

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
    this.attempts = new Attempts(settings, events, log, tokenEndpoint);
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
   * Marks this executor closed: every later call is refused.
   *
   * @return true the first time, false if it was already closed
   */
  public boolean close() {
    return closed.compareAndSet(false, true);
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
    return execute(start(request, options, null), decoder);
  }

  /**
   * Runs a token request: the same pipeline, without credentials, with a body built afresh by {@code body} for
   * each attempt.
   */
  <T> NhsResponse<T> executeUnauthenticated(
      NhsRequest request, RequestOptions options, Supplier<RequestBody> body, ResponseDecoder<T> decoder) {
    return execute(start(request, options, body), decoder);
  }

  private <T> NhsResponse<T> execute(CallState call, ResponseDecoder<T> decoder) {
    NhsResponse<T> response;
    try {
      response = call.guards.retry().executeSupplier(() -> attempts.attemptSync(call, decoder));
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
    CallState call = start(request, options, null);
    CompletableFuture<NhsResponse<T>> result = new CompletableFuture<>();
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.guards.retry()
        .executeCompletionStage(SharedScheduler.get(), () -> attempts.attemptAsync(call, decoder))
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

  /** Starts a call: authenticated by the credentials, or, with a {@code bodyPerAttempt}, a token request. */
  private CallState start(NhsRequest request, RequestOptions options, @Nullable Supplier<RequestBody> bodyPerAttempt) {
    if (closed.get()) {
      throw new IllegalStateException(
          "this client is closed: a closed NhsClient or NhsTransport makes no calls; build a new one");
    }
    UUID requestId = options.requestId() != null ? options.requestId() : UUID.randomUUID();
    String correlationId = options.correlationId() != null ? options.correlationId() : tracingUuid();
    CallInfo info = new CallInfo(
        request.api(), request.method(), request.pathTemplate(), requestId.toString(), correlationId);
    Duration timeout = options.timeout() != null ? options.timeout() : settings.callTimeout();
    Guards.ForApi forApi = guards.forApi(request.api());
    CallState call = new CallState(
        request, info, forApi, System.nanoTime(), timeout.toNanos(),
        baseRequest(request, options, info, forApi.baseUrl()), bodyPerAttempt);
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

  private <T> void finishSucceeded(CallState call, NhsResponse<T> response) {
    events.callSucceeded(call.info, response.statusCode(), call.attempts, call.elapsed());
  }

  private NhsApiException finishFailed(CallState call, NhsApiException failure) {
    log.callFailed(call.info, call.request, failure);
    events.callFailed(call.info, failure, call.attempts, call.elapsed());
    return failure;
  }
}
