package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FhirDateTest {
  @ParameterizedTest
  @CsvSource({
      "2010,       YEAR,  2010",
      "2010-10,    MONTH, 2010",
      "2010-10-22, DAY,   2010",
      "2024-02-29, DAY,   2024",
      "0001,       YEAR,  1",
      "9999-12-31, DAY,   9999"})
  void acceptsEveryPrecisionVerbatim(String text, FhirDate.Precision precision, int year) {
    FhirDate date = new FhirDate(text);

    assertThat(date.value()).isEqualTo(text);
    assertThat(date).asString().doesNotContain(text.substring(0, 4));
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.year()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "201",
      "20101",
      "2010-1",
      "2010-00",
      "2010-13",
      "2010-10-1",
      "2010-10-00",
      "2010-10-32",
      "2010-02-30",
      "2023-02-29",
      "10-10-2010",
      "22/10/2010",
      "20101022",
      " 2010",
      "2010-10-22 ",
      "2010-10-22T10:11:12Z",
      "0000",
      "0000-01-01",
      "+2010",
      "\u0662\u0660\u0661\u0660"})
  void rejectsOtherShapes(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> new FhirDate(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1987-02-30", "1987-13", "87-02-13"})
  void messageNeverRepeatsTheValue(String text) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> new FhirDate(text));

    assertThat(e.getMessage()).doesNotContain(text).doesNotContain("1987").doesNotContain("87-");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> new FhirDate(null));
    assertThatNullPointerException().isThrownBy(() -> FhirDate.of(null));
  }

  @Test
  void toLocalDateOnlyForAFullDate() {
    assertThat(new FhirDate("2010-10-22").toLocalDate()).contains(LocalDate.of(2010, 10, 22));
    assertThat(new FhirDate("2010-10").toLocalDate()).isEmpty();
    assertThat(new FhirDate("2010").toLocalDate()).isEmpty();
  }

  @Test
  void ofWritesAFullDate() {
    FhirDate date = FhirDate.of(LocalDate.of(2010, 1, 2));

    assertThat(date.value()).isEqualTo("2010-01-02");
    assertThat(date.precision()).isEqualTo(FhirDate.Precision.DAY);
    assertThat(date.toLocalDate()).contains(LocalDate.of(2010, 1, 2));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000})
  void ofRejectsYearsFhirCannotWrite(int year) {
    assertThatIllegalArgumentException().isThrownBy(() -> FhirDate.of(LocalDate.of(year, 1, 1)));
  }

  @Test
  void equalityFollowsTheTextSoPrecisionCounts() {
    assertThat(new FhirDate("2010-10")).isEqualTo(new FhirDate("2010-10"));
    assertThat(new FhirDate("2010-10")).isNotEqualTo(new FhirDate("2010-10-01"));
  }
}
