package dev.nhsapi.core.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.testsupport.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedJwtCredentialsTest {
  static final KeyPair KEYS = generate();
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  final MutableClock clock = new MutableClock(NOW);

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  SignedJwtCredentials.Builder credentials() {
    return SignedJwtCredentials.builder().apiKey("api-key-123").keyId("test-1")
        .privateKey((RSAPrivateKey) KEYS.getPrivate()).clock(clock);
  }

  static SignedJWT assertion(Map<String, String> form) throws Exception {
    return SignedJWT.parse(form.get("client_assertion"));
  }

  @Test
  void postsAClientAssertionExactlyAsThePlatformRequires() throws Exception {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);

    assertThat(credentials().build().headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");

    Map<String, String> form = endpoint.forms.get(0);
    assertThat(form).containsOnlyKeys("grant_type", "client_assertion_type", "client_assertion")
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    SignedJWT jwt = assertion(form);
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("test-1");
    Map<String, Object> claims = jwt.getPayload().toJSONObject();
    assertThat(claims).containsOnlyKeys("iss", "sub", "aud", "jti", "exp")
        .containsEntry("iss", "api-key-123").containsEntry("sub", "api-key-123")
        .containsEntry("aud", "https://int.api.service.nhs.uk/oauth2/token")
        .containsEntry("exp", NOW.plusSeconds(290).getEpochSecond());
    assertThat((String) claims.get("jti")).matches("[0-9a-f-]{36}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SANDBOX", "INTEGRATION", "PRODUCTION", "CUSTOM"})
  void audienceIsTheExactTokenUrlOfEachEnvironment(String name) throws Exception {
    NhsEnvironment environment = switch (name) {
      case "SANDBOX" -> NhsEnvironment.SANDBOX;
      case "INTEGRATION" -> NhsEnvironment.INTEGRATION;
      case "PRODUCTION" -> NhsEnvironment.PRODUCTION;
      default -> NhsEnvironment.custom(URI.create("http://127.0.0.1:8080/prefix"));
    };
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(environment);

    credentials().build().headers(endpoint);

    assertThat(assertion(endpoint.forms.get(0)).getJWTClaimsSet().getAudience())
        .containsExactly(environment.tokenUrl().toString());
  }

  @Test
  void keepsATokenPerTokenUrlSoAMovedTokenEndpointGetsItsOwn() throws Exception {
    NhsEnvironment gateway = NhsEnvironment.INTEGRATION.toBuilder()
        .tokenUrl(URI.create("https://gateway.example/auth/token")).build();
    FakeTokenEndpoint platform = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    FakeTokenEndpoint moved = new FakeTokenEndpoint(gateway);
    SignedJwtCredentials credentials = credentials().build();

    credentials.headers(platform);
    credentials.headers(moved);

    assertThat(platform.forms).hasSize(1);
    assertThat(moved.forms).hasSize(1);
    assertThat(assertion(moved.forms.get(0)).getJWTClaimsSet().getAudience())
        .containsExactly("https://gateway.example/auth/token");
  }

  @Test
  void signsEachAssertionWithAFreshJti() throws Exception {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials credentials = credentials().build();
    Set<String> jtis = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      credentials.headers(endpoint);
      clock.advance(Duration.ofMinutes(10)); // each token has expired by the next call
    }

    for (Map<String, String> form : endpoint.forms) {
      jtis.add(assertion(form).getJWTClaimsSet().getJWTID());
    }
    assertThat(endpoint.forms).hasSize(5);
    assertThat(jtis).hasSize(5);
  }

  @Test
  void invalidateDropsTheCachedTokenOfEveryEnvironment() {
    FakeTokenEndpoint integration = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    FakeTokenEndpoint production = new FakeTokenEndpoint(NhsEnvironment.PRODUCTION);
    SignedJwtCredentials credentials = credentials().build();
    credentials.headers(integration);
    credentials.headers(production);

    credentials.invalidate();

    assertThat(credentials.headers(integration).get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(credentials.headers(production).get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(Credentials.none()).as("credentials without a cache have nothing to drop")
        .satisfies(Credentials::invalidate);
  }

  @Test
  void sixtyFourThreadsShareOneTokenPerLifetime() throws Exception {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    endpoint.answer = form -> {
      try {
        Thread.sleep(50); // a slow endpoint widens the window for a stampede
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new TokenResponse("token-" + endpoint.issued.incrementAndGet(), "Bearer", Duration.ofSeconds(599),
          null, null, null);
    };
    SignedJwtCredentials credentials = credentials().build();
    List<Set<String>> seen = Concurrently.run(64, () -> {
      Set<String> tokens = new HashSet<>();
      for (int i = 0; i < 1000; i++) {
        tokens.add(credentials.headers(endpoint).get("Authorization"));
      }
      return tokens;
    });

    assertThat(seen).allSatisfy(tokens -> assertThat(tokens).containsExactly("Bearer token-1"));
    assertThat(endpoint.forms).hasSize(1);
  }

  @Test
  void refreshesAheadOfExpiryAndNotBefore() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials credentials = credentials().refreshAhead(Duration.ofSeconds(60)).build();
    credentials.headers(endpoint);

    clock.advance(Duration.ofSeconds(538));
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    clock.advance(Duration.ofSeconds(2)); // 540 s: 59 s before the 599 s token expires
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(endpoint.forms).hasSize(2);
  }

  @Test
  void keepsTheValidTokenWhenARefreshFailsAndFailsOnlyOnceItHasExpired() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials credentials = credentials().build();
    credentials.headers(endpoint);
    endpoint.answer = form -> {
      throw new ServiceUnavailableException(503, dev.nhsapi.core.ErrorDetails.none(), null, "rid", null);
    };

    clock.advance(Duration.ofSeconds(560));
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(endpoint.forms).as("a failed refresh pauses before the next try").hasSize(2);

    clock.advance(Duration.ofSeconds(40));
    assertThatThrownBy(() -> credentials.headers(endpoint)).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void aRefreshThatFailsPastTheTokensExpiryFailsItsCallAndIsSharedLikeAFailedFetch() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials credentials = credentials().build();
    credentials.headers(endpoint);
    endpoint.answer = form -> {
      clock.advance(Duration.ofSeconds(60)); // a slow, failing endpoint: the 599 s token expires meanwhile
      throw new ServiceUnavailableException(503, dev.nhsapi.core.ErrorDetails.none(), null, "rid", null);
    };

    clock.advance(Duration.ofSeconds(560));
    assertThatThrownBy(() -> credentials.headers(endpoint))
        .as("an expired token is not handed out").isInstanceOf(ServiceUnavailableException.class);
    assertThatThrownBy(() -> credentials.headers(endpoint)).isInstanceOf(ServiceUnavailableException.class);
    assertThat(endpoint.forms).as("the next caller shares the failure instead of fetching again").hasSize(2);
  }

  @Test
  void dropsARejectedTokenOnlyIfItIsStillCurrent() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials credentials = credentials().build();
    okhttp3.Headers first = credentials.headers(endpoint);

    assertThat(credentials.refreshAfterUnauthorized(first)).isTrue();
    okhttp3.Headers second = credentials.headers(endpoint);
    assertThat(second.get("Authorization")).isEqualTo("Bearer token-2");

    credentials.refreshAfterUnauthorized(first); // a late 401 for the old token must not drop the new one
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void signsWithACallbackForKeysHeldInAnHsm() throws Exception {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    AssertionSigner hsm = input -> {
      try {
        Signature signature = Signature.getInstance("SHA512withRSA");
        signature.initSign(KEYS.getPrivate());
        signature.update(input);
        return signature.sign();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };

    SignedJwtCredentials.builder().apiKey("api-key-123").keyId("hsm-1").signer(hsm).build().headers(endpoint);

    SignedJWT jwt = assertion(endpoint.forms.get(0));
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("hsm-1");
  }

  @Test
  void loadsTheKeyFromAPemFileAJwksOrAKeyStore(@TempDir Path dir) throws Exception {
    String pkcs8 = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(KEYS.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    Path pemFile = Files.writeString(dir.resolve("test-1.pem"), pkcs8);
    String jwks = new JWKSet(List.of(
        new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey(KEYS.getPrivate()).keyID("other").build(),
        new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey(KEYS.getPrivate()).keyID("test-1").build()))
        .toString(false);

    for (SignedJwtCredentials.Builder builder : List.of(
        SignedJwtCredentials.builder().privateKey(pemFile),
        SignedJwtCredentials.builder().privateKeyPem(pkcs8),
        SignedJwtCredentials.builder().keyId("test-1").privateKeyJwk(jwks))) {
      FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
      builder.apiKey("api-key-123").keyId("test-1").build().headers(endpoint);
      assertThat(assertion(endpoint.forms.get(0)).verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic())))
          .isTrue();
    }
    assertThatThrownBy(() -> SignedJwtCredentials.builder().privateKeyPem("-----BEGIN PUBLIC KEY-----\nAAAA\n"
        + "-----END PUBLIC KEY-----")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public key");
  }

  @Test
  void refusesIncompleteOrOutOfRangeSettings() throws Exception {
    assertThatThrownBy(() -> SignedJwtCredentials.builder().keyId("k").privateKey((RSAPrivateKey) KEYS.getPrivate())
        .build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SignedJwtCredentials.builder().apiKey("a").keyId("k").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> credentials().assertionLifetime(Duration.ofSeconds(301)))
        .isInstanceOf(IllegalArgumentException.class);
    KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
    small.initialize(1024);
    assertThatThrownBy(() -> credentials().privateKey((RSAPrivateKey) small.generateKeyPair().getPrivate()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
  }

  @Test
  void neverShowsSecrets() {
    assertThat(credentials().build()).asString().doesNotContain("api-key-123").contains("test-1");
    assertThat(new TokenResponse("secret-token", "Bearer", Duration.ofSeconds(1), "secret-refresh", null, null))
        .asString().doesNotContain("secret");
    assertThat(new AccessToken("secret-token", NOW, NOW.plusSeconds(1))).asString().doesNotContain("secret");
  }

  @Test
  void threadsWaitingForAFetchThatFailsShareTheFailureInsteadOfEachRetrying() throws Exception {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    endpoint.answer = form -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new ServiceUnavailableException(503, dev.nhsapi.core.ErrorDetails.none(), null, "rid", null);
    };
    SignedJwtCredentials credentials = credentials().build();

    List<String> outcomes = Concurrently.run(16, () -> {
      try {
        return credentials.headers(endpoint).get("Authorization");
      } catch (ServiceUnavailableException e) {
        return "failed";
      }
    });

    assertThat(outcomes).containsOnly("failed");
    assertThat(endpoint.forms).hasSize(1);
  }

  @Test
  void noTokenRequestGoesOutBeforeTheEndpointsRetryAfter() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    endpoint.answer = form -> {
      throw new ServiceUnavailableException(503, dev.nhsapi.core.ErrorDetails.none(), Duration.ofSeconds(30), "rid",
          null);
    };
    SignedJwtCredentials credentials = credentials().build();

    assertThatThrownBy(() -> credentials.headers(endpoint)).isInstanceOf(ServiceUnavailableException.class);
    clock.advance(Duration.ofSeconds(29));
    assertThatThrownBy(() -> credentials.headers(endpoint)).isInstanceOf(ServiceUnavailableException.class);
    assertThat(endpoint.forms).as("Retry-After: 30 honoured").hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    endpoint.answer = form -> new TokenResponse("token-1", "Bearer", Duration.ofSeconds(599), null, null, null);
    assertThat(credentials.headers(endpoint).get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(endpoint.forms).hasSize(2);
  }

  @Test
  void aCallWaitsForAnotherThreadsFetchNoLongerThanItsTimeLeft() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FakeTokenEndpoint slow = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    slow.answer = form -> {
      fetching.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new TokenResponse("token-1", "Bearer", Duration.ofSeconds(599), null, null, null);
    };
    SignedJwtCredentials credentials = credentials().build();
    Thread first = new Thread(() -> credentials.headers(slow));
    first.start();
    try {
      assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
      TokenEndpoint hurried = new TokenEndpoint() {
        @Override
        public NhsEnvironment environment() {
          return NhsEnvironment.INTEGRATION;
        }

        @Override
        public Duration timeLeft() {
          return Duration.ofMillis(200);
        }

        @Override
        public TokenResponse request(Map<String, String> form) {
          throw new AssertionError("the fetch in flight is the other thread's");
        }
      };
      long started = System.nanoTime();
      assertThatThrownBy(() -> credentials.headers(hurried)).isInstanceOf(NhsDeadlineExceededException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    } finally {
      release.countDown();
      first.join();
    }
  }

  @Test
  void aFailedFetchWithNoValidTokenReachesTheCaller() {
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    endpoint.answer = form -> {
      throw new ServiceUnavailableException(503, dev.nhsapi.core.ErrorDetails.none(), null, "rid", null);
    };

    assertThatThrownBy(() -> credentials().build().headers(endpoint)).isInstanceOf(NhsApiException.class);
  }
}
