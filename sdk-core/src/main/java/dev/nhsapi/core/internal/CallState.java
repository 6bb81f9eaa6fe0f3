package dev.nhsapi.core.internal;

import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The state of one logical call, and the circuit-breaker permit its current attempt holds. Attempts run one at a
 * time, so plain volatile fields suffice.
 */
final class CallState {
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
  /** Whether the credentials' headers are added: false for token requests. */
  final boolean authenticate;
  /** For a token request, the body of each attempt, built afresh so that no client assertion is sent twice. */
  final @Nullable Supplier<RequestBody> bodyPerAttempt;
  volatile Headers authHeaders = Headers.of();
  volatile boolean replayedAfter401;

  CallState(NhsRequest request, CallInfo info, Guards.ForApi guards, long startNanos,
      long timeoutNanos, Request baseRequest, @Nullable Supplier<RequestBody> bodyPerAttempt) {
    this.authenticate = bodyPerAttempt == null;
    this.bodyPerAttempt = bodyPerAttempt;
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

  /** The call's deadline, in {@link System#nanoTime()} terms: compare by subtraction, as it may wrap. */
  long deadlineNanoTime() {
    return startNanos + timeoutNanos;
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

  /** Gives up the breaker permit, recording the attempt that started at {@code started} as a success. */
  void recordSuccess(long started) {
    CircuitBreaker breaker = takePermit();
    if (breaker != null) {
      breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  /** Gives up the breaker permit, recording the attempt that started at {@code started} as a failure. */
  void recordFailure(long started, Throwable failure) {
    CircuitBreaker breaker = takePermit();
    if (breaker != null) {
      breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
    }
  }

  /** Gives up the breaker permit without recording anything: the attempt said nothing of the service's health. */
  void releasePermit() {
    CircuitBreaker breaker = takePermit();
    if (breaker != null) {
      breaker.releasePermission();
    }
  }

  /** Returns the breaker whose permit the call held, now given up, or null if it held none. */
  private @Nullable CircuitBreaker takePermit() {
    if (!permitHeld) {
      return null;
    }
    permitHeld = false;
    return guards.breaker();
  }
}
