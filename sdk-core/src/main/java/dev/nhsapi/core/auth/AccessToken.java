package dev.nhsapi.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A cached access token and the window it is good for. {@link #toString()} never shows the token.
 *
 * @param value the token
 * @param obtainedAt when the endpoint issued it
 * @param expiresAt when it stops being accepted
 */
public record AccessToken(String value, Instant obtainedAt, Instant expiresAt) {
  /**
   * Validates the token.
   *
   * @param value the token
   * @param obtainedAt when it was issued
   * @param expiresAt when it expires, after {@code obtainedAt}
   * @throws IllegalArgumentException if the value is blank or it expires before it was obtained
   * @throws NullPointerException if any part is null
   */
  public AccessToken {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(obtainedAt, "obtainedAt == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
    if (!expiresAt.isAfter(obtainedAt)) {
      throw new IllegalArgumentException("expiresAt must be after obtainedAt");
    }
  }

  /**
   * Returns whether the token is still accepted at {@code now}.
   *
   * @param now the time to judge at
   * @return true before expiry
   */
  public boolean validAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=***, obtainedAt=" + obtainedAt + ", expiresAt=" + expiresAt + "]";
  }
}
