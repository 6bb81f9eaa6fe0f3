package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.AuthorizationCode;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.RefreshTokenCredentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.TokenExchange;
import dev.nhsapi.core.auth.TokenProvider;
import dev.nhsapi.core.auth.TokenResponse;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.testing.NhsSandbox;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** The "Authentication" guide's examples: one per access mode. */
public final class AuthenticationGuide {
  private AuthenticationGuide() {}

  /**
   * Reads an organisation with API-key access.
   *
   * @return the organisation
   */
  public static Organization apiKey() {
    // @start region="api-key"
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(ApiKeyCredentials.of(System.getenv("NHS_API_KEY")))
        .build();
    Organization practice = nhs.ods().read(OdsCode.of("Y12345"));
    // @end
    return practice;
  }

  /**
   * Returns signed-JWT credentials for a key generated with the key-generation sample.
   *
   * @return the credentials
   */
  public static Credentials signedJwt() {
    // @start region="signed-jwt"
    Credentials credentials = SignedJwtCredentials.builder()
        .apiKey(System.getenv("NHS_API_KEY"))
        .keyId("test-1")
        .privateKey(Path.of("test-1.pem"))
        .build();
    // @end
    return credentials;
  }

  /**
   * Registers a JWKS made by the key-generation sample with an embedded sandbox, as the developer portal
   * registers it, and returns credentials that sign with the matching private key.
   *
   * @param sandbox the sandbox
   * @param directory where {@code test-1.pem} and {@code test-1.jwks.json} are
   * @return a client of the sandbox signed in as the application
   * @throws IOException if a file cannot be read
   */
  public static NhsClient ownKeyOnTheSandbox(NhsSandbox sandbox, Path directory) throws IOException {
    // @start region="own-jwks"
    sandbox.registerApplication("my-api-key", Files.readString(directory.resolve("test-1.jwks.json")));
    NhsClient nhs = NhsClient.builder()
        .environment(sandbox.environment())
        .credentials(SignedJwtCredentials.builder()
            .apiKey("my-api-key")
            .keyId("test-1")
            .privateKey(directory.resolve("test-1.pem"))
            .build())
        .build();
    // @end
    return nhs;
  }

  /**
   * Returns credentials that send the access tokens the application's own NHS CIS2 integration obtains.
   *
   * @param session where the application keeps the signed-in user's token
   * @return the credentials
   */
  public static Credentials userToken(UserSession session) {
    // @start region="user-token"
    Credentials credentials = UserTokenCredentials.of(new TokenProvider() {
      @Override
      public String accessToken() {
        return session.accessToken();                 // the user's current platform access token
      }

      @Override
      public void invalidate(String token) {
        session.refresh();                            // an API answered 401: get a new one before the replay
      }
    });
    // @end
    return credentials;
  }

  /**
   * Exchanges a CIS2 ID token for a platform access token (separate authentication) and returns a client for the
   * user.
   *
   * @param app the application's client, with signed-JWT credentials
   * @param signedJwt those credentials
   * @param idToken the user's ID token from NHS CIS2
   * @param clientSecret the application's secret, for the refresh-token grant
   * @return a client that calls as the user
   */
  public static NhsClient tokenExchange(
      NhsClient app, SignedJwtCredentials signedJwt, String idToken, String clientSecret) {
    // @start region="token-exchange"
    TokenResponse tokens = TokenExchange.exchange(app.transport().tokenEndpoint(), signedJwt, idToken);
    NhsClient asUser = app.newBuilder()
        .credentials(RefreshTokenCredentials.of(System.getenv("NHS_API_KEY"), clientSecret, tokens))
        .build();
    // @end
    return asUser;
  }

  /**
   * The first leg of combined authentication: the URL to send the user's browser to, with a fresh state.
   *
   * @param apiKey the application's API key
   * @param session the user's session, where the state is kept for the callback to check
   * @return the URL
   */
  public static URI authorizeUrl(String apiKey, Map<String, String> session) {
    // @start region="authorize-url"
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    session.put("oauth-state", state);                          // the callback must receive the same value
    URI authorize = AuthorizationCode.authorizeUrl(NhsEnvironment.INTEGRATION, apiKey,
        URI.create("https://app.example.org/callback"), state, null);               // null scope: NHS CIS2
    // @end
    return authorize;
  }

  /**
   * The second leg: exchanges the code the callback received for tokens and returns a client for the user.
   *
   * @param app the application's client
   * @param apiKey the application's API key
   * @param clientSecret the application's secret
   * @param code the callback's {@code code}
   * @return a client that calls as the user
   */
  public static NhsClient exchangeCode(NhsClient app, String apiKey, String clientSecret, String code) {
    // @start region="exchange-code"
    TokenResponse tokens = AuthorizationCode.exchangeCode(app.transport().tokenEndpoint(), apiKey, clientSecret,
        URI.create("https://app.example.org/callback"), code);
    NhsClient asUser = app.newBuilder()
        .credentials(RefreshTokenCredentials.of(apiKey, clientSecret, tokens))
        .build();
    // @end
    return asUser;
  }

  /** Where an application keeps a signed-in user's access token. */
  public interface UserSession {
    /**
     * Returns the user's current access token.
     *
     * @return the token
     */
    String accessToken();

    /** Obtains a new access token for the user. */
    void refresh();
  }
}
