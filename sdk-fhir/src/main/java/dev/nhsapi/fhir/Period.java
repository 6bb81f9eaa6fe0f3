package dev.nhsapi.fhir;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A time range; either end may be open. A FHIR R4 datatype.
 *
 * @param start the start
 * @param end the end
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Period(
    @Nullable FhirDateTime start,
    @Nullable FhirDateTime end,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param start the start
   * @param end the end
   * @param unknown the members the SDK does not model
   */
  public Period {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns a period from {@code start} to {@code end}; either may be open.
   *
   * @param start when it began, or null if open
   * @param end when it ended, or null if ongoing
   * @return the period
   * @throws IllegalArgumentException if both are null
   */
  public static Period of(@Nullable FhirDateTime start, @Nullable FhirDateTime end) {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs a start, an end or both");
    }
    return new Period(start, end, UnknownElements.none());
  }

  /**
   * Returns an ongoing period that began on a day, as PDS writes a name's, address's or contact's period
   * ({@code {"start": "2020-01-01"}}).
   *
   * @param start the first day
   * @return the period
   * @throws IllegalArgumentException if the year is not 1 to 9999
   * @throws NullPointerException if {@code start} is null
   */
  public static Period startingOn(LocalDate start) {
    return new Period(new FhirDateTime(FhirDate.of(start).value()), null, UnknownElements.none());
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Period[***]";
  }
}
