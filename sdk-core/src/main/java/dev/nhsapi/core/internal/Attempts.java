package dev.nhsapi.core.internal;

import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsCircuitOpenException;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransportException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.internal.ResponseClassifier.ReplayAfterUnauthorized;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Runs one attempt of a call, on the calling thread or without blocking: checks the deadline, takes the circuit
 * breaker's and rate limiter's permits, adds the credentials' headers, sends, and hands the outcome to the
 * {@link ResponseClassifier}. A 401 that made the credentials drop their token is sent once more within the
 * attempt.
 */
final class Attempts {
  private final TransportSettings settings;
  private final Events events;
  private final HttpLog log;
  private final RealTokenEndpoint tokenEndpoint;
  private final ResponseClassifier classifier;

  Attempts(TransportSettings settings, Events events, HttpLog log, RealTokenEndpoint tokenEndpoint) {
    this.settings = settings;
    this.events = events;
    this.log = log;
    this.tokenEndpoint = tokenEndpoint;
    this.classifier = new ResponseClassifier(settings, events, log);
  }

  /**
   * Runs the call's next attempt on the calling thread, sleeping for a rate-limit permit if it must.
   *
   * @throws AttemptFailure if the attempt failed, saying whether and when to retry
   */
  <T> NhsResponse<T> attemptSync(CallState call, ResponseDecoder<T> decoder) {
    long wait = admit(call);
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        call.releasePermit();
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
        throw classifier.ioFailure(call, e, started);
      }
      try {
        return classifier.classify(call, response, decoder, started);
      } catch (ReplayAfterUnauthorized replay) {
        // the credentials dropped a rejected token: send once more with fresh headers
      }
    }
  }

  /**
   * Runs the call's next attempt without blocking: a rate-limit wait is scheduled, and the attempt is sent from
   * OkHttp's dispatcher. The future fails with an {@link AttemptFailure} if the attempt failed.
   */
  @SuppressWarnings("FutureReturnValueIgnored") // the scheduled task completes the attempt, which is returned
  <T> CompletableFuture<NhsResponse<T>> attemptAsync(CallState call, ResponseDecoder<T> decoder) {
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
      call.releasePermit();
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
        attempt.completeExceptionally(classifier.ioFailure(call, e, started));
      }

      @Override
      public void onResponse(Call c, Response response) {
        try {
          attempt.complete(classifier.classify(call, response, decoder, started));
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
        call.releasePermit();
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
    Request request;
    try {
      request = prepare(call);
    } catch (NhsApiException e) {
      call.releasePermit();
      throw AttemptFailure.fatal(e);
    } catch (RuntimeException e) { // credentials or a token form that could not sign: the caller sees it as it is
      call.releasePermit();
      throw e;
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

  /** Adds what is new on each attempt: the credentials' headers, or a token request's freshly signed body. */
  private Request prepare(CallState call) {
    Request request = call.baseRequest;
    Supplier<RequestBody> body = call.bodyPerAttempt;
    if (body != null) {
      return request.newBuilder().method(request.method(), body.get()).build();
    }
    // A token fetch, or the wait for another thread's, counts against this call's deadline.
    Headers credentials = settings.credentials().headers(tokenEndpoint.within(call.remainingNanos()));
    call.authHeaders = credentials;
    return request.newBuilder().headers(request.headers().newBuilder().addAll(credentials).build()).build();
  }
}
