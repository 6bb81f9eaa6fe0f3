package dev.nhsapi.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event as a line, for assertions on what the transport reported. */
final class RecordingListener implements NhsEventListener {
  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Duration> retryDelays = new CopyOnWriteArrayList<>();
  final List<Duration> rateLimitWaits = new CopyOnWriteArrayList<>();

  @Override
  public void callStarted(CallInfo call) {
    events.add("callStarted " + call.method() + " " + call.pathTemplate());
  }

  @Override
  public void attemptStarted(CallInfo call, int attempt) {
    events.add("attemptStarted " + attempt);
  }

  @Override
  public void attemptFinished(CallInfo call, int attempt, int statusCode, Duration elapsed) {
    events.add("attemptFinished " + attempt + " " + statusCode);
  }

  @Override
  public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
    events.add("retryScheduled " + nextAttempt + " " + reason);
    retryDelays.add(delay);
  }

  @Override
  public void rateLimited(CallInfo call, Duration waited) {
    events.add("rateLimited");
    rateLimitWaits.add(waited);
  }

  @Override
  public void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {
    events.add("circuit " + api.name() + " " + from + "->" + to);
  }

  @Override
  public void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {
    events.add("callSucceeded " + statusCode + " after " + attempts);
  }

  @Override
  public void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {
    events.add("callFailed " + failure.getClass().getSimpleName() + " after " + attempts);
  }
}
