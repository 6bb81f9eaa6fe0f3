package dev.nhsapi.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A FHIR {@code date}: a year ({@code 2010}), a year and month ({@code 2010-10}) or a full date
 * ({@code 2010-10-22}), kept exactly as written. A partial date is not a {@link LocalDate}: the precision the
 * record holds is part of its meaning.
 *
 * @param value the date as FHIR writes it
 */
public record FhirDate(String value) {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and month. */
    MONTH,
    /** The full date. */
    DAY
  }

  /**
   * Validates the value.
   *
   * @param value the date as FHIR writes it
   * @throws IllegalArgumentException if it is not a valid year, year-month or date with a year from 0001 to 9999
   * @throws NullPointerException if {@code value} is null
   */
  public FhirDate {
    Objects.requireNonNull(value, "value == null");
    String problem = DateChecks.dateProblem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Returns a full date.
   *
   * @param date the date
   * @return the FHIR date
   * @throws IllegalArgumentException if the year is not between 1 and 9999, which FHIR cannot write
   * @throws NullPointerException if {@code date} is null
   */
  public static FhirDate of(LocalDate date) {
    return new FhirDate(Objects.requireNonNull(date, "date == null").toString());
  }

  /**
   * Returns how much of the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return switch (value.length()) {
      case 4 -> Precision.YEAR;
      case 7 -> Precision.MONTH;
      default -> Precision.DAY;
    };
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /**
   * Returns the date if it is a full date.
   *
   * @return the date, or empty for a year or year-month
   */
  public Optional<LocalDate> toLocalDate() {
    return precision() == Precision.DAY ? Optional.of(LocalDate.parse(value)) : Optional.empty();
  }

  /**
   * Shows the precision only: a date is often a date of birth. Use {@link #value()} for the date itself.
   */
  @Override
  public String toString() {
    return "FhirDate[" + precision() + "]";
  }
}
