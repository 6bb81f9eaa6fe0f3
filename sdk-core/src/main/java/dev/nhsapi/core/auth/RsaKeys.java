package dev.nhsapi.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
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
 * <p>PEM is parsed here, without Bouncy Castle: a small strict DER reader handles PKCS#8 ({@code PrivateKeyInfo})
 * and PKCS#1 ({@code RSAPrivateKey}). JWKs are parsed with Nimbus JOSE+JWT. The class is stateless and
 * thread-safe.
 */
final class RsaKeys {
  /** The smallest RSA modulus accepted, in bits. */
  static final int MIN_BITS = 2048;

  /** The largest RSA modulus the JDK's RSA provider accepts, in bits. */
  static final int MAX_BITS = 16384;

  /** Refuse files bigger than this; a PEM RSA key of the largest size is about 13 KB. */
  private static final long MAX_FILE_BYTES = 1024 * 1024;

  private static final String EXPECTED_PEM = "expected an unencrypted RSA private key in PEM form: "
      + "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)";

  private static final String EXPECTED_JWK =
      "expected an RSA private JWK ({\"kty\":\"RSA\",\"n\":...,\"e\":...,\"d\":...,\"p\":...}) "
          + "or a JWKS ({\"keys\":[...]}) holding one";

  private static final String ENCRYPTED = "encrypted keys are not supported; "
      + "decrypt with openssl pkcs8 -topk8 -nocrypt -in encrypted.pem -out key.pem";

  private static final String REQUIRES_RSA = "the NHS platform requires RSA (RS512)";

  private static final String RSA_OID = "1.2.840.113549.1.1.1";

  /** PEM labels are upper-case words; anything else is not a label we can name safely. */
  private static final Pattern LABEL = Pattern.compile("[A-Z0-9]+( [A-Z0-9]+)*");

