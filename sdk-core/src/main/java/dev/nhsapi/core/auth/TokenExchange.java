package dev.nhsapi.core.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The separate-authentication flow (RFC 8693 token exchange): the application signs the user in with NHS CIS2
 * or NHS login itself, then trades the user's <em>ID token</em> (not the identity provider's access token) plus
 * a signed client assertion for a platform access token.
 *
 * <pre>{@code
 * TokenResponse token = TokenExchange.exchange(transport.tokenEndpoint(), signedJwtCredentials, idToken);
 * }</pre>
 */
public final class TokenExchange {
  private TokenExchange() {}

  /**
   * Exchanges an ID token for an access token.
   *
   * @param tokenEndpoint the environment's token endpoint, from {@code NhsTransport.tokenEndpoint()}
   * @param client the application's signed-JWT credentials, which sign the client assertion
   * @param idToken the ID token the identity provider issued for the user
   * @return the issued tokens, usually with a refresh token for {@link RefreshTokenCredentials}
   * @throws dev.nhsapi.core.AuthenticationException if the platform refused the exchange
   * @throws IllegalArgumentException if the ID token is blank
   * @throws NullPointerException if an argument is null
   */
  public static TokenResponse exchange(TokenEndpoint tokenEndpoint, SignedJwtCredentials client, String idToken) {
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint == null");
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(idToken, "idToken == null");
    if (idToken.isBlank()) {
      throw new IllegalArgumentException("idToken is blank");
    }
    String audience = tokenEndpoint.environment().tokenUrl().toString();
    return tokenEndpoint.request(() -> {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange");
      form.put("subject_token_type", "urn:ietf:params:oauth:token-type:id_token");
      form.put("subject_token", idToken);
      form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      form.put("client_assertion", client.clientAssertion(audience)); // a resend signs a new one
      return form;
    });
  }
}
