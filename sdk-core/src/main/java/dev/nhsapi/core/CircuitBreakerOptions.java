package dev.nhsapi.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When the per-API circuit breaker opens, and how it recovers.
 *
 * <p>The breaker looks at the last {@code windowSize} attempts to an API. Once at least {@code minimumCalls}
 * have been seen and {@code failureRatePercent} of them failed (HTTP 5xx or 408, timeouts, connection
 * failures; 4xx answers and 429 count as the service being up), it opens: calls fail at once with
 * {@link NhsCircuitOpenException} instead of piling up on a service that is down. After {@code openDuration} it
 * lets {@code halfOpenCalls} probe attempts through; if they succeed it closes again, if not it reopens.
 *
 * @param enabled whether the breaker is used at all
 * @param failureRatePercent the failure rate that opens the breaker, 1 to 100
 * @param minimumCalls attempts needed before the rate is judged, at least 1
 * @param windowSize how many recent attempts the rate is computed over, at least {@code minimumCalls}
 * @param openDuration how long the breaker stays open before probing, positive
 * @param halfOpenCalls probe attempts allowed when half-open, at least 1
 */
public record CircuitBreakerOptions(
    boolean enabled,
    int failureRatePercent,
    int minimumCalls,
    int windowSize,
    Duration openDuration,
    int halfOpenCalls) {

  private static final CircuitBreakerOptions DEFAULTS =
      new CircuitBreakerOptions(true, 50, 10, 20, Duration.ofSeconds(30), 3);
  private static final CircuitBreakerOptions DISABLED =
      new CircuitBreakerOptions(false, 100, 1, 1, Duration.ofSeconds(1), 1);

  /**
   * Validates the options.
   *
   * @param enabled whether the breaker is used at all
   * @param failureRatePercent the failure rate that opens the breaker, 1 to 100
   * @param minimumCalls attempts needed before the rate is judged, at least 1
   * @param windowSize how many recent attempts the rate is computed over
   * @param openDuration how long the breaker stays open before probing, positive
   * @param halfOpenCalls probe attempts allowed when half-open, at least 1
   * @throws IllegalArgumentException if a number is out of range or the open duration is not positive
   * @throws NullPointerException if {@code openDuration} is null
   */
  public CircuitBreakerOptions {
    Objects.requireNonNull(openDuration, "openDuration == null");
    if (failureRatePercent < 1 || failureRatePercent > 100) {
      throw new IllegalArgumentException("failureRatePercent must be 1..100: " + failureRatePercent);
    }
    if (minimumCalls < 1) {
      throw new IllegalArgumentException("minimumCalls < 1: " + minimumCalls);
    }
    if (windowSize < minimumCalls) {
      throw new IllegalArgumentException("windowSize < minimumCalls");
    }
    if (openDuration.isNegative() || openDuration.isZero()) {
      throw new IllegalArgumentException("openDuration must be positive");
    }
    if (halfOpenCalls < 1) {
      throw new IllegalArgumentException("halfOpenCalls < 1: " + halfOpenCalls);
    }
  }

  /**
   * Returns the defaults: open at a 50% failure rate over the last 20 attempts (once 10 are seen), stay open
   * 30 s, then probe with 3 attempts.
   *
   * @return the default options
   */
  public static CircuitBreakerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that turn the breaker off.
   *
   * @return disabled options
   */
  public static CircuitBreakerOptions disabled() {
    return DISABLED;
  }
}
