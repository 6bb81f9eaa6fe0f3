package dev.nhsapi.core.internal;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.ForbiddenException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransportException;
import dev.nhsapi.core.RateLimitedException;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.ServiceUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Classifies the end of one attempt, a response or an I/O failure: success (the decoded value), retryable (after
 * {@code Retry-After} or a jittered backoff, within the deadline) or final (a typed exception), recording it with
 * the circuit breaker, the listener and the log as it goes.
 */
final class ResponseClassifier {
  private final TransportSettings settings;
  private final Events events;
  private final HttpLog log;

  ResponseClassifier(TransportSettings settings, Events events, HttpLog log) {
    this.settings = settings;
    this.events = events;
    this.log = log;
  }

  /**
   * Classifies the response to an attempt that started at {@code started}, and closes it.
   *
   * @return the decoded response
   * @throws AttemptFailure if the attempt failed, saying whether and when to retry
   * @throws ReplayAfterUnauthorized if the credentials dropped a rejected token, so the attempt is to be sent once
   *     more with fresh headers
   */
  <T> NhsResponse<T> classify(CallState call, Response response, ResponseDecoder<T> decoder, long started) {
    try (response) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      int status = response.code();
      log.attemptFinished(call.info, call.request, call.attempts, response, elapsed);
      events.attemptFinished(call.info, call.attempts, status, elapsed);
      if (response.isSuccessful()) {
        long maxBytes = settings.maxResponseBytes();
        if (response.body().contentLength() > maxBytes) {
          call.recordSuccess(started);
          throw AttemptFailure.fatal(tooLarge(call, maxBytes));
        }
        LimitedBody body = new LimitedBody(response.body(), maxBytes, call.deadlineNanoTime());
        T value;
        try {
          value = decoder.decode(body);
        } catch (IOException | RuntimeException e) {
          if (body.tooLarge()) { // however the decoder wrapped it
            call.recordSuccess(started);
            throw AttemptFailure.fatal(tooLarge(call, maxBytes));
          }
          if (e instanceof IOException io) {
            throw ioFailure(call, io, started);
          }
          call.recordSuccess(started);
          // The SDK's own decoders say which rule failed, without content; others' messages are not trusted.
          String why = e instanceof NhsDecodeException ? e.getMessage() : e.getClass().getSimpleName();
          throw AttemptFailure.fatal(new NhsDecodeException(
              "could not decode the " + status + " response body (" + why + ")", e, call.requestId(),
              call.correlationId()));
        }
        call.recordSuccess(started);
        if (value == null) {
          throw AttemptFailure.fatal(new NhsDecodeException(
              "the decoder returned null", null, call.requestId(), call.correlationId()));
        }
        return new NhsResponse<>(status, response.headers(), value, call.requestId(), call.correlationId());
      }
      if (status == 401 && call.authenticate && !call.replayedAfter401
          && settings.credentials().refreshAfterUnauthorized(call.authHeaders)) {
        call.replayedAfter401 = true;
        call.releasePermit();
        throw ReplayAfterUnauthorized.INSTANCE;
      }
      ErrorDetails details = ErrorBodyParser.parse(response.body());
      Duration retryAfter = RetryAfter.parse(RetryAfter.header(response), settings.clock());
      NhsHttpException failure = httpException(status, details, retryAfter, call);
      if (status >= 500 || status == 408) {
        call.recordFailure(started, failure);
      } else if (status == 429) {
        call.releasePermit(); // throttling says nothing about the service's health
      } else {
        call.recordSuccess(started);
      }
      boolean retryableStatus = status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
      // 503 + Retry-After asks for a resend on the same X-Request-ID: safe for a write only where the API
      // de-duplicates by it.
      boolean resendable = call.request.idempotent()
          || (status == 503 && retryAfter != null && call.request.api().deduplicatesWrites());
      throw thenRetry(call, failure, retryableStatus && resendable, retryAfter, "HTTP " + status);
    }
  }

  private static NhsDecodeException tooLarge(CallState call, long maxBytes) {
    return new NhsDecodeException(
        LimitedBody.tooLargeMessage(maxBytes), null, call.requestId(), call.correlationId());
  }

  /** Classifies an attempt, started at {@code started}, that failed with {@code e} before a response came. */
  AttemptFailure ioFailure(CallState call, IOException failed, long started) {
    IOException e = withoutServerBytes(failed);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    log.attemptFailed(call.info, call.request, call.attempts, e, elapsed);
    if (call.cancelled) {
      call.releasePermit();
      return AttemptFailure.fatal(
          new NhsTransportException("call cancelled", e, call.requestId(), call.correlationId()));
    }
    if (call.remainingNanos() <= 0) {
      NhsDeadlineExceededException failure = new NhsDeadlineExceededException(
          "call did not complete within its deadline", e, call.requestId(), call.correlationId());
      call.recordFailure(started, failure);
      return AttemptFailure.fatal(failure);
    }
    NhsTransportException failure =
        new NhsTransportException(describe(e, call), e, call.requestId(), call.correlationId());
    call.recordFailure(started, failure);
    // A refused connection never reached the server, so even an unmarked write may be resent.
    boolean resendable = call.request.idempotent() || e instanceof ConnectException;
    return thenRetry(call, failure, resendable, null, e.getClass().getSimpleName());
  }

  /**
   * Returns {@code e}, or an {@link IOException} in its place if it or a cause carries the hex dump of server bytes
   * that Okio puts in its message when a line (a response header of 256 KiB or more) has no end: the cause of an
   * exception is logged by Resilience4j and often by callers, and those bytes may echo patient data.
   */
  static IOException withoutServerBytes(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(" content=")) {
        IOException scrubbed = new IOException("a response line had no end within OkHttp's limit (content not shown)");
        scrubbed.setStackTrace(e.getStackTrace());
        return scrubbed;
      }
    }
    return e;
  }

  private static String describe(IOException e, CallState call) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + call.baseRequest.url().host() + " (UnknownHostException): the name did not resolve;"
          + " check the environment's URL, this machine's DNS, or its proxy settings (https.proxyHost)";
    }
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

  /** Signals that a 401 should be replayed once with fresh credentials. */
  static final class ReplayAfterUnauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("StaticAssignmentOfThrowable") // control flow only, never thrown to a caller: no stack trace
    static final ReplayAfterUnauthorized INSTANCE = new ReplayAfterUnauthorized();

    private ReplayAfterUnauthorized() {
      super(null, null, false, false);
    }
  }
}
