package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FhirDateTimeTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2010",
      "2010-10",
      "2010-10-22",
      "2010-10-22T10:11:12Z",
      "2010-10-22T10:11:12+00:00",
      "2010-10-22T10:11:12-05:00",
      "2010-10-22T10:11:12.1Z",
      "2010-10-22T10:11:12.123+01:00",
      "2010-10-22T10:11:12.100+01:00",
      "2026-11-26T12:00:00.000000000Z",
      "2024-02-29T23:59:59.999999999+14:00"})
  void acceptsEveryPrecisionVerbatim(String text) {
    FhirDateTime dateTime = new FhirDateTime(text);

    assertThat(dateTime.value()).isEqualTo(text);
    assertThat(dateTime).asString().doesNotContain(text.substring(0, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "2010-1",
      "2010-13",
      "2010-02-30",
      "10-10-2010",
      "2010-10-22T",
      "2010-10-22T10Z",
      "2010-10-22T10:11Z",
      "2010-10-22T10:11:12",
      "2010-10-22T10:11:12.123",
      "2010-10-22 10:11:12Z",
      "2010-10-22t10:11:12Z",
      "2010-10-22T10:11:12z",
      "2010-10-22T10:11:12.Z",
      "2010-10-22T10:11:12.1234567890Z",
      "2010-10-22T10:11:12+0100",
      "2010-10-22T10:11:12+01",
      "2010-10-22T24:00:00Z",
      "2010-10-22T10:60:00Z",
      "2010-02-30T10:11:12Z",
      "2010-10-22T10:11:12Z ",
      "2010Z",
      "0000-01-01T00:00:00Z"})
  void rejectsOtherShapes(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> new FhirDateTime(text));
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> new FhirDateTime(null));
    assertThatNullPointerException().isThrownBy(() -> FhirDateTime.of(null));
  }

  @Test
  void toOffsetDateTimeOnlyWithATime() {
    assertThat(new FhirDateTime("2010-10-22T10:11:12.123+01:00").toOffsetDateTime())
        .contains(OffsetDateTime.of(2010, 10, 22, 10, 11, 12, 123_000_000, ZoneOffset.ofHours(1)));
    assertThat(new FhirDateTime("2026-11-26T12:00:00.000000000Z").toOffsetDateTime())
        .contains(OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(new FhirDateTime("2010-10-22").toOffsetDateTime()).isEmpty();
    assertThat(new FhirDateTime("2010-10").toOffsetDateTime()).isEmpty();
    assertThat(new FhirDateTime("2010").toOffsetDateTime()).isEmpty();
  }

  @Test
  void ofKeepsSecondsThatAreZero() {
    OffsetDateTime onTheMinute = OffsetDateTime.of(2010, 10, 22, 10, 11, 0, 0, ZoneOffset.UTC);

    assertThat(FhirDateTime.of(onTheMinute).value()).isEqualTo("2010-10-22T10:11:00Z");
    assertThat(FhirDateTime.of(onTheMinute).toOffsetDateTime()).contains(onTheMinute);
  }

  @Test
  void ofWritesFractionAndOffset() {
    OffsetDateTime dateTime = OffsetDateTime.of(2010, 10, 22, 10, 11, 12, 500_000_000, ZoneOffset.ofHours(-5));

    assertThat(FhirDateTime.of(dateTime).value()).isEqualTo("2010-10-22T10:11:12.5-05:00");
    assertThat(FhirDateTime.of(dateTime).toOffsetDateTime()).contains(dateTime);
  }

  @Test
  void ofRejectsWhatFhirCannotWrite() {
    assertThatIllegalArgumentException().isThrownBy(() -> FhirDateTime.of(
        OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    assertThatIllegalArgumentException().isThrownBy(() -> FhirDateTime.of(
        OffsetDateTime.of(2010, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30))));
  }

  @Test
  void equalityFollowsTheTextSoTrailingZerosCount() {
    assertThat(new FhirDateTime("2010-10-22T10:11:12Z")).isEqualTo(new FhirDateTime("2010-10-22T10:11:12Z"));
    assertThat(new FhirDateTime("2010-10-22T10:11:12Z")).isNotEqualTo(new FhirDateTime("2010-10-22T10:11:12.0Z"));
  }
}
