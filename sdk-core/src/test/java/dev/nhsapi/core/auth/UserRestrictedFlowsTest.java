package dev.nhsapi.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.nhsapi.core.NhsEnvironment;
import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Token exchange, the authorization-code helper and application-supplied user tokens. */
class UserRestrictedFlowsTest {
  final FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);

  @Test
  void exchangesAnIdTokenWithASignedClientAssertion() throws Exception {
    SignedJwtCredentials client = SignedJwtCredentials.builder().apiKey("api-key").keyId("k1")
        .privateKey((RSAPrivateKey) SignedJwtCredentialsTest.KEYS.getPrivate()).build();

    TokenResponse response = TokenExchange.exchange(endpoint, client, "id.token.value");

    assertThat(response.accessToken()).isEqualTo("token-1");
    assertThat(endpoint.forms.get(0))
        .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange")
        .containsEntry("subject_token_type", "urn:ietf:params:oauth:token-type:id_token")
        .containsEntry("subject_token", "id.token.value")
        .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    assertThat(SignedJWT.parse(endpoint.forms.get(0).get("client_assertion")).getJWTClaimsSet().getAudience())
        .containsExactly("https://int.api.service.nhs.uk/oauth2/token");
  }

  @Test
  void eachAttemptOfATokenExchangeSignsANewAssertion() throws Exception {
    SignedJwtCredentials client = SignedJwtCredentials.builder().apiKey("api-key").keyId("k1")
        .privateKey((RSAPrivateKey) SignedJwtCredentialsTest.KEYS.getPrivate()).build();
    endpoint.attemptsPerRequest = 2;

    TokenExchange.exchange(endpoint, client, "id.token.value");

    assertThat(endpoint.forms).hasSize(2);
    assertThat(SignedJWT.parse(endpoint.forms.get(1).get("client_assertion")).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(SignedJWT.parse(endpoint.forms.get(0).get("client_assertion")).getJWTClaimsSet().getJWTID());
  }

  @Test
  void buildsTheAuthorizeUrlAndExchangesTheCode() {
    URI url = AuthorizationCode.authorizeUrl(NhsEnvironment.INTEGRATION, "api-key",
        URI.create("https://app.example/callback"), "state-123", "nhs-login");

    HttpUrl parsed = HttpUrl.get(url);
    assertThat(parsed.scheme() + "://" + parsed.host() + parsed.encodedPath())
        .isEqualTo("https://int.api.service.nhs.uk/oauth2/authorize");
    assertThat(parsed.queryParameter("response_type")).isEqualTo("code");
    assertThat(parsed.queryParameter("client_id")).isEqualTo("api-key");
    assertThat(parsed.queryParameter("redirect_uri")).isEqualTo("https://app.example/callback");
    assertThat(parsed.queryParameter("state")).isEqualTo("state-123");
    assertThat(parsed.queryParameter("scope")).isEqualTo("nhs-login");

    AuthorizationCode.exchangeCode(endpoint, "api-key", "secret", URI.create("https://app.example/callback"), "c0de");
    assertThat(endpoint.forms.get(0)).containsEntry("grant_type", "authorization_code")
        .containsEntry("code", "c0de").containsEntry("redirect_uri", "https://app.example/callback")
        .containsEntry("client_id", "api-key").containsEntry("client_secret", "secret");
  }

  @Test
  void sendsTheApplicationsUserTokenAndTellsItWhenOneIsRejected() {
    List<String> invalidated = new CopyOnWriteArrayList<>();
    TokenProvider provider = new TokenProvider() {
      @Override
      public String accessToken() {
        return "user-token";
      }

      @Override
      public void invalidate(String token) {
        invalidated.add(token);
      }
    };
    UserTokenCredentials credentials = UserTokenCredentials.of(provider);

    Headers headers = credentials.headers(endpoint);
    assertThat(headers.get("Authorization")).isEqualTo("Bearer user-token");
    // The provider still gives the rejected token, so a replay would be refused too (issue 16 defect 7).
    assertThat(credentials.refreshAfterUnauthorized(headers)).isFalse();
    assertThat(invalidated).containsExactly("user-token");
    assertThat(credentials).asString().doesNotContain("user-token");
    assertThatThrownBy(() -> UserTokenCredentials.of(() -> " ").headers(endpoint))
        .isInstanceOf(IllegalStateException.class);
  }
}
