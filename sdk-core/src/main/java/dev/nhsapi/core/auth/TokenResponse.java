package dev.nhsapi.core.auth;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the token endpoint issued. The platform sends {@code expires_in} as a JSON string ({@code "599"}); both
 * strings and numbers are accepted.
 *
 * <p>The constructor refuses a response the SDK could not use safely: a token with a character outside printable
 * ASCII (a space, a control character, a non-ASCII letter: it could not go in a header), a token longer than
 * {@value #MAX_TOKEN_LENGTH} characters, a lifetime outside 1 s to {@link #MAX_LIFETIME}, or a token type other
 * than {@code Bearer}. The token endpoint's answers are checked before anything is cached.
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
  /** The longest access or refresh token accepted; the platform's are tens of characters. */
  public static final int MAX_TOKEN_LENGTH = 8192;

  /** The longest lifetime accepted; the platform issues 10-minute access and 12-hour refresh tokens. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(1);

  /**
   * Validates the response.
   *
   * @param accessToken the access token
   * @param tokenType the token type
   * @param expiresIn the lifetime, positive
   * @param refreshToken the refresh token, or null
   * @param refreshTokenExpiresIn the refresh token's lifetime, or null
   * @param issuedTokenType the issued token type, or null
   * @throws IllegalArgumentException if a token is empty, too long or has a character outside printable ASCII, a
   *     lifetime is outside 1 s to {@link #MAX_LIFETIME}, or the token type is not {@code Bearer}; the message
   *     names the rule, never the value
   * @throws NullPointerException if a required part is null
   */
  public TokenResponse {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(tokenType, "tokenType == null");
    Objects.requireNonNull(expiresIn, "expiresIn == null");
    checkToken(accessToken, "access_token");
    if (refreshToken != null) {
      checkToken(refreshToken, "refresh_token");
    }
    checkLifetime(expiresIn, "expires_in");
    if (refreshTokenExpiresIn != null) {
      checkLifetime(refreshTokenExpiresIn, "refresh_token_expires_in");
    }
    if (!tokenType.equalsIgnoreCase("Bearer")) { // RFC 6749 section 5.1: case-insensitive
      throw new IllegalArgumentException("token_type is not Bearer");
    }
  }

  /** RFC 6750's b64token is narrower; printable ASCII without spaces is what a header can carry unchanged. */
  private static void checkToken(String token, String name) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException(name + " must be 1 to " + MAX_TOKEN_LENGTH + " characters");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new IllegalArgumentException(name + " has a character outside printable ASCII, at index " + i);
      }
    }
  }

  private static void checkLifetime(Duration lifetime, String name) {
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException(name + " must be 1 s to " + MAX_LIFETIME.toHours() + " hours");
    }
  }

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn
        + ", refreshToken=" + (refreshToken == null ? "none" : "***") + ", issuedTokenType=" + issuedTokenType + "]";
  }
}
