package dev.nhsapi.core.internal.keys;

import static dev.nhsapi.core.internal.keys.RsaKeyChecks.REQUIRES_RSA;
import static dev.nhsapi.core.internal.keys.RsaKeyChecks.quote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigInteger;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSA private key from a JWK, or from a JWKS ({@code {"keys":[...]}}) with Nimbus's {@link JWKSet}, which
 * also chooses the key by {@code kid}.
 *
 * <p>Nimbus's parser messages may quote the input, so they are never passed on, and its failures, whatever their
 * type, become the {@link IllegalArgumentException}s this package promises for untrusted input.
 */
final class JwkReader {
  private static final String EXPECTED_JWK =
      "expected an RSA private JWK ({\"kty\":\"RSA\",\"n\":...,\"e\":...,\"d\":...,\"p\":...}) "
          + "or a JWKS ({\"keys\":[...]}) holding one";

  private JwkReader() {}

  /** See {@link RsaKeys#fromJwk(String, String)}. */
  static RSAPrivateKey fromJwk(String json, @Nullable String keyId) {
    if (!json.strip().startsWith("{")) {
      String hint = json.stripLeading().startsWith("-----BEGIN") ? "the text is PEM, not JSON; " : "";
      throw new IllegalArgumentException("malformed JSON, or not a JSON object; " + hint + EXPECTED_JWK);
    }
    Map<String, Object> object;
    try {
      object = JSONObjectUtils.parse(json);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("malformed JSON; " + EXPECTED_JWK, null);
    }
    RSAKey key = object.containsKey("keys") ? select(jwkSet(object), keyId) : single(object, keyId);
    return privateKey(key);
  }

  /** Parses a JWKS, refusing one that is not a non-empty set of valid JWKs. */
  private static JWKSet jwkSet(Map<String, Object> object) {
    if (!(object.get("keys") instanceof List<?> members) || !members.stream().allMatch(Map.class::isInstance)) {
      throw new IllegalArgumentException("the JWKS member \"keys\" is not an array of JWK objects; "
          + EXPECTED_JWK, null);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("the JWKS holds no keys; " + EXPECTED_JWK);
    }
    JWKSet set;
    try {
      set = JWKSet.parse(object);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("the JWKS holds a key that is not a valid JWK: some members are missing "
          + "or malformed; " + EXPECTED_JWK, null);
    }
    if (set.isEmpty()) { // Nimbus skips keys of types it does not know
      throw new IllegalArgumentException("the JWKS holds no key of a known type (kty); " + EXPECTED_JWK);
    }
    return set;
  }

  /** Chooses the member of {@code set} whose kid is {@code keyId}, or its only member if {@code keyId} is null. */
  private static RSAKey select(JWKSet set, @Nullable String keyId) {
    List<String> kids = new ArrayList<>();
    for (JWK jwk : set.getKeys()) {
      kids.add(jwk.getKeyID() == null ? "(no kid)" : quote(jwk.getKeyID()));
    }
    List<JWK> matches = keyId == null
        ? set.getKeys()
        : new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build()).select(set);
    if (keyId == null && matches.size() > 1) {
      throw new IllegalArgumentException("the JWKS holds " + matches.size() + " keys, with kids " + kids
          + "; name the one to use with its key id");
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("the JWKS has no key with kid " + quote(Objects.requireNonNull(keyId))
          + "; its kids are " + kids);
    }
    if (matches.size() > 1) {
      throw new IllegalArgumentException("the JWKS holds " + matches.size() + " keys with kid "
          + quote(Objects.requireNonNull(keyId)) + "; expected exactly one");
    }
    JWK jwk = matches.get(0);
    requireRsa(jwk.getKeyType().getValue());
    return (RSAKey) jwk;
  }

  /** Reads a single JWK, naming the member that is missing or the key type that is not RSA. */
  private static RSAKey single(Map<String, Object> jwk, @Nullable String keyId) {
    if (!(jwk.get("kty") instanceof String kty)) {
      throw new IllegalArgumentException("the JWK has no \"kty\" member; " + EXPECTED_JWK);
    }
    requireRsa(kty);
    for (String member : List.of("n", "e")) {
      if (!(jwk.get(member) instanceof String)) {
        throw new IllegalArgumentException("the JWK's \"" + member + "\" member is missing or not a string; "
            + EXPECTED_JWK);
      }
    }
    if (!jwk.containsKey("d")) {
      throw publicOnly();
    }
    if (keyId != null && jwk.get("kid") instanceof String kid && !kid.equals(keyId)) {
      throw new IllegalArgumentException("the JWK has kid " + quote(kid) + ", not " + quote(keyId)
          + "; the kid sent with the client assertion must name the key that signs it");
    }
    try {
      return RSAKey.parse(jwk);
    } catch (ParseException | RuntimeException e) {
      throw invalid();
    }
  }

  /** Refuses key types other than RSA, naming the type. */
  private static void requireRsa(String kty) {
    if (!kty.equals("RSA")) {
      String what = switch (kty) {
        case "EC" -> "an EC key";
        case "OKP" -> "an OKP (EdDSA or XDH) key";
        case "oct" -> "a symmetric (oct) key";
        default -> "a key of type " + quote(kty);
      };
      throw new IllegalArgumentException("the JWK is " + what + "; " + REQUIRES_RSA);
    }
  }

  /** Turns an RSA JWK into a checked private key. */
  private static RSAPrivateKey privateKey(RSAKey jwk) {
    RSAPrivateKey key;
    BigInteger publicExponent;
    try {
      publicExponent = jwk.getPublicExponent().decodeToBigInteger();
      key = jwk.toRSAPrivateKey();
    } catch (JOSEException | RuntimeException e) {
      throw invalid();
    }
    if (key == null) {
      throw publicOnly();
    }
    RsaKeyChecks.checked(key);
    if (key instanceof RSAPrivateCrtKey) {
      return key;
    }
    // Only n, e and d: check that d undoes e.
    BigInteger n = key.getModulus();
    BigInteger message = BigInteger.TWO;
    if (publicExponent.signum() <= 0 || key.getPrivateExponent().signum() <= 0
        || !message.modPow(publicExponent, n).modPow(key.getPrivateExponent(), n).equals(message)) {
      throw RsaKeyChecks.inconsistent();
    }
    return key;
  }

  private static IllegalArgumentException publicOnly() {
    return new IllegalArgumentException("the JWK contains only the public key (it has no \"d\" member); "
        + "expected the private JWK, with members d, p, q, dp, dq and qi. The public JWK is the one you publish "
        + "in your JWKS; the private one stays with you");
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("the JWK is not a valid RSA private key: some members are missing or "
        + "malformed; " + EXPECTED_JWK, null);
  }
}
