package dev.nhsapi.core.auth;

/**
 * Supplies user-restricted access tokens that the application obtains itself, for example from its own
 * NHS CIS2 or NHS login integration. Wrap it with {@link UserTokenCredentials#of(TokenProvider)}.
 *
 * <p>Implementations must be thread-safe and quick: the transport asks before every attempt.
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * Returns a currently valid access token.
   *
   * @return the token, without the {@code Bearer} prefix
   * @throws RuntimeException if no token can be had; it propagates to the caller
   */
  String accessToken();

  /**
   * Called when an API rejected {@code token} with 401, so the provider can drop or refresh it before the
   * transport replays the call once. The default does nothing.
   *
   * @param token the rejected token
   */
  default void invalidate(String token) {}
}
