package dev.nhsapi.core.internal;

import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.CircuitState;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs calls through {@link System.Logger} {@code dev.nhsapi.http}, redacted by allow-list: paths are logged as
 * templates, query values and header values not on the list are masked, and bodies appear only when the user
 * turned on unsafe body logging (refused for production).
 */
final class HttpLog {
  static final String LOGGER_NAME = "dev.nhsapi.http";
  private static final String MASK = "***";
  private static final long MAX_BODY_LOG = 16 * 1024;

  /** Header names whose values never identify a person or carry a secret. */
  private static final Set<String> SAFE_HEADERS = Set.of(
      "accept", "cache-control", "content-length", "content-type", "date", "etag", "if-match",
      "nhsd-end-user-organisation-ods", "retry-after", "server", "user-agent", "x-correlation-id",
      "x-request-id", "x-sync-wait");

  private final Logger logger = System.getLogger(LOGGER_NAME);
  private final boolean logBodies;

  HttpLog(boolean logBodies) {
    this.logBodies = logBodies;
  }

  /** Returns the request line to log: method, API, template and query names with masked values. */
  private static String describe(NhsRequest request) {
    StringBuilder line = new StringBuilder(request.method()).append(' ').append(request.api().name()).append(' ')
        .append(request.pathTemplate().isEmpty() ? "/" : request.pathTemplate());
    if (!request.query().isEmpty()) {
      StringJoiner query = new StringJoiner("&", "?", "");
      for (Map.Entry<String, String> parameter : request.query()) {
        query.add(Percent.encode(parameter.getKey()) + "=" + MASK);
      }
      line.append(query);
    }
    return line.toString();
  }

  void attemptStarted(CallInfo call, NhsRequest nhsRequest, int attempt, Request request) {
    if (!logger.isLoggable(Level.DEBUG)) {
      return;
    }
    logger.log(Level.DEBUG, "--> " + describe(nhsRequest) + " attempt " + attempt + ids(call));
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "--> headers " + headers(request.headers()) + ids(call));
      if (logBodies && request.body() != null) {
        Buffer buffer = new Buffer();
        try {
          request.body().writeTo(buffer);
          logger.log(Level.TRACE, "--> body (unsafe body logging on) " + text(buffer) + ids(call));
        } catch (java.io.IOException | RuntimeException e) {
          logger.log(Level.TRACE, "--> body not loggable: " + e.getClass().getSimpleName() + ids(call));
        }
      }
    }
  }

  void attemptFinished(CallInfo call, NhsRequest request, int attempt, Response response, Duration elapsed) {
    if (!logger.isLoggable(Level.DEBUG)) {
      return;
    }
    logger.log(Level.DEBUG, "<-- " + response.code() + " " + describe(request) + " (" + elapsed.toMillis() + " ms, attempt "
        + attempt + ")" + ids(call));
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "<-- headers " + headers(response.headers()) + ids(call));
      if (logBodies) {
        try {
          logger.log(Level.TRACE, "<-- body (unsafe body logging on) "
              + text(response.peekBody(MAX_BODY_LOG).source().getBuffer()) + ids(call));
        } catch (java.io.IOException | RuntimeException e) {
          logger.log(Level.TRACE, "<-- body not loggable: " + e.getClass().getSimpleName() + ids(call));
        }
      }
    }
  }

  void attemptFailed(CallInfo call, NhsRequest request, int attempt, Throwable failure, Duration elapsed) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, "<-- failed " + describe(request) + " (" + elapsed.toMillis() + " ms, attempt " + attempt
          + "): " + failure.getClass().getSimpleName() + ids(call));
    }
  }

  void retryScheduled(CallInfo call, NhsRequest request, int nextAttempt, String reason, Duration delay) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, "retrying " + describe(request) + " after " + reason + " in " + delay.toMillis()
          + " ms (attempt " + nextAttempt + ")" + ids(call));
    }
  }

  void callFailed(CallInfo call, NhsRequest request, RuntimeException failure) {
    if (logger.isLoggable(Level.DEBUG)) {
      // The SDK's own messages are PHI-free by construction.
      logger.log(Level.DEBUG, "call failed " + describe(request) + ": " + failure.getClass().getSimpleName() + ": "
          + failure.getMessage());
    }
  }

  /**
   * An API's circuit breaker changed state: opening is logged at WARNING (calls to that API now fail fast until
   * it recovers), the other transitions at INFO.
   */
  void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {
    Level level = to == CircuitState.OPEN ? Level.WARNING : Level.INFO;
    String effect = to == CircuitState.OPEN
        ? "; calls to it fail fast with NhsCircuitOpenException until a probe succeeds (check the service's status)"
        : "";
    logger.log(level, "circuit breaker for " + api.name() + " went from " + from + " to " + to + effect);
  }

  void listenerFailed(String event, RuntimeException failure) {
    logger.log(Level.WARNING, "event listener threw from " + event + ": " + failure.getClass().getName());
  }

  private static String ids(CallInfo call) {
    return " [X-Request-ID " + call.requestId() + "]";
  }

  private static String headers(Headers headers) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean safe = SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      joiner.add(name + ": " + (safe ? headers.value(i) : MASK));
    }
    return joiner.toString();
  }

  private static String text(Buffer buffer) {
    long size = buffer.size();
    Buffer copy = new Buffer();
    buffer.copyTo(copy, 0, Math.min(size, MAX_BODY_LOG));
    String text = copy.readString(StandardCharsets.UTF_8);
    return size > MAX_BODY_LOG ? text + "...(" + size + " bytes)" : text;
  }
}
