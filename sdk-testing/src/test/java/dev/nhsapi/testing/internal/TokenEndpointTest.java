package dev.nhsapi.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.TokenResponse;
import dev.nhsapi.testing.internal.TokenEndpoint.Answer;
import dev.nhsapi.testsupport.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenEndpointTest {
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  static final String TOKEN_URL = NhsEnvironment.INTEGRATION.tokenUrl().toString();
  static final String FORM = "application/x-www-form-urlencoded";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final String API_KEY = "app-key-1";
  static final String KID = "test-1";
  static final RSAKey KEY = generate(KID);
  static final RSAKey OTHER_KEY = generate(KID);

  MutableClock clock;
  TokenEndpoint endpoint;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(NOW);
    endpoint = new TokenEndpoint(clock, Duration.ofSeconds(599));
    endpoint.register(API_KEY, new JWKSet(KEY.toPublicJWK()));
    endpoint.register("keyless-app", new JWKSet());
  }

  @Test
  void issuesTokenToSdkSignedJwtCredentials() throws Exception {
    clock = new MutableClock(Instant.now()); // the credentials sign with the system clock
    endpoint = new TokenEndpoint(clock, Duration.ofSeconds(599));
    endpoint.register(API_KEY, new JWKSet(KEY.toPublicJWK()));
    SignedJwtCredentials credentials = SignedJwtCredentials.builder()
        .apiKey(API_KEY)
        .keyId(KID)
        .privateKey(KEY.toRSAPrivateKey())
        .build();
    Map<String, Answer> answers = new LinkedHashMap<>();
    dev.nhsapi.core.auth.TokenEndpoint viaSandbox = new dev.nhsapi.core.auth.TokenEndpoint() {
      @Override
      public NhsEnvironment environment() {
        return NhsEnvironment.INTEGRATION;
      }

      @Override
      public TokenResponse request(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        Answer answer = endpoint.handle(FORM, body.toString(), environment().tokenUrl().toString());
        answers.put("token", answer);
        assertThat(answer.status()).as(answer.json()).isEqualTo(200);
        Map<String, Object> json = json(answer);
        return new TokenResponse((String) json.get("access_token"), (String) json.get("token_type"),
            Duration.ofSeconds(Long.parseLong((String) json.get("expires_in"))), null, null, null);
      }
    };

    Headers headers = credentials.headers(viaSandbox);

    String token = (String) json(answers.get("token")).get("access_token");
    assertThat(headers.get("Authorization")).isEqualTo("Bearer " + token);
    assertThat(endpoint.isValid(token)).isTrue();
  }

  @Test
  void answersLikeThePlatformOnSuccess() throws Exception {
    Answer answer = post(sign(header().build(), claims().build()));

    assertThat(answer.status()).isEqualTo(200);
    Map<String, Object> json = json(answer);
    assertThat(json).containsOnlyKeys("access_token", "expires_in", "token_type", "issued_at");
    assertThat(json.get("expires_in")).isEqualTo("599"); // a JSON string, as the platform sends it
    assertThat(json.get("token_type")).isEqualTo("Bearer");
    assertThat(json.get("issued_at")).isEqualTo(Long.toString(NOW.toEpochMilli()));
    assertThat((String) json.get("access_token")).matches("[A-Za-z0-9_-]{40,}");
  }

  @Test
  void acceptsTypInAnyCase() throws Exception {
    Answer answer = post(sign(header().type(new JOSEObjectType("jwt")).build(), claims().build()));

    assertThat(answer.status()).as(answer.json()).isEqualTo(200);
  }

  /**
   * The platform's order and limits: NHSDigital/identity-service-api,
   * proxies/live/apiproxy/resources/jsc/validate-client-assertion-claims.js (claims first, no skew on exp) and
   * proxies/live/apiproxy/proxies/default.xml (the jti recorded before the key, signature and aud checks).
   */
  @Test
  void allowsNoSkewOnExpiryButTenSecondsOnTheLongestLifetime() throws Exception {
    Answer expiredFiveSecondsAgo = post(sign(header().build(), claims().expirationTime(at(-5)).build()));
    Answer farAhead = post(sign(header().build(), claims().expirationTime(at(310)).build()));

    assertRefused(expiredFiveSecondsAgo, 400, "invalid_request",
        "Invalid 'exp' claim in client_assertion JWT - JWT has expired");
    assertThat(farAhead.status()).as(farAhead.json()).isEqualTo(200);
  }

  /** NHSDigital/identity-service-api, proxies/live/apiproxy/proxies/default.xml: the jti is recorded first. */
  @Test
  void aJtiFirstSentInAnAssertionRefusedForItsAudIsUsedUp() throws Exception {
    Answer wrongAud = post(sign(header().build(),
        claims().jwtID("fixed").audience(NhsEnvironment.SANDBOX.tokenUrl().toString()).build()));
    assertRefused(wrongAud, 401, "invalid_request", "Missing or invalid 'aud' claim in client_assertion JWT");

    assertRefused(post(sign(header().build(), claims().jwtID("fixed").build())), 400, "invalid_request",
        "Non-unique 'jti' claim in client_assertion JWT");
  }

  /** Where several rules fail, the platform's validate-client-assertion-claims.js reports the first in its order. */
  /** NHSDigital/identity-service-api, proxies/live/apiproxy/resources/jsc/validate-client-assertion-claims.js. */
  @Test
  void reportsTheRuleThePlatformReportsWhenSeveralFail() throws Exception {
    Answer expiredWithoutKid = post(sign(new JWSHeader.Builder(JWSAlgorithm.RS512).type(JOSEObjectType.JWT).build(),
        claims().expirationTime(at(-5)).build()));
    Answer unknownKidTenMinutesAhead = post(sign(header().keyID("test-2").build(),
        claims().expirationTime(at(600)).build()));
    Answer unknownKeyTenMinutesAhead = post(sign(header().build(),
        claims().issuer("unknown").subject("unknown").expirationTime(at(600)).build()));

    assertRefused(expiredWithoutKid, 400, "invalid_request",
        "Invalid 'exp' claim in client_assertion JWT - JWT has expired");
    assertRefused(unknownKidTenMinutesAhead, 400, "invalid_request",
        "Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future");
    assertRefused(unknownKeyTenMinutesAhead, 400, "invalid_request",
        "Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future");
  }

  @Test
  void refusesReplayedJti() throws Exception {
    String assertion = sign(header().build(), claims().build());

    assertThat(post(assertion).status()).isEqualTo(200);
    assertRefused(post(assertion), 400, "invalid_request", "Non-unique 'jti' claim in client_assertion JWT");
  }

  @Test
  void refusesReusedJtiInNewAssertion() throws Exception {
    assertThat(post(sign(header().build(), claims().jwtID("fixed").build())).status()).isEqualTo(200);

    Answer answer = post(sign(header().build(), claims().jwtID("fixed").expirationTime(at(200)).build()));

    assertRefused(answer, 400, "invalid_request", "Non-unique 'jti' claim in client_assertion JWT");
  }

  @Test
  void refusedAssertionDoesNotUseUpItsJti() throws Exception {
    post(sign(header().build(), claims().jwtID("fixed").expirationTime(at(400)).build()));

    Answer answer = post(sign(header().build(), claims().jwtID("fixed").build()));

    assertThat(answer.status()).as(answer.json()).isEqualTo(200);
  }

  @Test
  void tokenIsValidUntilItsLifetimePasses() throws Exception {
    String token = (String) json(post(sign(header().build(), claims().build()))).get("access_token");

    assertThat(endpoint.isValid(token)).isTrue();
    clock.advance(Duration.ofSeconds(598));
    assertThat(endpoint.isValid(token)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(endpoint.isValid(token)).isFalse();
  }

  @Test
  void tellsApplicationTokensFromHealthcareWorkerTokensWhileTheyLive() throws Exception {
    String application = (String) json(post(sign(header().build(), claims().build()))).get("access_token");
    String worker = endpoint.issueHealthcareWorkerToken();

    assertThat(endpoint.accessMode(application)).isEqualTo(AccessMode.APPLICATION_RESTRICTED);
    assertThat(endpoint.accessMode(worker)).isEqualTo(AccessMode.HEALTHCARE_WORKER);
    assertThat(endpoint.accessMode("made-up")).isNull();
    clock.advance(Duration.ofSeconds(599));
    assertThat(endpoint.accessMode(worker)).isNull();
    assertThat(endpoint.isValid(worker)).isFalse();
  }

  @Test
  void unknownTokenIsNotValid() {
    assertThat(endpoint.isValid("made-up")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAsThePlatformDoes(String rule, Supplier<Answer> request, int status, String error, String description) {
    assertRefused(request.get(), status, error, description);
  }

  Stream<Arguments> refusals() {
    String invalid = "invalid_request";
    return Stream.of(
        refusal("content type is JSON", () -> endpoint.handle("application/json", validForm(), TOKEN_URL),
            415, invalid, "Content-Type header must be application/x-www-form-urlencoded"),
        refusal("content type has a charset", () -> endpoint.handle(FORM + "; charset=UTF-8", validForm(), TOKEN_URL),
            415, invalid, "Content-Type header must be application/x-www-form-urlencoded"),
        refusal("content type is absent", () -> endpoint.handle("", validForm(), TOKEN_URL),
            415, invalid, "Content-Type header must be application/x-www-form-urlencoded"),
        refusal("grant_type is missing", () -> postForm(form(null, ASSERTION_TYPE, validAssertion())),
            400, invalid, "grant_type is missing"),
        refusal("grant_type is not client_credentials",
            () -> postForm(form("authorization_code", ASSERTION_TYPE, validAssertion())),
            400, "unsupported_grant_type", "grant_type is invalid"),
        refusal("client_assertion_type is missing", () -> postForm(form("client_credentials", null, validAssertion())),
            400, invalid,
            "Missing or invalid client_assertion_type - must be 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'"),
        refusal("client_assertion_type is wrong",
            () -> postForm(form("client_credentials", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer",
                validAssertion())),
            400, invalid,
            "Missing or invalid client_assertion_type - must be 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'"),
        refusal("client_assertion is missing", () -> postForm(form("client_credentials", ASSERTION_TYPE, null)),
            400, invalid, "Missing client_assertion"),
        refusal("client_assertion is not a JWT", () -> post("not-a-jwt"),
            400, invalid, "Malformed JWT in client_assertion"),
        refusal("client_assertion parts are not JSON", () -> post("not.a.jwt"),
            400, invalid, "Malformed JWT in client_assertion"),
        refusal("alg is missing", () -> post(unsigned(Map.of("typ", "JWT", "kid", KID), claims().build())),
            400, invalid, "Missing 'alg' header in client_assertion JWT"),
        refusal("alg is RS256", () -> post(sign(header(JWSAlgorithm.RS256).build(), claims().build())),
            400, invalid, "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'"),
        refusal("alg is none",
            () -> post(unsigned(Map.of("alg", "none", "typ", "JWT", "kid", KID), claims().build())),
            400, invalid, "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'"),
        refusal("kid is missing",
            () -> post(sign(new JWSHeader.Builder(JWSAlgorithm.RS512).type(JOSEObjectType.JWT).build(),
                claims().build())),
            400, invalid, "Missing 'kid' header in client_assertion JWT"),
        refusal("typ is missing",
            () -> post(sign(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KID).build(), claims().build())),
            400, invalid, "Invalid 'typ' header in client_assertion JWT - must be 'JWT'"),
        refusal("typ is JOSE", () -> post(sign(header().type(JOSEObjectType.JOSE).build(), claims().build())),
            400, invalid, "Invalid 'typ' header in client_assertion JWT - must be 'JWT'"),
        refusal("iss is missing", () -> post(sign(header().build(), claims().issuer(null).build())),
            400, invalid, "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT"),
        refusal("sub is missing", () -> post(sign(header().build(), claims().subject(null).build())),
            400, invalid, "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT"),
        refusal("sub differs from iss", () -> post(sign(header().build(), claims().subject("other").build())),
            400, invalid, "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT"),
        refusal("iss is not a registered API key",
            () -> post(sign(header().build(), claims().issuer("unknown").subject("unknown").build())),
            401, invalid, "Invalid 'iss'/'sub' claims in client_assertion JWT"),
        refusal("application has no public key",
            () -> post(sign(header().build(), claims().issuer("keyless-app").subject("keyless-app").build())),
            403, "public_key error",
            "You need to register a public key to use this authentication method - please contact support to configure"),
        refusal("kid matches no key", () -> post(sign(header().keyID("test-2").build(), claims().build())),
            401, invalid, "Invalid 'kid' header in client_assertion JWT - no matching public key"),
        refusal("signed with another key",
            () -> post(sign(header().build(), claims().build(), OTHER_KEY)),
            401, "public_key error", "JWT signature verification failed"),
        refusal("aud is another environment's token URL",
            () -> post(sign(header().build(),
                claims().audience(NhsEnvironment.SANDBOX.tokenUrl().toString()).build())),
            401, invalid, "Missing or invalid 'aud' claim in client_assertion JWT"),
        refusal("aud has a trailing slash",
            () -> post(sign(header().build(), claims().audience(TOKEN_URL + "/").build())),
            401, invalid, "Missing or invalid 'aud' claim in client_assertion JWT"),
        refusal("aud is missing", () -> post(sign(header().build(), claims().audience((String) null).build())),
            401, invalid, "Missing or invalid 'aud' claim in client_assertion JWT"),
        refusal("jti is missing", () -> post(sign(header().build(), claims().jwtID(null).build())),
            400, invalid, "Missing 'jti' claim in client_assertion JWT"),
        refusal("jti is a number", () -> post(sign(header().build(), claims().claim("jti", 12345).build())),
            400, invalid,
            "Invalid 'jti' claim in client_assertion JWT - must be a unique string value such as a GUID"),
        refusal("exp is missing", () -> post(sign(header().build(), claims().expirationTime(null).build())),
            400, invalid, "Missing 'exp' claim in client_assertion JWT"),
        refusal("exp is a string",
            () -> post(sign(header().build(),
                claims().claim("exp", Long.toString(NOW.getEpochSecond() + 200)).build())),
            400, invalid, "Invalid 'exp' claim in client_assertion JWT - must be an integer"),
        refusal("exp is a fraction",
            () -> post(sign(header().build(), claims().claim("exp", NOW.getEpochSecond() + 200.5).build())),
            400, invalid, "Invalid 'exp' claim in client_assertion JWT - must be an integer"),
        refusal("exp has passed", () -> post(sign(header().build(), claims().expirationTime(at(-1)).build())),
            400, invalid, "Invalid 'exp' claim in client_assertion JWT - JWT has expired"),
        refusal("exp is more than 5 minutes ahead",
            () -> post(sign(header().build(), claims().expirationTime(at(311)).build())),
            400, invalid, "Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future"));
  }

  static Arguments refusal(String rule, Supplier<Answer> request, int status, String error, String description) {
    return Arguments.of(rule, request, status, error, description);
  }

  static void assertRefused(Answer answer, int status, String error, String description) {
    assertThat(answer.status()).as(answer.json()).isEqualTo(status);
    Map<String, Object> json = json(answer);
    assertThat(json).containsOnlyKeys("error", "error_description", "message_id");
    assertThat(json.get("error")).isEqualTo(error);
    assertThat(json.get("error_description")).isEqualTo(description);
    assertThat((String) json.get("message_id")).startsWith("rrt-");
  }

  JWSHeader.Builder header() {
    return header(JWSAlgorithm.RS512);
  }

  static JWSHeader.Builder header(JWSAlgorithm alg) {
    return new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(KID);
  }

  JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(API_KEY)
        .subject(API_KEY)
        .audience(TOKEN_URL)
        .jwtID(UUID.randomUUID().toString())
        .expirationTime(at(290));
  }

  Date at(long secondsFromNow) {
    return Date.from(clock.instant().plusSeconds(secondsFromNow));
  }

  static String sign(JWSHeader header, JWTClaimsSet claims) {
    return sign(header, claims, KEY);
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
    return jwt.serialize();
  }

  /** A JWT whose header Nimbus would not build; the signature is junk. */
  static String unsigned(Map<String, Object> header, JWTClaimsSet claims) {
    return Base64URL.encode(JSONObjectUtils.toJSONString(header)) + "."
        + Base64URL.encode(claims.toString()) + "." + Base64URL.encode("junk");
  }

  String validAssertion() {
    return sign(header().build(), claims().build());
  }

  String validForm() {
    return form("client_credentials", ASSERTION_TYPE, validAssertion());
  }

  static String form(String grantType, String assertionType, String assertion) {
    StringJoiner body = new StringJoiner("&");
    if (grantType != null) {
      body.add("grant_type=" + encode(grantType));
    }
    if (assertionType != null) {
      body.add("client_assertion_type=" + encode(assertionType));
    }
    if (assertion != null) {
      body.add("client_assertion=" + encode(assertion));
    }
    return body.toString();
  }

  Answer post(String assertion) {
    return postForm(form("client_credentials", ASSERTION_TYPE, assertion));
  }

  Answer postForm(String body) {
    return endpoint.handle(FORM, body, TOKEN_URL);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static Map<String, Object> json(Answer answer) {
    try {
      return JSONObjectUtils.parse(answer.json());
    } catch (ParseException e) {
      throw new AssertionError(answer.json(), e);
    }
  }

  static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }
}
