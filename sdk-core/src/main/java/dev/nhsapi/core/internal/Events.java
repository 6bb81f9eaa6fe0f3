package dev.nhsapi.core.internal;

import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.CircuitState;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEventListener;
import java.time.Duration;

/** Delivers events to the user's listener, so that a listener that throws never fails a call. */
final class Events {
  private final NhsEventListener listener;
  private final HttpLog log;

  Events(NhsEventListener listener, HttpLog log) {
    this.listener = listener;
    this.log = log;
  }

  private void deliver(String event, Runnable delivery) {
    try {
      delivery.run();
    } catch (RuntimeException e) {
      log.listenerFailed(event, e);
    }
  }

  void callStarted(CallInfo call) {
    deliver("callStarted", () -> listener.callStarted(call));
  }

  void attemptStarted(CallInfo call, int attempt) {
    deliver("attemptStarted", () -> listener.attemptStarted(call, attempt));
  }

  void attemptFinished(CallInfo call, int attempt, int statusCode, Duration elapsed) {
    deliver("attemptFinished", () -> listener.attemptFinished(call, attempt, statusCode, elapsed));
  }

  void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
    deliver("retryScheduled", () -> listener.retryScheduled(call, nextAttempt, reason, delay));
  }

  void rateLimited(CallInfo call, Duration waited) {
    deliver("rateLimited", () -> listener.rateLimited(call, waited));
  }

  void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {
    log.circuitStateChanged(api, from, to);
    deliver("circuitStateChanged", () -> listener.circuitStateChanged(api, from, to));
  }

  void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {
    deliver("callSucceeded", () -> listener.callSucceeded(call, statusCode, attempts, elapsed));
  }

  void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {
    deliver("callFailed", () -> listener.callFailed(call, failure, attempts, elapsed));
  }
}
