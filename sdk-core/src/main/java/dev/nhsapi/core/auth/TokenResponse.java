package dev.nhsapi.core.auth;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the token endpoint issued. The platform sends {@code expires_in} as a JSON string ({@code "599"}); both
 * strings and numbers are accepted.
 *
 * <p>{@link #toString()} never shows the tokens.
 *
 * @param accessToken the access token
 * @param tokenType the token type, {@code Bearer}
 * @param expiresIn the access token's lifetime
 * @param refreshToken the refresh token, or null (client credentials issue none)
 * @param refreshTokenExpiresIn the refresh token's lifetime, or null
 * @param issuedTokenType the RFC 8693 {@code issued_token_type} of a token exchange, or null
 */
public record TokenResponse(
    String accessToken,
    String tokenType,
    Duration expiresIn,
    @Nullable String refreshToken,
    @Nullable Duration refreshTokenExpiresIn,
    @Nullable String issuedTokenType) {

  /**
   * Validates the response.
   *
   * @param accessToken the access token
   * @param tokenType the token type
   * @param expiresIn the lifetime, positive
   * @param refreshToken the refresh token, or null
   * @param refreshTokenExpiresIn the refresh token's lifetime, or null
   * @param issuedTokenType the issued token type, or null
   * @throws IllegalArgumentException if the access token is blank or the lifetime not positive
   * @throws NullPointerException if a required part is null
   */
  public TokenResponse {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(tokenType, "tokenType == null");
    Objects.requireNonNull(expiresIn, "expiresIn == null");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken is blank");
    }
    if (expiresIn.isZero() || expiresIn.isNegative()) {
      throw new IllegalArgumentException("expiresIn must be positive");
    }
  }

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn
        + ", refreshToken=" + (refreshToken == null ? "none" : "***") + ", issuedTokenType=" + issuedTokenType + "]";
  }
}
