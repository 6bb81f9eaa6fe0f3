package dev.nhsapi.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Parses {@code Retry-After} in both of its RFC 9110 forms: delay-seconds and HTTP-date. */
public final class RetryAfter {
  /** Longer than any deadline; still safe to compare and to add to an instant's epoch seconds. */
  static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 2);

  /**
   * Where {@link #SHIELD} moves a 503's {@code Retry-After}. OkHttp resends a 503 whose {@code Retry-After} is
   * 0 on its own, whatever the method, and fails on values above {@code Integer.MAX_VALUE}; the SDK's retry
   * policy must be the only one deciding.
   */
  static final String SHIELDED = "NhsApi-Retry-After";

  /** A network interceptor that hides a 503's {@code Retry-After} from OkHttp's follow-up logic. */
  public static final Interceptor SHIELD = chain -> {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(SHIELDED, retryAfter).build();
  };

  private RetryAfter() {}

  /**
   * Returns the response's {@code Retry-After}, wherever {@link #SHIELD} put it.
   *
   * @param response the response
   * @return the header value, or null
   */
  static @Nullable String header(Response response) {
    String shielded = response.header(SHIELDED);
    return shielded != null ? shielded : response.header("Retry-After");
  }

  /**
   * Returns the wait the header asks for.
   *
   * @param header the header value, or null
   * @param clock the clock an HTTP-date is measured against
   * @return the wait (zero for a date in the past), or null if absent or malformed
   */
  public static @Nullable Duration parse(@Nullable String header, Clock clock) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return FOREVER; // more seconds than a long holds: longer than any deadline
      }
    }
    try {
      ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), date.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
