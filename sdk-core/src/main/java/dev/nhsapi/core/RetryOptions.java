package dev.nhsapi.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How the transport retries a failed attempt: at most {@code maxAttempts} attempts in all, waiting between them
 * either what the server asked for in {@code Retry-After} or an exponential backoff with full jitter (a random
 * wait between zero and {@code min(maxBackoff, initialBackoff * 2^(retry - 1))}).
 *
 * <p>Retries happen only where they are safe: on connection failures and on HTTP 408, 429, 502, 503 and 504,
 * for reads ({@code GET}, {@code HEAD}) and for writes marked {@linkplain NhsRequest.Builder#idempotent(boolean)
 * idempotent}; an unmarked write is resent only after a 503 carrying {@code Retry-After}, the platform's
 * instruction to resend with the same {@code X-Request-ID}, and only to an API that de-duplicates writes by it
 * ({@link NhsApi#deduplicatesWrites()}), or after a refused connection, which never reached the server. Every
 * retry reuses the call's {@code X-Request-ID} and no wait ever runs past the call's deadline.
 *
 * @param maxAttempts the number of attempts including the first, at least 1 (1 disables retries)
 * @param initialBackoff the backoff cap for the first retry, positive
 * @param maxBackoff the largest backoff cap, at least {@code initialBackoff}
 */
public record RetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  private static final RetryOptions DEFAULTS = new RetryOptions(4, Duration.ofMillis(250), Duration.ofSeconds(8));
  private static final RetryOptions DISABLED = new RetryOptions(1, Duration.ofMillis(1), Duration.ofMillis(1));

  /**
   * Validates the options.
   *
   * @param maxAttempts the number of attempts including the first, at least 1
   * @param initialBackoff the backoff cap for the first retry, positive
   * @param maxBackoff the largest backoff cap, at least {@code initialBackoff}
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, a backoff is not positive, or
   *     {@code maxBackoff} is below {@code initialBackoff}
   * @throws NullPointerException if a duration is null
   */
  public RetryOptions {
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff < initialBackoff");
    }
  }

  /**
   * Returns the defaults: 4 attempts, backoff caps from 250 ms doubling to 8 s.
   *
   * @return the default options
   */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that never retry: each call makes exactly one attempt.
   *
   * @return options with one attempt
   */
  public static RetryOptions disabled() {
    return DISABLED;
  }

  /**
   * Returns whether these options allow any retry.
   *
   * @return true if {@code maxAttempts > 1}
   */
  public boolean enabled() {
    return maxAttempts > 1;
  }
}
