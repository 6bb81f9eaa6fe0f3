package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.auth.AccessToken;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.TokenCache;
import dev.nhsapi.core.auth.TokenResponse;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signed-JWT flow end to end: MockWebServer stands in for both the token endpoint and an API. */
class RealTokenEndpointTest {
  static final KeyPair KEYS;

  static {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KEYS = generator.generateKeyPair();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @StartStop final MockWebServer server = new MockWebServer();
  final LinkedBlockingQueue<MockResponse> tokenAnswers = new LinkedBlockingQueue<>();
  final LinkedBlockingQueue<MockResponse> apiAnswers = new LinkedBlockingQueue<>();
  final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
  final NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();

  RealTokenEndpointTest() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        boolean token = request.getUrl().encodedPath().endsWith("token");
        (token ? tokenRequests : apiRequests).add(request);
        MockResponse answer = (token ? tokenAnswers : apiAnswers).poll();
        return answer != null ? answer : new MockResponse.Builder().code(500).body("no answer queued").build();
      }
    });
  }

  static MockResponse token(String accessToken, String expiresIn) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
            + ",\"token_type\":\"Bearer\",\"issued_at\":\"1764158400000\"}")
        .build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  NhsTransport transport() {
    return transport(NhsEnvironment.custom(server.url("/").uri()));
  }

  NhsTransport transport(NhsEnvironment environment) {
    return transport(environment, SignedJwtCredentials.builder().apiKey("api-key-123").keyId("test-1")
        .privateKey((RSAPrivateKey) KEYS.getPrivate()).build());
  }

  NhsTransport transport(Credentials credentials) {
    return transport(NhsEnvironment.custom(server.url("/").uri()), credentials);
  }

  NhsTransport transport(NhsEnvironment environment, Credentials credentials) {
    return NhsTransport.builder()
        .environment(environment)
        .credentials(credentials)
        .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(2)))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled())
        .build();
  }

  @Test
  void fetchesATokenOnceAndSendsItAsBearer() throws Exception {
    tokenAnswers.add(token("access-1", "\"599\""));
    apiAnswers.add(status(200));
    apiAnswers.add(status(200));
    NhsTransport transport = transport();

    transport.execute(read, ResponseDecoder.ofString());
    transport.execute(read, ResponseDecoder.ofString());

    assertThat(tokenRequests).hasSize(1);
    RecordedRequest tokenRequest = tokenRequests.get(0);
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(tokenRequest.getHeaders().get("Authorization")).isNull();
    assertThat(tokenRequest.getBody().utf8()).startsWith(
        "grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type"
            + "%3Ajwt-bearer&client_assertion=ey");
    assertThat(apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly("Bearer access-1", "Bearer access-1");
  }

  @Test
  void sendsTokenRequestsAndApiCallsToTheirOverriddenUrls() throws Exception {
    tokenAnswers.add(token("access-1", "599"));
    apiAnswers.add(status(200));
    NhsEnvironment environment = NhsEnvironment.custom(server.url("/").uri()).toBuilder()
        .apiUrl(NhsApi.PDS, server.url("/gateway/pds").uri())
        .tokenUrl(server.url("/auth/v2/issue-token").uri())
        .build();

    transport(environment).execute(read, ResponseDecoder.ofString());

    assertThat(tokenRequests).singleElement().satisfies(request -> {
      assertThat(request.getUrl().encodedPath()).isEqualTo("/auth/v2/issue-token");
      String assertion = java.net.URLDecoder.decode(
          request.getBody().utf8().replaceFirst(".*client_assertion=", ""), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(com.nimbusds.jwt.SignedJWT.parse(assertion).getJWTClaimsSet().getAudience())
          .containsExactly(server.url("/auth/v2/issue-token").toString());
    });
    assertThat(apiRequests).singleElement()
        .satisfies(request -> assertThat(request.getUrl().encodedPath()).isEqualTo("/gateway/pds/Patient/9000000009"));
  }

  @Test
  void acceptsExpiresInAsANumber() {
    tokenAnswers.add(token("access-1", "599"));
    apiAnswers.add(status(200));

    assertThat(transport().execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
  }

  @Test
  void replaysA401OnceWithAFreshTokenAndSucceeds() {
    tokenAnswers.add(token("access-1", "\"599\""));
    tokenAnswers.add(token("access-2", "\"599\""));
    apiAnswers.add(status(401));
    apiAnswers.add(status(200));

    assertThat(transport().execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);
    assertThat(apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly("Bearer access-1", "Bearer access-2");
    assertThat(apiRequests).extracting(r -> r.getHeaders().get("X-Request-ID")).as("a replay is the same call")
        .containsOnly(apiRequests.get(0).getHeaders().get("X-Request-ID"));
  }

  @Test
  void aSecond401IsFinalNeverALoop() {
    tokenAnswers.add(token("access-1", "\"599\""));
    tokenAnswers.add(token("access-2", "\"599\""));
    tokenAnswers.add(token("access-3", "\"599\""));
    for (int i = 0; i < 5; i++) {
      apiAnswers.add(status(401));
    }

    assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(apiRequests).hasSize(2);
    assertThat(tokenRequests).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      400 | invalid_request | Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512' | RS512
      400 | invalid_request | Missing 'kid' header in client_assertion JWT | kid header
      401 | invalid_request | Invalid 'kid' header in client_assertion JWT - no matching public key | matches no key in the JWKS
      400 | invalid_request | Invalid 'typ' header in client_assertion JWT - must be 'JWT' | typ JWT
      400 | invalid_request | Missing or non-matching 'iss'/'sub' claims in client_assertion JWT | must both equal
      401 | invalid_request | Invalid 'iss'/'sub' claims in client_assertion JWT | integration key sent to production
      401 | invalid_request | Missing or invalid 'aud' claim in client_assertion JWT | exact token URL
      400 | invalid_request | Non-unique 'jti' claim in client_assertion JWT | fresh jti
      400 | invalid_request | Invalid 'exp' claim in client_assertion JWT - JWT has expired | clock
      400 | invalid_request | Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future | clock
      400 | invalid_request | Missing or invalid client_assertion_type - must be 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' | client_assertion_type must be
      400 | invalid_request | Malformed JWT in client_assertion | compact signed JWT
      401 | public_key error | JWT signature verification failed | does not match the public key
      403 | public_key error | You need to register a public key to use this authentication method - please contact support to configure | register a JWKS URL
      403 | public_key error | The JWKS endpoint, for your client_assertion can't be reached | public HTTPS URL
      401 | unauthorized_client | The authenticated client is not authorized to use this authorization grant type | not subscribed
      415 | invalid_request | Content-Type header must be application/x-www-form-urlencoded | application/x-www-form-urlencoded
      401 | invalid_grant | refresh_token is invalid | single-use
      401 | invalid_client | Invalid client_id or client_secret | client secret are this environment's
      """)
  void mapsEachDocumentedTokenErrorToAnAuthenticationExceptionWithAdvice(
      int status, String error, String description, String advice) {
    tokenAnswers.add(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .body("{\"error\":\"" + error + "\",\"error_description\":\"" + description.replace("\"", "\\\"")
            + "\",\"message_id\":\"rrt-123-abc\"}").build());

    assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.errorCode()).isEqualTo(error);
          assertThat(e.details().description()).isEqualTo(description);
          assertThat(e.details().messageId()).isEqualTo("rrt-123-abc");
          assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains(advice));
          assertThat(e.getMessage()).contains(error).contains(advice).doesNotContain("\n");
        });
    assertThat(apiRequests).isEmpty();
    assertThat(tokenRequests).hasSize(1);
  }

  @Test
  void aTokenEndpointOutageFailsTheCallAsAnOutageNotAsBadCredentials() {
    tokenAnswers.add(status(503));
    tokenAnswers.add(status(503));

    assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("unavailable or busy")
              .contains("says nothing about the credentials"));
        });
    assertThat(apiRequests).isEmpty();
    assertThat(tokenRequests).as("a token request is never resent after reaching the server").hasSize(1);
  }

  @Test
  void aTokenRequestResentAfter503WithRetryAfterCarriesAFreshlySignedAssertion() throws Exception {
    tokenAnswers.add(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build());
    tokenAnswers.add(token("access-1", "\"599\""));
    apiAnswers.add(status(200));

    assertThat(transport().execute(read, ResponseDecoder.ofString()).statusCode()).isEqualTo(200);

    assertThat(tokenRequests).hasSize(2);
    List<JWTClaimsSet> claims = new ArrayList<>();
    for (RecordedRequest request : tokenRequests) {
      String body = request.getBody().utf8();
      String assertion = body.substring(body.indexOf("client_assertion=") + "client_assertion=".length());
      SignedJWT jwt = SignedJWT.parse(assertion);
      assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
      claims.add(jwt.getJWTClaimsSet());
    }
    assertThat(claims.get(1).getJWTID()).as("the platform refuses a jti it has seen")
        .isNotEqualTo(claims.get(0).getJWTID());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      <html><body>Gateway login</body></html>
      {"access_token":"access-1","expires_in":"5
      """)
  void aTokenResponseCutShortOrNotJsonIsADecodeFailure(String body) {
    tokenAnswers.add(new MockResponse.Builder().code(200).body(body).build());

    assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(NhsDecodeException.class,
            e -> assertThat(e.getMessage()).contains("cut short or not JSON").doesNotContain("access-1", "Gateway"));
    assertThat(tokenRequests).hasSize(1);
  }

  @Test
  void aSlowTokenEndpointIsBoundedByTheCallsOwnDeadline() {
    tokenAnswers.add(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"late\",\"expires_in\":\"599\"}").headersDelay(4, TimeUnit.SECONDS).build());
    RequestOptions oneSecond = RequestOptions.builder().timeout(Duration.ofSeconds(1)).build();

    long started = System.nanoTime();
    assertThatThrownBy(() -> transport().execute(read, oneSecond, ResponseDecoder.ofString()))
        .isInstanceOf(NhsDeadlineExceededException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    assertThat(apiRequests).isEmpty();
  }

  @Test
  void aTokenResponseWithoutATokenIsADecodeFailure() {
    tokenAnswers.add(new MockResponse.Builder().code(200).body("{\"expires_in\":\"599\"}").build());

    assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsDecodeException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "access_token":"line\\nbreak","expires_in":"599"            | access_token has a character outside printable ASCII
      "access_token":"tökén","expires_in":"599"               | access_token has a character outside printable ASCII
      "access_token":"two words","expires_in":"599"           | access_token has a character outside printable ASCII
      "access_token":"","expires_in":"599"                    | access_token must be 1 to 8192 characters
      "access_token":"ok","expires_in":"9223372036854775807"  | expires_in must be 1 s to 24 hours
      "access_token":"ok","expires_in":0                      | expires_in must be 1 s to 24 hours
      "access_token":"ok","expires_in":"599","token_type":"mac" | token_type is not Bearer
      """)
  void anUnusableTokenFailsTheCallAsAnAuthenticationFailureAndIsNotCached(String fields, String rule) {
    tokenAnswers.add(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{" + fields + "}").build());
    List<AccessToken> cached = new CopyOnWriteArrayList<>();
    TokenCache cache = TokenCache.inMemory();
    NhsTransport transport = transport(SignedJwtCredentials.builder().apiKey("api-key-123").keyId("test-1")
        .privateKey((RSAPrivateKey) KEYS.getPrivate())
        .tokenCache(new TokenCache() {
          @Override
          public @Nullable AccessToken get(String key) {
            return cache.get(key);
          }

          @Override
          public void put(String key, AccessToken token) {
            cached.add(token);
            cache.put(key, token);
          }

          @Override
          public void remove(String key, AccessToken token) {
            cache.remove(key, token);
          }
        }).build());

    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains(rule).contains("not cached"));
          assertThat(e.getMessage()).doesNotContain("line", "tök", "two words").doesNotContain("\n");
        });
    assertThat(cached).isEmpty();
    assertThat(apiRequests).as("no call goes out with the bad token").isEmpty();
  }

  @Test
  void parsesEveryTokenResponseField() throws Exception {
    TokenResponse response = RealTokenEndpoint.read(com.squareup.moshi.JsonReader.of(new Buffer().writeUtf8("""
        {"access_token":"a","expires_in":"599","token_type":"Bearer","refresh_token":"r",
         "refresh_token_expires_in":43199,"issued_token_type":"urn:ietf:params:oauth:token-type:access_token",
         "refresh_count":"0","sid":"x"}"""))).toResponse();

    assertThat(response.expiresIn()).isEqualTo(Duration.ofSeconds(599));
    assertThat(response.refreshToken()).isEqualTo("r");
    assertThat(response.refreshTokenExpiresIn()).isEqualTo(Duration.ofSeconds(43199));
    assertThat(response.issuedTokenType()).isEqualTo("urn:ietf:params:oauth:token-type:access_token");
  }

  @Test
  void neverLogsTheApiKeyAssertionOrTokens() {
    Logger root = Logger.getLogger("dev.nhsapi");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level previous = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    try {
      tokenAnswers.add(token("secret-access-1", "\"599\""));
      tokenAnswers.add(token("secret-access-2", "\"599\""));
      apiAnswers.add(status(401));
      apiAnswers.add(status(200));
      transport().execute(read, ResponseDecoder.ofString());
      tokenAnswers.add(new MockResponse.Builder().code(401)
          .body("{\"error\":\"invalid_request\",\"error_description\":\"JWT signature verification failed\"}").build());
      assertThatThrownBy(() -> transport().execute(read, ResponseDecoder.ofString()))
          .isInstanceOf(AuthenticationException.class);
    } finally {
      root.removeHandler(capture);
      root.setLevel(previous);
    }

    String log = String.join("\n", lines);
    assertThat(log).contains("--> POST oauth2 /token", "Authorization: ***")
        .doesNotContain("secret-access", "api-key-123", "eyJ", "client_assertion=");
  }
}
