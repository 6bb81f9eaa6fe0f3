package dev.nhsapi.core.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.util.Objects;

/**
 * Makes the key material for {@link SignedJwtCredentials}: a new RSA key pair, and the public JWKS to register
 * with the application in the NHS developer portal.
 *
 * <pre>{@code
 * KeyPair pair = SigningKeys.generate();
 * String jwks = SigningKeys.publicJwks((RSAPrivateKey) pair.getPrivate(), "test-1"); // host this, register its URL
 * }</pre>
 *
 * <p>Keep one pair per application and environment; keep the private key in a secret store.
 */
public final class SigningKeys {
  /** The key size {@link #generate()} uses, the size of the platform's own tooling. */
  public static final int KEY_SIZE_BITS = 4096;

  private SigningKeys() {}

  /**
   * Generates a new {@value #KEY_SIZE_BITS}-bit RSA key pair. It takes about a second.
   *
   * @return the key pair; its private key is an {@link RSAPrivateCrtKey}
   */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE_BITS);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has an RSA KeyPairGenerator", e);
    }
  }

  /**
   * Returns the JWKS that publishes the public half of {@code privateKey} under {@code keyId}, as the platform
   * reads it: {@code {"keys":[{"kty":"RSA","e":..,"use":"sig","kid":..,"alg":"RS512","n":..}]}}. No private
   * member is ever written.
   *
   * @param privateKey an RSA private key in CRT form, as every PEM, JWK or key store loader and
   *     {@link #generate()} give
   * @param keyId the key id, the {@code kid} that {@link SignedJwtCredentials.Builder#keyId(String)} sends
   * @return the JWKS JSON
   * @throws IllegalArgumentException if the key id is blank, or the key is not in CRT form (it then lacks the
   *     public exponent)
   * @throws NullPointerException if an argument is null
   */
  public static String publicJwks(RSAPrivateKey privateKey, String keyId) {
    Objects.requireNonNull(privateKey, "privateKey == null");
    Objects.requireNonNull(keyId, "keyId == null");
    if (keyId.isBlank()) {
      throw new IllegalArgumentException("keyId is blank");
    }
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("the RSA key is not in CRT form, so it does not hold the public exponent");
    }
    RSAPublicKey publicKey;
    try {
      publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("every JDK has an RSA KeyFactory", e);
    }
    RSAKey jwk = new RSAKey.Builder(publicKey)
        .keyID(keyId)
        .algorithm(JWSAlgorithm.RS512)
        .keyUse(KeyUse.SIGNATURE)
        .build();
    // The builder never saw the private key, and toPublicJWK() keeps public members only.
    return new JWKSet(jwk.toPublicJWK()).toString();
  }
}
