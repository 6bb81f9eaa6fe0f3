package dev.nhsapi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void standsStillUntilMovedThenMovesByExactlyTheDuration() {
    MutableClock clock = new MutableClock(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());

    clock.advance(Duration.ofSeconds(299));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(299));
    clock.advance(Duration.ofMinutes(-5));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
  }

  @Test
  void isInUtcWhateverZoneIsAskedFor() {
    MutableClock clock = new MutableClock(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneId.of("Europe/London"))).isSameAs(clock);
  }
}