  /** JWK {@code kty} and {@code kid} values are named in messages only when they look like identifiers. */
  private static final Pattern PRINTABLE_ID = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,100}");

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
  static RSAPrivateKey fromPem(String pem) {
    Objects.requireNonNull(pem, "pem == null");
    List<PemBlock> blocks = pemBlocks(pem);
    List<PemBlock> privateBlocks = new ArrayList<>();
    for (PemBlock block : blocks) {
      if (block.label().endsWith("PRIVATE KEY")) {
        privateBlocks.add(block);
      }
    }
    if (privateBlocks.size() > 1) {
      throw new IllegalArgumentException("found " + privateBlocks.size()
          + " private key blocks; expected exactly one, so that it is clear which key signs");
    }
    if (privateBlocks.isEmpty()) {
      throw new IllegalArgumentException(noPrivateKeyBlock(pem, blocks));
    }
    PemBlock block = privateBlocks.get(0);
    String found = "found " + block.banner();
    return switch (block.label()) {
      case "PRIVATE KEY" -> fromPkcs8(decodeBody(block), block);
      case "RSA PRIVATE KEY" -> fromPkcs1(decodeBody(block), block);
      case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(found + ": " + ENCRYPTED);
      case "EC PRIVATE KEY" -> throw new IllegalArgumentException(found + ", an EC key; " + REQUIRES_RSA);
      case "DSA PRIVATE KEY" -> throw new IllegalArgumentException(found + ", a DSA key; " + REQUIRES_RSA);
      case "OPENSSH PRIVATE KEY" -> throw new IllegalArgumentException(found + ", an OpenSSH-format key; if it is an "
          + "RSA key, convert it in place with ssh-keygen -p -m PEM -f <file>, which writes -----BEGIN RSA PRIVATE "
          + "KEY-----");
      default -> throw new IllegalArgumentException(found + "; " + EXPECTED_PEM);
    };
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
  static RSAPrivateKey fromPath(Path path) {
    Objects.requireNonNull(path, "path == null");
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(path + ": the file is too big to be a PEM private key; " + EXPECTED_PEM);
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the private key file " + path, e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(path + ": the file is binary, not PEM text (a DER or PKCS#12 file?); "
          + EXPECTED_PEM + ". Convert DER with openssl pkcs8 -inform DER -nocrypt -in key.der -out key.pem", null);
    }
    try {
      return fromPem(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), null);
    }
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
   * @throws IllegalArgumentException if the JSON is malformed; if no key, or more than one, matches
   *     {@code keyId} (the message names the kids present); if the key is not RSA, holds only the public key, is
   *     missing members, has numbers that do not agree, or is shorter than {@value #MIN_BITS} bits
   * @throws NullPointerException if {@code json} is null
   */
  static RSAPrivateKey fromJwk(String json, @Nullable String keyId) {
    Objects.requireNonNull(json, "json == null");
    if (!json.strip().startsWith("{")) {
      String hint = json.stripLeading().startsWith("-----BEGIN") ? "the text is PEM, not JSON; " : "";
      throw new IllegalArgumentException("malformed JSON, or not a JSON object; " + hint + EXPECTED_JWK);
    }
    Map<String, Object> object;
    try {
      object = JSONObjectUtils.parse(json);
    } catch (ParseException | RuntimeException e) {
      // Nimbus's parser reports errors as ParseException; catching RuntimeException too keeps the promise that
      // untrusted input yields only IllegalArgumentException (and the parser's message may quote the input).
      throw new IllegalArgumentException("malformed JSON; " + EXPECTED_JWK, null);
    }
    if (object == null) {
      throw new IllegalArgumentException("malformed JSON; " + EXPECTED_JWK);
    }
    Map<String, Object> jwk = object.containsKey("keys") ? selectFromJwks(object, keyId) : object;
    String kid = kid(jwk);
    if (!object.containsKey("keys") && keyId != null && kid != null && !kid.equals(keyId)) {
      throw new IllegalArgumentException("the JWK has kid " + quote(kid) + ", not " + quote(keyId)
          + "; the kid sent with the client assertion must name the key that signs it");
    }
    return fromJwkObject(jwk);
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
  static RSAPrivateKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
    Objects.requireNonNull(keyStore, "keyStore == null");
    Objects.requireNonNull(alias, "alias == null");
    Objects.requireNonNull(password, "password == null");
    Key key;
    try {
      if (!keyStore.containsAlias(alias)) {
        List<String> aliases = Collections.list(keyStore.aliases());
        Collections.sort(aliases);
        throw new IllegalArgumentException("the key store has no entry " + quote(alias)
            + "; its aliases are " + aliases);
      }
      if (!keyStore.isKeyEntry(alias)) {
        throw new IllegalArgumentException("the key store entry " + quote(alias)
            + " holds a certificate only, not a private key; expected a private key entry");
      }
      key = keyStore.getKey(alias, password);
    } catch (UnrecoverableKeyException e) {
      throw new IllegalArgumentException("cannot recover the key in entry " + quote(alias)
          + ": wrong password?", null);
    } catch (KeyStoreException e) {
      throw new IllegalArgumentException("the key store is not loaded; call KeyStore.load first", null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("cannot recover the key in entry " + quote(alias)
          + ": this JDK lacks the algorithm that protects it", null);
    }
    String entry = "the key store entry " + quote(alias);
    if (key == null) {
      throw new IllegalArgumentException(entry + " holds no key; expected an RSA private key entry");
    }
    if (key instanceof SecretKey) {
      throw new IllegalArgumentException(entry + " holds a secret key, not a private key; "
          + "expected an RSA private key entry");
    }
    if (key instanceof RSAPrivateKey rsa) {
      return checked(rsa);
    }
    if (key instanceof ECKey) {
      throw new IllegalArgumentException(entry + " holds an EC key; " + REQUIRES_RSA);
    }
    if (key instanceof PrivateKey && "RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException(entry + " holds an RSA key that does not expose its private exponent "
          + "(a hardware key?); expected an RSA private key the JDK can read");
    }
    throw new IllegalArgumentException(entry + " holds " + article(safeName(key.getAlgorithm())) + " key; "
        + REQUIRES_RSA);
  }

  /**
   * Returns the size of {@code key}'s modulus in bits.
   *
   * @param key an RSA private key
   * @return the modulus size, such as 2048 or 4096
   * @throws NullPointerException if {@code key} is null
   */
  static int keySizeBits(RSAPrivateKey key) {
    Objects.requireNonNull(key, "key == null");
    return key.getModulus().bitLength();
  }

  // ---------------------------------------------------------------------------------------------------------
  // PEM

  /**
   * One {@code -----BEGIN label-----} ... {@code -----END label-----} block.
   *
   * @param label the label, such as {@code PRIVATE KEY}
   * @param body the text between the two lines
   */
  private record PemBlock(String label, String body) {
    /** Returns the BEGIN line, which names the block in messages. */
    String banner() {
      return "-----BEGIN " + label + "-----";
    }
  }

  /** Finds the PEM blocks in {@code text}, in order; text outside them is ignored. */
  private static List<PemBlock> pemBlocks(String text) {
    List<PemBlock> blocks = new ArrayList<>();
    int from = 0;
    while (true) {
      int begin = text.indexOf("-----BEGIN ", from);
      if (begin < 0) {
        return blocks;
      }
      int labelStart = begin + "-----BEGIN ".length();
      int labelEnd = text.indexOf("-----", labelStart);
      String label = labelEnd < 0 ? "" : text.substring(labelStart, labelEnd);
      if (label.length() > 64 || !LABEL.matcher(label).matches()) {
        throw new IllegalArgumentException("found a malformed -----BEGIN line; " + EXPECTED_PEM);
      }
      String endLine = "-----END " + label + "-----";
      int bodyStart = labelEnd + "-----".length();
      int end = text.indexOf(endLine, bodyStart);
      if (end < 0) {
        throw new IllegalArgumentException("found -----BEGIN " + label + "----- without its matching "
            + endLine + " line; the text is truncated or edited");
      }
      blocks.add(new PemBlock(label, text.substring(bodyStart, end)));
      from = end + endLine.length();
    }
  }

  /** Explains why {@code text}, whose blocks are {@code blocks}, holds no private key. */
  private static String noPrivateKeyBlock(String text, List<PemBlock> blocks) {
    if (!blocks.isEmpty()) {
      String label = blocks.get(0).label();
      String what = switch (label) {
        case "PUBLIC KEY", "RSA PUBLIC KEY" -> "a public key, not a private key";
        case "CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CERTIFICATE" -> "a certificate, not a private key";
        case "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST" -> "a certificate request, not a private key";
        default -> "no private key";
      };
      return "found " + blocks.get(0).banner() + ", " + what + "; " + EXPECTED_PEM;
    }
    String start = text.stripLeading();
    if (start.startsWith("ssh-") || start.startsWith("ecdsa-sha2-")) {
      return "found an OpenSSH public key line, not a private key; " + EXPECTED_PEM;
    }
    if (start.startsWith("PuTTY-User-Key-File")) {
      return "found a PuTTY key; export it with puttygen key.ppk -O private-openssl -o key.pem; " + EXPECTED_PEM;
    }
    if (start.startsWith("{")) {
      return "found JSON (a JWK?), not PEM; " + EXPECTED_PEM;
    }
    return "found no PEM block; " + EXPECTED_PEM;
  }

  /** Decodes a block's base64 body, refusing RFC 1421 headers and anything that is not base64. */
  private static byte[] decodeBody(PemBlock block) {
    String body = block.body();
    if (body.contains(":")) {
      if (body.contains("Proc-Type") && body.contains("ENCRYPTED")) {
        throw new IllegalArgumentException("found " + block.banner() + " with a Proc-Type: 4,ENCRYPTED header: "
            + ENCRYPTED);
      }
      throw new IllegalArgumentException("found " + block.banner()
          + " with header lines; expected only base64 between the BEGIN and END lines");
    }
    StringBuilder base64 = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
        base64.append(c);
      }
    }
    if (base64.length() == 0) {
      throw new IllegalArgumentException("found " + block.banner() + " with nothing inside; " + EXPECTED_PEM);
    }
    try {
      return Base64.getDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character; ours does not.
      throw new IllegalArgumentException("found " + block.banner()
          + " whose body is not valid base64; the file is corrupt or was edited", null);
    }
  }

  /** Reads a PKCS#8 {@code PrivateKeyInfo} (RFC 5208, or RFC 5958 version 1) that should hold an RSA key. */
  private static RSAPrivateKey fromPkcs8(byte[] der, PemBlock block) {
    String oid;
    byte[] privateKey;
    try {
      DerReader top = new DerReader(der);
      DerReader info = top.sequence("PrivateKeyInfo");
      top.expectEnd("PrivateKeyInfo");
      BigInteger version = info.integer("version");
      if (!version.equals(BigInteger.ZERO) && !version.equals(BigInteger.ONE)) {
        throw new DerException("unknown version");
      }
      DerReader algorithm = info.sequence("privateKeyAlgorithm");
      oid = algorithm.oid("privateKeyAlgorithm");
      if (oid.equals(RSA_OID)) {
        if (algorithm.hasMore()) {
          algorithm.nullValue("rsaEncryption parameters");
        }
        algorithm.expectEnd("privateKeyAlgorithm");
      }
      privateKey = info.octetString("privateKey");
      while (info.hasMore()) {
        info.skipContextSpecific("attributes or publicKey");
      }
    } catch (DerException e) {
      throw corrupt(block, "a PKCS#8 PrivateKeyInfo", e);
    }
    String found = "found " + block.banner() + " holding ";
    return switch (oid) {
      case RSA_OID -> fromPkcs1(privateKey, block);
      case "1.2.840.10045.2.1" -> throw new IllegalArgumentException(found + "an EC key; " + REQUIRES_RSA);
      case "1.2.840.113549.1.1.10" -> throw new IllegalArgumentException(found
          + "an RSASSA-PSS key, which cannot sign RS512 (RSASSA-PKCS1-v1_5); create an rsaEncryption key with "
          + "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096");
      case "1.3.101.112", "1.3.101.113" -> throw new IllegalArgumentException(found + "an EdDSA key; " + REQUIRES_RSA);
      case "1.3.101.110", "1.3.101.111" -> throw new IllegalArgumentException(found + "an XDH key; " + REQUIRES_RSA);
      case "1.2.840.10040.4.1" -> throw new IllegalArgumentException(found + "a DSA key; " + REQUIRES_RSA);
      default -> throw new IllegalArgumentException(found + "a key of algorithm OID " + oid + "; " + REQUIRES_RSA);
    };
  }

  /** Reads a PKCS#1 {@code RSAPrivateKey} (RFC 8017 appendix A.1.2). */
  private static RSAPrivateKey fromPkcs1(byte[] der, PemBlock block) {
    RSAPrivateCrtKeySpec spec;
    try {
      DerReader top = new DerReader(der);
      DerReader key = top.sequence("RSAPrivateKey");
      top.expectEnd("RSAPrivateKey");
      BigInteger version = key.integer("version");
      if (version.equals(BigInteger.ONE)) {
        throw new IllegalArgumentException("found " + block.banner()
            + " holding a multi-prime RSA key, which is not supported; expected a two-prime RSA key");
      }
      if (!version.equals(BigInteger.ZERO)) {
        throw new DerException("unknown RSAPrivateKey version");
      }
      spec = new RSAPrivateCrtKeySpec(
          key.positiveInteger("modulus"),
          key.positiveInteger("publicExponent"),
          key.positiveInteger("privateExponent"),
          key.positiveInteger("prime1"),
          key.positiveInteger("prime2"),
          key.positiveInteger("exponent1"),
          key.positiveInteger("exponent2"),
          key.positiveInteger("coefficient"));
      key.expectEnd("RSAPrivateKey");
    } catch (DerException e) {
      throw corrupt(block, "an RSAPrivateKey", e);
    }
    return checked(spec);
  }

  /** Returns the exception for a block whose DER is not the {@code expected} structure. */
  private static IllegalArgumentException corrupt(PemBlock block, String expected, DerException e) {
    return new IllegalArgumentException("found " + block.banner() + " whose content is not " + expected
        + " (" + e.getMessage() + "); the file is truncated, corrupt or edited", null);
  }

  // ---------------------------------------------------------------------------------------------------------
  // JWK

  /** Chooses the member of the JWKS {@code jwks} whose kid is {@code keyId}. */
  private static Map<String, Object> selectFromJwks(Map<String, Object> jwks, @Nullable String keyId) {
    Map<String, Object>[] keys;
    try {
      keys = JSONObjectUtils.getJSONObjectArray(jwks, "keys");
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("the JWKS member \"keys\" is not an array of JWK objects; "
          + EXPECTED_JWK, null);
    }
    if (keys == null || keys.length == 0) {
      throw new IllegalArgumentException("the JWKS holds no keys; " + EXPECTED_JWK);
    }
    List<String> kids = new ArrayList<>();
    List<Map<String, Object>> matches = new ArrayList<>();
    for (Map<String, Object> key : keys) {
      String kid = kid(key);
      kids.add(kid == null ? "(no kid)" : quote(kid));
      if (keyId == null || keyId.equals(kid)) {
        matches.add(key);
      }
    }
    if (keyId == null && matches.size() > 1) {
      throw new IllegalArgumentException("the JWKS holds " + keys.length + " keys, with kids " + kids
          + "; name the one to use with its key id");
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("the JWKS has no key with kid " + quote(Objects.requireNonNull(keyId))
          + "; its kids are " + kids);
    }
    if (matches.size() > 1) {
      throw new IllegalArgumentException("the JWKS holds " + matches.size() + " keys with kid " + quote(Objects.requireNonNull(keyId))
          + "; expected exactly one");
    }
    return matches.get(0);
  }

  /** Returns the {@code kid} of {@code jwk}, or null if it has none or it is not a string. */
  private static @Nullable String kid(Map<String, Object> jwk) {
    return jwk.get("kid") instanceof String kid ? kid : null;
  }

  /** Reads one parsed JWK object. */
  private static RSAPrivateKey fromJwkObject(Map<String, Object> jwk) {
    Object kty = jwk.get("kty");
    if (!(kty instanceof String type)) {
      throw new IllegalArgumentException("the JWK has no \"kty\" member; " + EXPECTED_JWK);
    }
    if (!type.equals("RSA")) {
      String what = switch (type) {
        case "EC" -> "an EC key";
        case "OKP" -> "an OKP (EdDSA or XDH) key";
        case "oct" -> "a symmetric (oct) key";
        default -> "a key of type " + quote(type);
      };
      throw new IllegalArgumentException("the JWK is " + what + "; " + REQUIRES_RSA);
    }
    for (String member : List.of("n", "e")) {
      if (!(jwk.get(member) instanceof String)) {
        throw new IllegalArgumentException("the JWK's \"" + member + "\" member is missing or not a string; "
            + EXPECTED_JWK);
      }
    }
    if (!jwk.containsKey("d")) {
      throw new IllegalArgumentException("the JWK contains only the public key (it has no \"d\" member); "
          + "expected the private JWK, with members d, p, q, dp, dq and qi. The public JWK is the one you publish "
          + "in your JWKS; the private one stays with you");
    }
    RSAPrivateKey key;
    BigInteger publicExponent;
    try {
      RSAKey rsaKey = RSAKey.parse(jwk);
      publicExponent = rsaKey.getPublicExponent().decodeToBigInteger();
      key = rsaKey.toRSAPrivateKey();
    } catch (ParseException | JOSEException | RuntimeException e) {
      // Nimbus's messages may quote members; see the catch in fromJwk for why RuntimeException is caught.
      throw new IllegalArgumentException("the JWK is not a valid RSA private key: some members are missing or "
          + "malformed; " + EXPECTED_JWK, null);
    }
    if (key == null) {
      throw new IllegalArgumentException("the JWK contains only the public key; " + EXPECTED_JWK);
    }
    checkSize(key.getModulus());
    if (key instanceof RSAPrivateCrtKey crt) {
      return checked(crt);
    }
    // Only n, e and d: check that d undoes e.
    BigInteger n = key.getModulus();
    BigInteger message = BigInteger.TWO;
    if (publicExponent.signum() <= 0 || key.getPrivateExponent().signum() <= 0
        || !message.modPow(publicExponent, n).modPow(key.getPrivateExponent(), n).equals(message)) {
      throw inconsistent();
    }
    return key;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Checks shared by every format

  /** Checks the size and consistency of {@code key}, whose CRT numbers may be unavailable. */
  private static RSAPrivateKey checked(RSAPrivateKey key) {
    checkSize(key.getModulus());
    if (key instanceof RSAPrivateCrtKey crt) {
      checkConsistent(crt.getModulus(), crt.getPublicExponent(), crt.getPrivateExponent(), crt.getPrimeP(),
          crt.getPrimeQ(), crt.getPrimeExponentP(), crt.getPrimeExponentQ(), crt.getCrtCoefficient());
    }
    return key;
  }

  /** Checks {@code spec} and turns it into a key. */
  private static RSAPrivateKey checked(RSAPrivateCrtKeySpec spec) {
    checkSize(spec.getModulus());
    checkConsistent(spec.getModulus(), spec.getPublicExponent(), spec.getPrivateExponent(), spec.getPrimeP(),
        spec.getPrimeQ(), spec.getPrimeExponentP(), spec.getPrimeExponentQ(), spec.getCrtCoefficient());
    KeyFactory factory;
    try {
      factory = KeyFactory.getInstance("RSA");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no RSA KeyFactory", e);
    }
    try {
      if (factory.generatePrivate(spec) instanceof RSAPrivateKey key) {
        return key;
      }
    } catch (GeneralSecurityException e) {
      // Fall through: the JDK refused a key whose numbers agree, so say so without quoting them.
    }
    throw new IllegalArgumentException("the JDK's RSA provider refused the key; " + EXPECTED_PEM, null);
  }

  /** Refuses moduli outside [{@value #MIN_BITS}, {@value #MAX_BITS}] bits. */
  private static void checkSize(BigInteger modulus) {
    int bits = modulus.bitLength();
    if (bits < MIN_BITS) {
      throw new IllegalArgumentException("the RSA key is " + bits + " bits; the NHS platform needs at least "
          + MIN_BITS + ", and its tooling makes 4096-bit keys "
          + "(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096)");
    }
    if (bits > MAX_BITS) {
      throw new IllegalArgumentException("the RSA key is " + bits + " bits; the JDK supports at most " + MAX_BITS
          + ", and the NHS platform's tooling makes 4096-bit keys");
    }
  }

  /**
   * Checks that the numbers of a two-prime RSA key agree: n = pq, ed = 1 mod p-1 and q-1, the CRT exponents are
   * d mod p-1 and q-1, and the coefficient is the inverse of q mod p. Costs a few multiplications, and turns a
   * corrupt key into a clear error here rather than a signature the platform rejects.
   */
  private static void checkConsistent(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q,
      BigInteger dp, BigInteger dq, BigInteger qinv) {
    BigInteger one = BigInteger.ONE;
    for (BigInteger value : List.of(n, e, d, dp, dq, qinv)) {
      if (value.signum() <= 0) {
        throw inconsistent();
      }
    }
    if (p.compareTo(one) <= 0 || q.compareTo(one) <= 0) {
      throw inconsistent();
    }
    BigInteger p1 = p.subtract(one);
    BigInteger q1 = q.subtract(one);
    boolean agree = n.equals(p.multiply(q))
        && e.multiply(d).mod(p1).equals(one)
        && e.multiply(d).mod(q1).equals(one)
        && dp.equals(d.mod(p1))
        && dq.equals(d.mod(q1))
        && q.multiply(qinv).mod(p).equals(one);
    if (!agree) {
      throw inconsistent();
    }
  }

  /** Returns the exception for a key whose numbers do not agree. */
  private static IllegalArgumentException inconsistent() {
    return new IllegalArgumentException("the RSA key's numbers do not agree with each other (n, e, d and the CRT "
        + "values); the key is corrupt or was edited");
  }

  /** Quotes an identifier for a message, or describes it if it does not look like one. */
  private static String quote(String id) {
    return PRINTABLE_ID.matcher(id).matches() ? "\"" + id + "\"" : "(an unprintable or very long value)";
  }

  /** Returns {@code name} if it looks like an algorithm name, else a neutral word. */
  private static String safeName(@Nullable String name) {
    return name != null && PRINTABLE_ID.matcher(name).matches() ? name : "unknown-algorithm";
  }

  /** Prefixes {@code word} with "a" or "an". */
  private static String article(String word) {
    return ("AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  // ---------------------------------------------------------------------------------------------------------
  // DER

  /** A structural DER error; its message describes the structure, never the bytes. */
  private static final class DerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception, without a stack trace: it never leaves this class. */
    DerException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A strict reader of the DER subset that private keys use: definite minimal lengths, single-byte tags, minimal
   * integers, and no bytes left over.
   */
  private static final class DerReader {
    private final byte[] der;
    private final int end;
    private int pos;

    /** Reads all of {@code der}. */
    DerReader(byte[] der) {
      this(der, 0, der.length);
    }

    /** Reads {@code der} from {@code start} (inclusive) to {@code end} (exclusive). */
    private DerReader(byte[] der, int start, int end) {
      this.der = der;
      this.pos = start;
      this.end = end;
    }

    /** Returns whether bytes remain. */
    boolean hasMore() {
      return pos < end;
    }

    /** Fails unless every byte has been read. */
    void expectEnd(String what) throws DerException {
      if (pos != end) {
        throw new DerException("unexpected data after " + what);
      }
    }

    /** Reads a SEQUENCE and returns a reader of its contents. */
    DerReader sequence(String what) throws DerException {
      int length = header(0x30, "SEQUENCE", what);
      DerReader contents = new DerReader(der, pos, pos + length);
      pos += length;
      return contents;
    }

    /** Reads an INTEGER. */
    BigInteger integer(String what) throws DerException {
      int length = header(0x02, "INTEGER", what);
      if (length == 0) {
        throw new DerException("empty INTEGER for " + what);
      }
      if (length > 1 && ((der[pos] == 0 && der[pos + 1] >= 0) || (der[pos] == -1 && der[pos + 1] < 0))) {
        throw new DerException("INTEGER for " + what + " is not minimally encoded");
      }
      byte[] bytes = new byte[length];
      System.arraycopy(der, pos, bytes, 0, length);
      pos += length;
      return new BigInteger(bytes);
    }

    /** Reads an INTEGER that must be positive. */
    BigInteger positiveInteger(String what) throws DerException {
      BigInteger value = integer(what);
      if (value.signum() <= 0) {
        throw new DerException(what + " is not positive");
      }
      return value;
    }

    /** Reads an OBJECT IDENTIFIER in dotted form. */
    String oid(String what) throws DerException {
      int length = header(0x06, "OBJECT IDENTIFIER", what);
      if (length == 0 || length > 64) {
        throw new DerException("OBJECT IDENTIFIER for " + what + " has a bad length");
      }
      StringBuilder dotted = new StringBuilder();
      int stop = pos + length;
      boolean first = true;
      while (pos < stop) {
        if ((der[pos] & 0xff) == 0x80) {
          throw new DerException("OBJECT IDENTIFIER for " + what + " is not minimally encoded");
        }
        long value = 0;
        int b;
        do {
          if (pos >= stop || value > (Long.MAX_VALUE >> 7)) {
            throw new DerException("OBJECT IDENTIFIER for " + what + " is malformed");
          }
          b = der[pos++] & 0xff;
          value = (value << 7) | (b & 0x7f);
        } while ((b & 0x80) != 0);
        if (first) {
          long arc = Math.min(value / 40, 2);
          dotted.append(arc).append('.').append(value - 40 * arc);
          first = false;
        } else {
          dotted.append('.').append(value);
        }
      }
      return dotted.toString();
    }

    /** Reads an OCTET STRING. */
    byte[] octetString(String what) throws DerException {
      int length = header(0x04, "OCTET STRING", what);
      byte[] bytes = new byte[length];
      System.arraycopy(der, pos, bytes, 0, length);
      pos += length;
      return bytes;
    }

    /** Reads a NULL. */
    void nullValue(String what) throws DerException {
      if (header(0x05, "NULL", what) != 0) {
        throw new DerException("NULL for " + what + " has content");
      }
    }

    /** Skips one context-specific element ({@code [n]}), primitive or constructed. */
    void skipContextSpecific(String what) throws DerException {
      int tag = der[pos] & 0xff;
      if ((tag & 0xc0) != 0x80 || (tag & 0x1f) == 0x1f) {
        throw new DerException("unexpected element where " + what + " may follow");
      }
      int length = header(tag, "context-specific element", what);
      pos += length;
    }

    /** Reads a tag, which must be {@code tag}, and a length; returns the length and leaves pos at the contents. */
    private int header(int tag, String tagName, String what) throws DerException {
      if (end - pos < 2) {
        throw new DerException("truncated before the " + tagName + " for " + what);
      }
      if ((der[pos] & 0xff) != tag) {
        throw new DerException("expected " + article(tagName) + " for " + what);
      }
      pos++;
      int first = der[pos++] & 0xff;
      long length;
      if (first < 0x80) {
        length = first;
      } else {
        int count = first & 0x7f;
        if (count == 0 || count > 4) {
          throw new DerException("unsupported length encoding for " + what);
        }
        if (end - pos < count) {
          throw new DerException("truncated in the length of " + what);
        }
        if (der[pos] == 0) {
          throw new DerException("length of " + what + " is not minimally encoded");
        }
        length = 0;
        for (int i = 0; i < count; i++) {
          length = (length << 8) | (der[pos++] & 0xff);
        }
        if (length < 0x80) {
          throw new DerException("length of " + what + " is not minimally encoded");
        }
      }
      if (length > end - pos) {
        throw new DerException("truncated in " + what);
      }
      return (int) length;
    }
  }
}
