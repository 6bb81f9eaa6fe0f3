package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  /** Tue, 15 Nov 1994 08:12:31 GMT. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("1994-11-15T08:12:31Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("7", CLOCK)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("120", CLOCK)).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void readsZeroSeconds() {
    assertThat(RetryAfter.parse("0", CLOCK)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsSecondsWithLeadingZeros() {
    assertThat(RetryAfter.parse("007", CLOCK)).isEqualTo(Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 5", "5 ", "  5  ", "\t5\t"})
  void ignoresSurroundingWhitespace(String header) {
    assertThat(RetryAfter.parse(header, CLOCK)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void readsHttpDateInTheFutureAsTimeUntilIt() {
    assertThat(RetryAfter.parse("Tue, 15 Nov 1994 08:13:01 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 16 Nov 1994 08:12:31 GMT", CLOCK)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void readsHttpDateWithSurroundingWhitespace() {
    assertThat(RetryAfter.parse("  Tue, 15 Nov 1994 08:12:41 GMT ", CLOCK)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void readsHttpDateEqualToNowAsZero() {
    assertThat(RetryAfter.parse("Tue, 15 Nov 1994 08:12:31 GMT", CLOCK)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsHttpDateInThePastAsZero() {
    assertThat(RetryAfter.parse("Tue, 15 Nov 1994 08:12:30 GMT", CLOCK)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("Mon, 01 Jan 1990 00:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
  }

  @Test
  void measuresHttpDateAgainstTheGivenClock() {
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(20));

    assertThat(RetryAfter.parse("Tue, 15 Nov 1994 08:13:01 GMT", later)).isEqualTo(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "soon", "5s", "5.5", "1e3", "+5", "0x10", "5 6", "Tuesday", "15 Nov 1994",
      "1994-11-15T08:13:01Z", "Tue, 15 Nov 1994 08:13:01"})
  void malformedValueGivesNull(String header) {
    assertThat(RetryAfter.parse(header, CLOCK)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-30", "-0"})
  void negativeNumberGivesNull(String header) {
    assertThat(RetryAfter.parse(header, CLOCK)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "99999999999999999999999999999999999999"})
  void numberTooLongForALongMeansLongerThanAnyDeadline(String header) {
    assertThat(RetryAfter.parse(header, CLOCK)).isEqualTo(RetryAfter.FOREVER);
  }

  @Test
  void nullGivesNull() {
    assertThat(RetryAfter.parse(null, CLOCK)).isNull();
  }
}
