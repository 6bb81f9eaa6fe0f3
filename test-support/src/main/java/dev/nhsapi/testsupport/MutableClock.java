package dev.nhsapi.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand, in UTC.
 *
 * <p>Thread-safe: the code under test may read it on other threads while the test moves it.
 */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /**
   * Creates a clock that stands at {@code start} until moved.
   *
   * @param start the instant the clock shows
   */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock by {@code duration}, forwards or (if negative) backwards.
   *
   * @param duration how far to move it
   */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock: tests compare instants, so the zone does not matter. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
