package dev.nhsapi.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The client-side rate limit for one API: at most {@code requestsPerSecond} attempts start in any one-second
 * period, and an attempt waits up to {@code maxWait} (and never past its call's deadline) for a permit.
 *
 * <p>The platform limits each application per API, by default 5 requests per second; exceeding it earns
 * HTTP 429. Spacing requests on the client keeps a burst from ever reaching the platform. The limit is per
 * {@link NhsTransport}: a fleet of processes sharing one application should divide the budget between them.
 *
 * @param enabled whether attempts are limited at all
 * @param requestsPerSecond permits per second, 1 to {@link #MAX_PER_SECOND}
 * @param maxWait the longest an attempt waits for a permit before the call fails, not negative
 */
public record RateLimitOptions(boolean enabled, int requestsPerSecond, Duration maxWait) {
  /** The highest rate: one permit per microsecond, far above any platform limit. */
  public static final int MAX_PER_SECOND = 1_000_000;

  private static final RateLimitOptions DEFAULTS = new RateLimitOptions(true, 5, Duration.ofSeconds(30));
  private static final RateLimitOptions DISABLED = new RateLimitOptions(false, 1, Duration.ZERO);

  /**
   * Validates the options.
   *
   * @param enabled whether attempts are limited at all
   * @param requestsPerSecond permits per second, at least 1
   * @param maxWait the longest an attempt waits for a permit, not negative
   * @throws IllegalArgumentException if {@code requestsPerSecond} is not 1 to {@link #MAX_PER_SECOND}, or
   *     {@code maxWait} is negative
   * @throws NullPointerException if {@code maxWait} is null
   */
  public RateLimitOptions {
    Objects.requireNonNull(maxWait, "maxWait == null");
    if (requestsPerSecond < 1 || requestsPerSecond > MAX_PER_SECOND) {
      throw new IllegalArgumentException("requestsPerSecond must be 1.." + MAX_PER_SECOND + ": " + requestsPerSecond);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait is negative");
    }
  }

  /**
   * Returns the defaults: 5 requests per second, the platform's default per-application limit, waiting up to
   * 30 s for a permit.
   *
   * @return the default options
   */
  public static RateLimitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a limit of {@code requestsPerSecond}, waiting up to 30 s for a permit.
   *
   * @param requestsPerSecond permits per second, 1 to {@link #MAX_PER_SECOND}
   * @return the options
   * @throws IllegalArgumentException if {@code requestsPerSecond} is out of range
   */
  public static RateLimitOptions perSecond(int requestsPerSecond) {
    return new RateLimitOptions(true, requestsPerSecond, DEFAULTS.maxWait);
  }

  /**
   * Returns options that turn client-side limiting off.
   *
   * @return disabled options
   */
  public static RateLimitOptions disabled() {
    return DISABLED;
  }
}
