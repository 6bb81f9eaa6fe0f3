package dev.nhsapi.core.auth;

import dev.nhsapi.core.NhsEnvironment;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The combined-authentication flow (OAuth 2.0 authorization code): send the user's browser to
 * {@link #authorizeUrl}, receive {@code code} and {@code state} at the registered callback, check the state,
 * then call {@link #exchangeCode}. The browser steps are the application's; the SDK builds the URL and makes
 * the exchange.
 */
public final class AuthorizationCode {
  private AuthorizationCode() {}

  /**
   * Returns the platform's authorize URL, {@code {base}/oauth2/authorize?response_type=code&...}.
   *
   * @param environment the environment
   * @param clientId the application's API key
   * @param redirectUri the callback URL registered for the application, exactly
   * @param state an unguessable value the callback must receive back, against CSRF
   * @param scope {@code nhs-login} to sign in with NHS login, or null for NHS CIS2 (the default)
   * @return the URL to send the browser to
   * @throws IllegalArgumentException if {@code state} is blank
   * @throws NullPointerException if a required argument is null
   */
  public static URI authorizeUrl(
      NhsEnvironment environment, String clientId, URI redirectUri, String state, @Nullable String scope) {
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(redirectUri, "redirectUri == null");
    Objects.requireNonNull(state, "state == null");
    if (state.isBlank()) {
      throw new IllegalArgumentException("state is blank");
    }
    HttpUrl.Builder url = HttpUrl.get(environment.tokenUrl()).newBuilder()
        .setPathSegment(HttpUrl.get(environment.tokenUrl()).pathSize() - 1, "authorize")
        .addQueryParameter("response_type", "code")
        .addQueryParameter("client_id", clientId)
        .addQueryParameter("redirect_uri", redirectUri.toString())
        .addQueryParameter("state", state);
    if (scope != null) {
      url.addQueryParameter("scope", scope);
    }
    return url.build().uri();
  }

  /**
   * Exchanges the code the callback received for tokens.
   *
   * @param tokenEndpoint the environment's token endpoint, from {@code NhsTransport.tokenEndpoint()}
   * @param clientId the application's API key
   * @param clientSecret the application's secret
   * @param redirectUri the same callback URL as in the authorize request
   * @param code the code from the callback
   * @return the tokens, with a refresh token for {@link RefreshTokenCredentials}
   * @throws dev.nhsapi.core.AuthenticationException if the platform refused the code
   * @throws NullPointerException if an argument is null
   */
  public static TokenResponse exchangeCode(
      TokenEndpoint tokenEndpoint, String clientId, String clientSecret, URI redirectUri, String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", Objects.requireNonNull(code, "code == null"));
    form.put("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri == null").toString());
    form.put("client_id", Objects.requireNonNull(clientId, "clientId == null"));
    form.put("client_secret", Objects.requireNonNull(clientSecret, "clientSecret == null"));
    return Objects.requireNonNull(tokenEndpoint, "tokenEndpoint == null").request(form);
  }
}
