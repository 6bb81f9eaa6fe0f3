package dev.nhsapi.core.internal.keys;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Loads the RSA private key that signs client assertions (the signed JWT of the NHS platform's
 * application-restricted access) from a PEM text, a PEM file, a JWK or JWKS, or a {@link KeyStore}.
 *
 * <p>Every loader returns a key of at least {@value #MIN_BITS} bits whose numbers have been checked to agree with
 * each other, so a corrupt or edited key fails here, with a message saying what was found and what is expected,
 * rather than as an unexplained {@code JWT signature verification failed} from the token endpoint.
 *
 * <p>Errors are {@link IllegalArgumentException}s (and {@link NullPointerException} for null arguments; file
 * read errors are {@link UncheckedIOException}s). Their messages never contain key material: no base64, no key
 * numbers and no passwords. For the same reason they carry no cause, since a parser's own message may quote its
 * input.
 *
 * <p>The JDK's {@code KeyFactory} reads PKCS#8 and PKCS#1 keys ({@link DerKeyReader}) once {@link PemReader} has
 * found them in the PEM text; Nimbus JOSE+JWT reads JWKs and chooses JWKS members ({@link JwkReader}). The class
 * is stateless and thread-safe.
 */
public final class RsaKeys {
  /** The smallest RSA modulus accepted, in bits. */
  public static final int MIN_BITS = RsaKeyChecks.MIN_BITS;

  private RsaKeys() {}

  /**
   * Reads an RSA private key from PEM text.
   *
   * <p>Accepts one {@code -----BEGIN PRIVATE KEY-----} (PKCS#8) or {@code -----BEGIN RSA PRIVATE KEY-----}
   * (PKCS#1) block, with LF or CRLF line endings and any text around it: an openssl {@code Bag Attributes}
   * preamble, comments, or certificate blocks (as {@code openssl pkcs12 -nodes} writes them) are ignored.
   *
   * @param pem the PEM text
   * @return the private key, at least {@value #MIN_BITS} bits
   * @throws IllegalArgumentException if the text holds no private key block or more than one; if the key is
   *     encrypted, not RSA (EC, DSA, EdDSA, OpenSSH), a public key or a certificate; if the base64 or DER is
   *     corrupt or truncated; if the key's numbers do not agree; or if the key is shorter than
   *     {@value #MIN_BITS} bits
   * @throws NullPointerException if {@code pem} is null
   */
  public static RSAPrivateKey fromPem(String pem) {
    Objects.requireNonNull(pem, "pem == null");
    return PemReader.fromPem(pem);
  }

  /**
   * Reads an RSA private key from a PEM file, as {@link #fromPem(String)} does.
   *
   * @param path the PEM file, UTF-8 (or ASCII) text
   * @return the private key, at least {@value #MIN_BITS} bits
   * @throws IllegalArgumentException if the file is not text, is too big to be a key, or holds no usable key (see
   *     {@link #fromPem(String)}); the message starts with the path
   * @throws UncheckedIOException if the file cannot be read; the message names the path, never the content
   * @throws NullPointerException if {@code path} is null
   */
  public static RSAPrivateKey fromPath(Path path) {
    Objects.requireNonNull(path, "path == null");
    return PemReader.fromPath(path);
  }

  /**
   * Reads an RSA private key from a JWK, or from a JWKS ({@code {"keys":[...]}}).
   *
   * <p>With a JWKS, the key whose {@code kid} equals {@code keyId} is chosen; when {@code keyId} is null the
   * set must hold exactly one key. With a single JWK that has a {@code kid}, a non-null {@code keyId} must equal
   * it, since signing with one key while naming another fails at the token endpoint.
   *
   * @param json the JWK or JWKS as JSON text
   * @param keyId the {@code kid} to choose, or null to take the only key
   * @return the private key, at least {@value #MIN_BITS} bits
   * @throws IllegalArgumentException if the JSON is malformed, or a JWKS holds a key that is not a valid JWK; if
   *     no key, or more than one, matches {@code keyId} (the message names the kids present); if the key is not
   *     RSA, holds only the public key, is missing members, has numbers that do not agree, or is shorter than
   *     {@value #MIN_BITS} bits
   * @throws NullPointerException if {@code json} is null
   */
  public static RSAPrivateKey fromJwk(String json, @Nullable String keyId) {
    Objects.requireNonNull(json, "json == null");
    return JwkReader.fromJwk(json, keyId);
  }

  /**
   * Reads an RSA private key from a {@link KeyStore} entry, such as one in a PKCS#12 file.
   *
   * @param keyStore a loaded key store
   * @param alias the entry's alias
   * @param password the entry's password
   * @return the private key, at least {@value #MIN_BITS} bits
   * @throws IllegalArgumentException if the store is not loaded; if there is no entry {@code alias}, or it holds
   *     only a certificate or a secret key; if the password is wrong; if the key is not RSA, or is shorter than
   *     {@value #MIN_BITS} bits. The message may name the alias, never the password
   * @throws NullPointerException if any argument is null
   */
  public static RSAPrivateKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
    Objects.requireNonNull(keyStore, "keyStore == null");
    Objects.requireNonNull(alias, "alias == null");
    Objects.requireNonNull(password, "password == null");
    return KeyStoreReader.fromKeyStore(keyStore, alias, password);
  }

  /**
   * Returns the size of {@code key}'s modulus in bits.
   *
   * @param key an RSA private key
   * @return the modulus size, such as 2048 or 4096
   * @throws NullPointerException if {@code key} is null
   */
  public static int keySizeBits(RSAPrivateKey key) {
    Objects.requireNonNull(key, "key == null");
    return key.getModulus().bitLength();
  }
}
