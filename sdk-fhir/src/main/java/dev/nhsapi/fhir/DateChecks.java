package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * Checks FHIR date and dateTime text by hand: the codec reads several per resource, and a regular expression
 * plus a {@code java.time} parse for each cost more than the rest of the decode.
 */
final class DateChecks {
  static final String DATE_SHAPE = "a FHIR date is YYYY, YYYY-MM or YYYY-MM-DD";
  static final String DATE_EXISTS = "a FHIR date is YYYY, YYYY-MM or YYYY-MM-DD, and must exist";
  static final String DATE_TIME_SHAPE = "a FHIR dateTime is YYYY[-MM[-DD[Thh:mm:ss[.fff](Z|+hh:mm)]]]";
  static final String DATE_TIME_EXISTS = "a FHIR dateTime must name a real time";

  private DateChecks() {}

  /** Returns what is wrong with a FHIR date, or null if nothing is. */
  static @Nullable String dateProblem(String value) {
    int length = value.length();
    if (length != 4 && length != 7 && length != 10) {
      return DATE_SHAPE;
    }
    return dateProblem(value, length);
  }

  /** Checks the first {@code length} characters (4, 7 or 10) as a date. */
  private static @Nullable String dateProblem(String value, int length) {
    if (!digits(value, 0, 4) || (length >= 7 && (value.charAt(4) != '-' || !digits(value, 5, 7)))
        || (length == 10 && (value.charAt(7) != '-' || !digits(value, 8, 10)))) {
      return DATE_SHAPE;
    }
    int year = number(value, 0, 4);
    if (year == 0) {
      return "a FHIR date has a year from 0001 to 9999";
    }
    if (length >= 7) {
      int month = number(value, 5, 7);
      if (month < 1 || month > 12) {
        return DATE_EXISTS;
      }
      if (length == 10) {
        int day = number(value, 8, 10);
        if (day < 1 || day > daysIn(year, month)) {
          return DATE_EXISTS;
        }
      }
    }
    return null;
  }

  /** Returns what is wrong with a FHIR dateTime, or null if nothing is. */
  static @Nullable String dateTimeProblem(String value) {
    int length = value.length();
    if (length <= 10) {
      String problem = dateProblem(value);
      return DATE_SHAPE.equals(problem) ? DATE_TIME_SHAPE : problem;
    }
    // YYYY-MM-DDThh:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)
    if (length < 20 || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':'
        || !digits(value, 11, 13) || !digits(value, 14, 16) || !digits(value, 17, 19)) {
      return DATE_TIME_SHAPE;
    }
    String date = dateProblem(value, 10);
    if (date != null) {
      return DATE_SHAPE.equals(date) ? DATE_TIME_SHAPE : date;
    }
    int at = 19;
    if (value.charAt(at) == '.') {
      int start = ++at;
      while (at < length && Character.isDigit(value.charAt(at)) && value.charAt(at) < 128) {
        at++;
      }
      if (at == start || at - start > 9) {
        return DATE_TIME_SHAPE;
      }
    }
    if (at == length) {
      return DATE_TIME_SHAPE; // a time needs an offset
    }
    char zone = value.charAt(at);
    boolean offset = zone == '+' || zone == '-';
    if (!(zone == 'Z' && at + 1 == length) && !(offset && at + 6 == length && value.charAt(at + 3) == ':'
        && digits(value, at + 1, at + 3) && digits(value, at + 4, at + 6))) {
      return DATE_TIME_SHAPE;
    }
    if (number(value, 11, 13) > 23 || number(value, 14, 16) > 59 || number(value, 17, 19) > 59
        || (offset && (number(value, at + 1, at + 3) > 18 || number(value, at + 4, at + 6) > 59
            || (number(value, at + 1, at + 3) == 18 && number(value, at + 4, at + 6) > 0)))) {
      return DATE_TIME_EXISTS;
    }
    return null;
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String value, int from, int to) {
    int result = 0;
    for (int i = from; i < to; i++) {
      result = result * 10 + (value.charAt(i) - '0');
    }
    return result;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
