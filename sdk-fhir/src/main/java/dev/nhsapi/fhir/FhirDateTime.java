package dev.nhsapi.fhir;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A FHIR {@code dateTime} or {@code instant}: from a year down to a time with fractional seconds and an offset,
 * kept exactly as written, so precision, trailing zeros and the offset survive a round trip.
 *
 * @param value the date-time as FHIR writes it
 */
public record FhirDateTime(String value) {

  /**
   * Validates the value.
   *
   * @param value the date-time as FHIR writes it
   * @throws IllegalArgumentException if it is not a FHIR dateTime (a time needs an offset)
   * @throws NullPointerException if {@code value} is null
   */
  public FhirDateTime {
    Objects.requireNonNull(value, "value == null");
    String problem = DateChecks.dateTimeProblem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Returns a date-time with full precision.
   *
   * @param dateTime the date-time
   * @return the FHIR date-time, always with seconds and with the fraction only as long as needed
   * @throws IllegalArgumentException if the year is not between 1 and 9999, or the offset has seconds, which FHIR
   *     cannot write
   * @throws NullPointerException if {@code dateTime} is null
   */
  public static FhirDateTime of(OffsetDateTime dateTime) {
    // Not toString(): it leaves out seconds that are zero, and a FHIR time needs them.
    Objects.requireNonNull(dateTime, "dateTime == null");
    return new FhirDateTime(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
  }

  /**
   * Returns the date-time if it has a time part.
   *
   * @return the date-time, or empty for a date-only value
   */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    if (value.length() <= 10) {
      return Optional.empty();
    }
    return Optional.of(OffsetDateTime.parse(value));
  }

  /** Shows nothing of the value: a date-time may be a date of death. Use {@link #value()} for it. */
  @Override
  public String toString() {
    return "FhirDateTime[***]";
  }
}
