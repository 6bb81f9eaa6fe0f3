package dev.nhsapi.testing.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's {@code /oauth2/token} endpoint for the client-credentials grant with a signed JWT
 * ({@code private_key_jwt}): it checks a token request in the platform's order and answers with the platform's
 * statuses, {@code error} codes and {@code error_description} texts, or with an access token.
 *
 * <p>Applications are registered by API key with the public keys of their JWKS; an application registered with
 * no keys is refused as the platform refuses one without a JWKS endpoint. Issued tokens are random and can be
 * checked with {@link #isValid(String)} until they expire. A {@code jti} is remembered, until its assertion's
 * {@code exp}, once the claims pass, before the key, signature and audience are checked, as the platform does; so
 * a replayed assertion is refused even if the first attempt was.
 *
 * <p>Instances are thread-safe.
 */
public final class TokenEndpoint {
  /** The only content type the platform accepts, compared as a plain string. */
  static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

  /** The {@code client_assertion_type} of a signed JWT. */
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /**
   * The allowance the platform adds to the longest lifetime ({@code seconds_remaining > 310} is refused); it
   * allows no skew on expiry.
   */
  static final long SKEW_SECONDS = 10;

  /** The longest assertion lifetime the platform accepts, before the allowance. */
  static final long MAX_LIFETIME_SECONDS = 300;

  private static final String INVALID_REQUEST = "invalid_request";
  private static final String PUBLIC_KEY_ERROR = "public_key error";

  private final Clock clock;
  private final Duration tokenLifetime;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, JWKSet> applications = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Instant> usedJtis = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Issued> tokens = new ConcurrentHashMap<>();
  private final AtomicLong issuedCount = new AtomicLong();

  /**
   * Creates an endpoint with no registered applications.
   *
   * @param clock the clock for {@code exp} checks and token expiry
   * @param tokenLifetime how long issued tokens live; the platform issues 599 s
   * @throws IllegalArgumentException if the lifetime is shorter than one second
   * @throws NullPointerException if an argument is null
   */
  public TokenEndpoint(Clock clock, Duration tokenLifetime) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime == null");
    if (tokenLifetime.toSeconds() < 1) {
      throw new IllegalArgumentException("tokenLifetime must be at least one second");
    }
  }

  /**
   * Registers an application, or replaces its keys.
   *
   * @param apiKey the application's API key, the assertion's {@code iss} and {@code sub}
   * @param publicKeys the application's JWKS; empty if it has registered no key
   * @throws NullPointerException if an argument is null
   */
  public void register(String apiKey, JWKSet publicKeys) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(publicKeys, "publicKeys == null");
    applications.put(apiKey, publicKeys.toPublicJWKSet());
  }

  /**
   * Answers a token request.
   *
   * @param contentType the request's {@code Content-Type} header, or {@code ""} if it had none
   * @param formBody the raw {@code application/x-www-form-urlencoded} body
   * @param tokenUrl the exact URL the request was posted to, the audience the assertion must name
   * @return the status and JSON body to answer with
   * @throws NullPointerException if an argument is null
   */
  public Answer handle(String contentType, String formBody, String tokenUrl) {
    Objects.requireNonNull(contentType, "contentType == null");
    Objects.requireNonNull(formBody, "formBody == null");
    Objects.requireNonNull(tokenUrl, "tokenUrl == null");
    try {
      return issue(contentType, formBody, tokenUrl);
    } catch (Refusal refusal) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("error", refusal.error);
      json.put("error_description", refusal.description);
      json.put("message_id", messageId());
      return new Answer(refusal.status, JSONObjectUtils.toJSONString(json));
    }
  }

  /**
   * Returns whether an application is registered with {@code apiKey}.
   *
   * @param apiKey the API key
   * @return whether it is registered
   */
  public boolean isRegistered(String apiKey) {
    return applications.containsKey(apiKey);
  }

  /**
   * Returns whether {@code accessToken} was issued by this endpoint and has not expired.
   *
   * @param accessToken the bearer token
   * @return true if the token is known and unexpired
   * @throws NullPointerException if {@code accessToken} is null
   */
  public boolean isValid(String accessToken) {
    return accessMode(accessToken) != null;
  }

  /**
   * Returns the access mode of a token this endpoint issued and that has not expired.
   *
   * @param accessToken the bearer token
   * @return {@link AccessMode#APPLICATION_RESTRICTED} or {@link AccessMode#HEALTHCARE_WORKER}, or null if the
   *     token is unknown or expired
   * @throws NullPointerException if {@code accessToken} is null
   */
  public @Nullable AccessMode accessMode(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Issued issued = tokens.get(accessToken);
    if (issued == null) {
      return null;
    }
    if (clock.instant().isBefore(issued.expiry())) {
      return issued.mode();
    }
    tokens.remove(accessToken, issued);
    return null;
  }

  /**
   * Issues a user-restricted token for an NHS CIS2 healthcare worker, as the platform's authorization-code or
   * token-exchange flow would after the user signed in; it lives as long as the endpoint's other tokens.
   *
   * @return the access token
   */
  public String issueHealthcareWorkerToken() {
    return newToken(clock.instant(), AccessMode.HEALTHCARE_WORKER);
  }

  /**
   * Returns how many access tokens this endpoint has issued, of either access mode.
   *
   * @return the count, including expired tokens
   */
  public long issuedCount() {
    return issuedCount.get();
  }

  private Answer issue(String contentType, String formBody, String tokenUrl) throws Refusal {
    if (!FORM_CONTENT_TYPE.equals(contentType)) {
      throw new Refusal(415, INVALID_REQUEST, "Content-Type header must be application/x-www-form-urlencoded");
    }
    Map<String, String> form = parseForm(formBody);
    String grantType = form.get("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      throw new Refusal(400, INVALID_REQUEST, "grant_type is missing");
    }
    if (!grantType.equals("client_credentials")) {
      throw new Refusal(400, "unsupported_grant_type", "grant_type is invalid");
    }
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      throw invalid(400, "Missing or invalid client_assertion_type - must be '" + ASSERTION_TYPE + "'");
    }
    String assertion = form.get("client_assertion");
    if (assertion == null || assertion.isEmpty()) {
      throw invalid(400, "Missing client_assertion");
    }
    String[] parts = assertion.split("\\.", -1);
    if (parts.length != 3) {
      throw malformed();
    }
    Map<String, Object> header = jsonPart(parts[0]);
    Map<String, Object> claims = jsonPart(parts[1]);

    Object alg = header.get("alg");
    if (alg == null) {
      throw invalid(400, "Missing 'alg' header in client_assertion JWT");
    }
    if (!"RS512".equals(alg)) {
      throw invalid(400, "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'");
    }
    // The claims are checked in the order of the platform's validate-client-assertion-claims.js
    // (NHSDigital/identity-service-api, proxies/live/apiproxy/resources/jsc), which reports the first failure:
    // expiry (no skew) before a missing kid, and "more than 5 minutes" before any check of the key.
    Instant now = clock.instant();
    Object expClaim = claims.get("exp");
    Long exp = expClaim == null ? null : wholeNumber(expClaim);
    if (exp != null && now.toEpochMilli() > exp * 1000) {
      throw invalid(400, "Invalid 'exp' claim in client_assertion JWT - JWT has expired");
    }
    if (!(header.get("kid") instanceof String kid) || kid.isEmpty()) {
      throw invalid(400, "Missing 'kid' header in client_assertion JWT");
    }
    if (!(header.get("typ") instanceof String typ) || !typ.equalsIgnoreCase("JWT")) {
      throw invalid(400, "Invalid 'typ' header in client_assertion JWT - must be 'JWT'");
    }
    if (expClaim == null) {
      throw invalid(400, "Missing 'exp' claim in client_assertion JWT");
    }
    if (exp == null) {
      throw invalid(400, "Invalid 'exp' claim in client_assertion JWT - must be an integer");
    }
    if (!(claims.get("iss") instanceof String iss) || iss.isEmpty() || !iss.equals(claims.get("sub"))) {
      throw invalid(400, "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT");
    }
    Object jti = claims.get("jti");
    if (jti == null) {
      throw invalid(400, "Missing 'jti' claim in client_assertion JWT");
    }
    if (!(jti instanceof String jtiText) || jtiText.isEmpty()) {
      throw invalid(400,
          "Invalid 'jti' claim in client_assertion JWT - must be a unique string value such as a GUID");
    }
    forgetExpiredJtis(now);
    String jtiKey = iss + " " + jtiText;
    if (usedJtis.containsKey(jtiKey)) {
      throw invalid(400, "Non-unique 'jti' claim in client_assertion JWT");
    }
    if (exp - now.getEpochSecond() > MAX_LIFETIME_SECONDS + SKEW_SECONDS) {
      throw invalid(400, "Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future");
    }
    // The platform records the jti here (PopulateCache.JTIClaim), before the key, signature and aud checks, so
    // an assertion refused by any of those cannot be sent again either. It is remembered until it expires.
    if (usedJtis.putIfAbsent(jtiKey, Instant.ofEpochSecond(exp).plusSeconds(1)) != null) {
      throw invalid(400, "Non-unique 'jti' claim in client_assertion JWT");
    }

    JWKSet keys = applications.get(iss);
    if (keys == null) {
      throw invalid(401, "Invalid 'iss'/'sub' claims in client_assertion JWT");
    }
    if (keys.isEmpty()) {
      throw new Refusal(403, PUBLIC_KEY_ERROR,
          "You need to register a public key to use this authentication method - please contact support to configure");
    }
    JWK key = keys.getKeyByKeyId(kid);
    if (!(key instanceof RSAKey rsaKey)) {
      throw invalid(401, "Invalid 'kid' header in client_assertion JWT - no matching public key");
    }
    if (!verifies(assertion, rsaKey)) {
      throw new Refusal(401, PUBLIC_KEY_ERROR, "JWT signature verification failed");
    }
    if (!audienceIs(claims.get("aud"), tokenUrl)) {
      throw invalid(401, "Missing or invalid 'aud' claim in client_assertion JWT");
    }

    return token(now);
  }

  private Answer token(Instant now) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("access_token", newToken(now, AccessMode.APPLICATION_RESTRICTED));
    json.put("expires_in", Long.toString(tokenLifetime.toSeconds()));
    json.put("token_type", "Bearer");
    json.put("issued_at", Long.toString(now.toEpochMilli()));
    return new Answer(200, JSONObjectUtils.toJSONString(json));
  }

  private String newToken(Instant now, AccessMode mode) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String accessToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    forgetExpiredTokens(now);
    tokens.put(accessToken, new Issued(now.plus(tokenLifetime), mode));
    issuedCount.incrementAndGet();
    return accessToken;
  }

  private static boolean verifies(String assertion, RSAKey key) {
    try {
      return SignedJWT.parse(assertion).verify(new RSASSAVerifier(key));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return false;
    }
  }

  private static boolean audienceIs(@Nullable Object aud, String tokenUrl) {
    if (aud instanceof String text) {
      return text.equals(tokenUrl);
    }
    return aud instanceof List<?> list && list.size() == 1 && tokenUrl.equals(list.get(0));
  }

  /** Returns the claim as a whole number, or null if it is a string, a fraction or anything else. */
  private static @Nullable Long wholeNumber(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    return null;
  }

  private void forgetExpiredJtis(Instant now) {
    usedJtis.entrySet().removeIf(entry -> !entry.getValue().isAfter(now));
  }

  private void forgetExpiredTokens(Instant now) {
    tokens.entrySet().removeIf(entry -> !entry.getValue().expiry().isAfter(now));
  }

  private static Map<String, Object> jsonPart(String part) throws Refusal {
    try {
      return JSONObjectUtils.parse(new Base64URL(part).decodeToString());
    } catch (ParseException | RuntimeException e) {
      throw malformed();
    }
  }

  /** Decodes a form body; the first of repeated fields wins. */
  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        form.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a broken percent escape: the field is ignored, as if absent
      }
    }
    return form;
  }

  private String messageId() {
    return "rrt-" + Long.toUnsignedString(random.nextLong()) + "-a-gce-" + (random.nextInt(90000) + 10000);
  }

  private static Refusal malformed() {
    return invalid(400, "Malformed JWT in client_assertion");
  }

  private static Refusal invalid(int status, String description) {
    return new Refusal(status, INVALID_REQUEST, description);
  }

  /**
   * What the endpoint answers.
   *
   * @param status the HTTP status
   * @param json the JSON body: a token response, or {@code error}, {@code error_description} and
   *     {@code message_id}
   */
  public record Answer(int status, String json) {
    /**
     * Checks the parts.
     *
     * @param status the HTTP status
     * @param json the JSON body
     * @throws NullPointerException if {@code json} is null
     */
    public Answer {
      Objects.requireNonNull(json, "json == null");
    }
  }

  /** An issued access token's expiry and access mode. */
  private record Issued(Instant expiry, AccessMode mode) {}

  /** A refused request; control flow only, so it carries no stack trace. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    final int status;
    final String error;
    final String description;

    Refusal(int status, String error, String description) {
      super(description, null, false, false);
      this.status = status;
      this.error = error;
      this.description = description;
    }
  }
}
