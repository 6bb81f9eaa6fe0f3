package dev.nhsapi.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.internal.keys.RsaKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Application-restricted access with a signed JWT: OAuth 2.0 client credentials with {@code private_key_jwt},
 * the mode most NHS APIs require.
 *
 * <p>For each access token it signs a fresh client assertion exactly as the platform checks it: header
 * {@code alg} RS512, {@code typ} JWT and {@code kid}; claims {@code iss} = {@code sub} = the API key,
 * {@code aud} = the environment's exact token URL, a random UUID {@code jti}, and {@code exp} 290 s ahead (the
 * platform refuses more than 300 s). It posts the assertion to the token endpoint and caches the access token
 * per environment, refreshing it 60 s before expiry on one thread while other calls carry on; a 401 from an
 * API drops the token and the call is replayed once with a new one.
 *
 * <pre>{@code
 * Credentials credentials = SignedJwtCredentials.builder()
 *     .apiKey(System.getenv("NHS_API_KEY"))
 *     .keyId("test-1")
 *     .privateKey(Path.of("test-1.pem"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable in configuration and thread-safe; share one per application. Neither the key, the
 * API key, the assertions nor the tokens ever appear in {@link #toString()}, logs or exceptions.
 */
public final class SignedJwtCredentials implements Credentials {
  /** The longest assertion lifetime the platform accepts. */
  public static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);

  private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final String apiKey;
  private final String keyId;
  private final JWSSigner signer;
  private final Duration assertionLifetime;
  private final Duration refreshAhead;
  private final TokenCache cache;
  private final Clock clock;
  private final String apiKeyHash;
  private final ConcurrentMap<String, TokenSource> sources = new ConcurrentHashMap<>();

  private SignedJwtCredentials(Builder builder, JWSSigner signer) {
    this.apiKey = Objects.requireNonNull(builder.apiKey);
    this.keyId = Objects.requireNonNull(builder.keyId);
    this.signer = signer;
    this.assertionLifetime = builder.assertionLifetime;
    this.refreshAhead = builder.refreshAhead;
    this.cache = builder.cache;
    this.clock = builder.clock;
    this.apiKeyHash = sha256Hex(apiKey).substring(0, 16);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key id that assertions carry in their {@code kid} header.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  @Override
  public Headers headers(TokenEndpoint tokenEndpoint) {
    AccessToken token =
        source(tokenEndpoint.environment()).token(() -> fetch(tokenEndpoint), tokenEndpoint.timeLeft());
    return Headers.of("Authorization", "Bearer " + token.value());
  }

  @Override
  public boolean refreshAfterUnauthorized(Headers rejected) {
    String authorization = rejected.get("Authorization");
    String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    boolean any = false;
    for (TokenSource source : sources.values()) {
      any |= source.invalidate(token);
    }
    return any;
  }

  /** Drops the cached access token of every environment, from a shared {@link TokenCache} too. */
  @Override
  public void invalidate() {
    sources.values().forEach(TokenSource::invalidate);
  }

  private TokenSource source(NhsEnvironment environment) {
    String key = environment.tokenUrl() + "#" + apiKeyHash;
    return sources.computeIfAbsent(key, k -> new TokenSource(cache, k, refreshAhead, clock));
  }

  private AccessToken fetch(TokenEndpoint endpoint) {
    Instant now = clock.instant();
    String audience = endpoint.environment().tokenUrl().toString();
    TokenResponse response = endpoint.request(() -> {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "client_credentials");
      form.put("client_assertion_type", ASSERTION_TYPE);
      form.put("client_assertion", clientAssertion(audience));
      return form;
    });
    return new AccessToken(response.accessToken(), now, now.plus(response.expiresIn()));
  }

  /**
   * Signs a fresh client assertion for {@code audience}, with a new {@code jti} and {@code exp}: called for
   * each attempt of a token request, never reused. Also used by {@link TokenExchange}.
   *
   * @param audience the exact token URL the assertion will be posted to
   * @return the compact JWS
   */
  String clientAssertion(String audience) {
    Instant now = clock.instant();
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS512).type(JOSEObjectType.JWT).keyID(keyId).build();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(apiKey)
        .subject(apiKey)
        .audience(audience)
        .jwtID(UUID.randomUUID().toString())
        .expirationTime(Date.from(now.plus(assertionLifetime)))
        .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException | RuntimeException e) {
      throw new IllegalStateException("could not sign the client assertion (" + e.getClass().getSimpleName() + ")", e);
    }
    return jwt.serialize();
  }

  private static String sha256Hex(String value) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "SignedJwtCredentials[apiKey=***, kid=" + keyId + "]";
  }

  /** Builds {@link SignedJwtCredentials}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String apiKey;
    private @Nullable String keyId;
    private @Nullable RSAPrivateKey privateKey;
    private @Nullable AssertionSigner assertionSigner;
    private Duration assertionLifetime = Duration.ofSeconds(290);
    private Duration refreshAhead = Duration.ofSeconds(60);
    private TokenCache cache = TokenCache.inMemory();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the application's API key from the NHS developer portal; it is the assertion's {@code iss} and
     * {@code sub}. Required. Each environment has its own key: an integration key is refused by production.
     *
     * @param apiKey the API key
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     * @throws NullPointerException if {@code apiKey} is null
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the {@code kid} of the key in the JWKS registered for the application. Required.
     *
     * @param keyId the key id
     * @return this builder
     * @throws IllegalArgumentException if the key id is blank
     * @throws NullPointerException if {@code keyId} is null
     */
    public Builder keyId(String keyId) {
      Objects.requireNonNull(keyId, "keyId == null");
      if (keyId.isBlank()) {
        throw new IllegalArgumentException("keyId is blank");
      }
      this.keyId = keyId;
      return this;
    }

    /**
     * Sets the RSA private key that signs assertions.
     *
     * @param privateKey an RSA key of at least 2048 bits
     * @return this builder
     * @throws IllegalArgumentException if the key is shorter than 2048 bits
     * @throws NullPointerException if {@code privateKey} is null
     */
    public Builder privateKey(RSAPrivateKey privateKey) {
      Objects.requireNonNull(privateKey, "privateKey == null");
      if (RsaKeys.keySizeBits(privateKey) < RsaKeys.MIN_BITS) {
        throw new IllegalArgumentException("the RSA key has " + RsaKeys.keySizeBits(privateKey)
            + " bits; at least " + RsaKeys.MIN_BITS + " are required (the platform's tooling uses 4096)");
      }
      this.privateKey = privateKey;
      this.assertionSigner = null;
      return this;
    }

    /**
     * Loads the RSA private key from a PEM file: PKCS#8 ({@code BEGIN PRIVATE KEY}, what
     * {@code openssl genpkey} and the SDK's key generator write) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}).
     *
     * @param pemFile the PEM file
     * @return this builder
     * @throws IllegalArgumentException if the file holds no usable RSA private key of at least 2048 bits; the
     *     message names what was found (an encrypted, EC or public key, a certificate...) and what is expected
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws NullPointerException if {@code pemFile} is null
     */
    public Builder privateKey(Path pemFile) {
      return privateKey(RsaKeys.fromPath(pemFile));
    }

    /**
     * Loads the RSA private key from PEM text (PKCS#8 or PKCS#1), for keys kept in a secrets manager.
     *
     * @param pem the PEM text
     * @return this builder
     * @throws IllegalArgumentException if the text holds no usable RSA private key of at least 2048 bits
     * @throws NullPointerException if {@code pem} is null
     */
    public Builder privateKeyPem(String pem) {
      return privateKey(RsaKeys.fromPem(pem));
    }

    /**
     * Loads the RSA private key from a JWK, or from a JWKS holding private keys, in which case the key whose
     * {@code kid} equals {@link #keyId(String)} is used; call {@code keyId} first.
     *
     * @param json the JWK or JWKS JSON
     * @return this builder
     * @throws IllegalArgumentException if the JSON holds no matching RSA private key of at least 2048 bits
     * @throws NullPointerException if {@code json} is null
     */
    public Builder privateKeyJwk(String json) {
      return privateKey(RsaKeys.fromJwk(json, keyId));
    }

    /**
     * Takes the RSA private key from a {@link KeyStore} entry (PKCS#12 or JKS).
     *
     * @param keyStore the loaded key store
     * @param alias the entry's alias
     * @param password the entry's password
     * @return this builder
     * @throws IllegalArgumentException if the entry is missing, not an RSA private key, shorter than 2048 bits,
     *     or the password is wrong
     * @throws NullPointerException if an argument is null
     */
    public Builder keyStore(KeyStore keyStore, String alias, char[] password) {
      return privateKey(RsaKeys.fromKeyStore(keyStore, alias, password));
    }

    /**
     * Signs assertions with a callback instead of a key in memory, for keys in an HSM or cloud KMS.
     *
     * @param signer the RS512 signer
     * @return this builder
     * @throws NullPointerException if {@code signer} is null
     */
    public Builder signer(AssertionSigner signer) {
      this.assertionSigner = Objects.requireNonNull(signer, "signer == null");
      this.privateKey = null;
      return this;
    }

    /**
     * Sets how far ahead each assertion's {@code exp} lies. Default 290 s: the platform refuses more than
     * 300 s, and the margin absorbs a slightly fast clock.
     *
     * @param lifetime 1 to 300 seconds
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is not positive or exceeds 300 s
     * @throws NullPointerException if {@code lifetime} is null
     */
    public Builder assertionLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime == null");
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_ASSERTION_LIFETIME) > 0) {
        throw new IllegalArgumentException("assertion lifetime must be 1 to 300 seconds");
      }
      this.assertionLifetime = lifetime;
      return this;
    }

    /**
     * Sets how long before expiry the access token is refreshed. Default 60 s; for tokens shorter-lived than
     * twice this, refreshing starts at half their life.
     *
     * @param refreshAhead a duration, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     * @throws NullPointerException if {@code refreshAhead} is null
     */
    public Builder refreshAhead(Duration refreshAhead) {
      Objects.requireNonNull(refreshAhead, "refreshAhead == null");
      if (refreshAhead.isNegative()) {
        throw new IllegalArgumentException("refreshAhead is negative");
      }
      this.refreshAhead = refreshAhead;
      return this;
    }

    /**
     * Sets where access tokens are cached. Default: in memory, private to these credentials.
     *
     * @param cache the cache
     * @return this builder
     * @throws NullPointerException if {@code cache} is null
     */
    public Builder tokenCache(TokenCache cache) {
      this.cache = Objects.requireNonNull(cache, "cache == null");
      return this;
    }

    /** Sets the clock for {@code exp} and token expiry; for tests. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Returns the credentials.
     *
     * @return the credentials
     * @throws IllegalStateException if the API key, key id, or a private key or signer is missing
     */
    public SignedJwtCredentials build() {
      if (apiKey == null || keyId == null) {
        throw new IllegalStateException("apiKey and keyId are required");
      }
      JWSSigner signer;
      if (privateKey != null) {
        signer = new RSASSASigner(privateKey);
      } else if (assertionSigner != null) {
        signer = new CallbackSigner(assertionSigner);
      } else {
        throw new IllegalStateException("a private key or a signer is required");
      }
      return new SignedJwtCredentials(this, signer);
    }
  }

  /** Adapts an {@link AssertionSigner} to Nimbus. */
  private static final class CallbackSigner implements JWSSigner {
    private final AssertionSigner callback;
    private final JCAContext context = new JCAContext();

    CallbackSigner(AssertionSigner callback) {
      this.callback = callback;
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      byte[] signature = callback.sign(signingInput);
      if (signature == null || signature.length < 256) {
        throw new JOSEException("the signer returned no RS512 signature of a 2048-bit or longer key");
      }
      return Base64URL.encode(signature);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.RS512);
    }

    @Override
    public JCAContext getJCAContext() {
      return context;
    }
  }
}
