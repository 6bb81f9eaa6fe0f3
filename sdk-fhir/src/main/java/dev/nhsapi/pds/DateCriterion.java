package dev.nhsapi.pds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date condition of a PDS search ({@code birthdate} or {@code death-date}), in one of the forms PDS defines: on
 * a day ({@code eq}), on or after a day ({@code ge}), on or before a day ({@code le}), or between two days, both
 * included ({@code ge} and {@code le}). PDS takes whole days only ({@code yyyy-mm-dd}) and no other prefix, so no
 * other form can be built.
 *
 * <p>Immutable; {@link #toString()} shows the prefixes only, never the dates.
 */
public final class DateCriterion {
  private final List<String> values;

  private DateCriterion(List<String> values) {
    this.values = List.copyOf(values);
  }

  /**
   * Matches one day exactly ({@code eq}).
   *
   * @param day the day
   * @return the criterion
   * @throws IllegalArgumentException if the year is not 1 to 9999
   * @throws NullPointerException if {@code day} is null
   */
  public static DateCriterion on(LocalDate day) {
    return new DateCriterion(List.of("eq" + day(day, "day")));
  }

  /**
   * Matches that day and every later one ({@code ge}), with no upper bound.
   *
   * @param day the earliest day
   * @return the criterion
   * @throws IllegalArgumentException if the year is not 1 to 9999
   * @throws NullPointerException if {@code day} is null
   */
  public static DateCriterion onOrAfter(LocalDate day) {
    return new DateCriterion(List.of("ge" + day(day, "day")));
  }

  /**
   * Matches that day and every earlier one ({@code le}), with no lower bound.
   *
   * @param day the latest day
   * @return the criterion
   * @throws IllegalArgumentException if the year is not 1 to 9999
   * @throws NullPointerException if {@code day} is null
   */
  public static DateCriterion onOrBefore(LocalDate day) {
    return new DateCriterion(List.of("le" + day(day, "day")));
  }

  /**
   * Matches the days from {@code from} to {@code to}, both included ({@code ge} and {@code le}).
   *
   * @param from the earliest day
   * @param to the latest day, not before {@code from}
   * @return the criterion
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or a year is not 1 to 9999
   * @throws NullPointerException if either is null
   */
  public static DateCriterion between(LocalDate from, LocalDate to) {
    String start = day(from, "from");
    String end = day(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the end of a date range is before its start");
    }
    return new DateCriterion(List.of("ge" + start, "le" + end));
  }

  /** PDS takes {@code yyyy-mm-dd}; {@link LocalDate#toString()} writes other years with a sign or more digits. */
  private static String day(LocalDate day, String name) {
    Objects.requireNonNull(day, name + " == null");
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw new IllegalArgumentException("a PDS search date is yyyy-mm-dd, so its year must be 1 to 9999");
    }
    return day.toString();
  }

  /** Returns the parameter's values, prefix and day, in the order PDS receives them. */
  List<String> values() {
    return values;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DateCriterion that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "DateCriterion" + values.stream().map(value -> value.substring(0, 2)).toList();
  }
}
