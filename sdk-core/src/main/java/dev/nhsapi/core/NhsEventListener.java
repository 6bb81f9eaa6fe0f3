package dev.nhsapi.core;

import java.time.Duration;

/**
 * Receives the transport's events, to feed metrics or tracing without the SDK depending on a metrics library.
 * Every method has an empty default; override the ones you need.
 *
 * <p>Events arrive on the thread doing the work (the caller's, or OkHttp's for async calls), so methods must be
 * quick and thread-safe. An exception thrown by a listener is logged and otherwise ignored; it never fails the
 * call. Events carry no patient data.
 */
public interface NhsEventListener {
  /** A listener that ignores every event. */
  NhsEventListener NONE = new NhsEventListener() {};

  /**
   * A logical call started.
   *
   * @param call the call
   */
  default void callStarted(CallInfo call) {}

  /**
   * An attempt is about to be sent.
   *
   * @param call the call
   * @param attempt the attempt number, from 1
   */
  default void attemptStarted(CallInfo call, int attempt) {}

  /**
   * An attempt got an HTTP answer, successful or not.
   *
   * @param call the call
   * @param attempt the attempt number, from 1
   * @param statusCode the HTTP status
   * @param elapsed how long the attempt took
   */
  default void attemptFinished(CallInfo call, int attempt, int statusCode, Duration elapsed) {}

  /**
   * An attempt failed and another will follow after {@code delay}.
   *
   * @param call the call
   * @param nextAttempt the number of the attempt that will follow
   * @param reason why: {@code HTTP 503}, or the failure's class such as {@code ConnectException}
   * @param delay the wait before the next attempt
   */
  default void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {}

  /**
   * An attempt waited for a client-side rate-limit permit.
   *
   * @param call the call
   * @param waited how long it waited
   */
  default void rateLimited(CallInfo call, Duration waited) {}

  /**
   * An API's circuit breaker changed state.
   *
   * @param api the API
   * @param from the previous state
   * @param to the new state
   */
  default void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {}

  /**
   * A call succeeded.
   *
   * @param call the call
   * @param statusCode the final HTTP status
   * @param attempts how many attempts it took
   * @param elapsed the call's total time, including backoff
   */
  default void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {}

  /**
   * A call failed for good.
   *
   * @param call the call
   * @param failure the exception the caller receives
   * @param attempts how many attempts were made
   * @param elapsed the call's total time, including backoff
   */
  default void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {}
}
