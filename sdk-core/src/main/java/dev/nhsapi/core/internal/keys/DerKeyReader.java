package dev.nhsapi.core.internal.keys;

import static dev.nhsapi.core.internal.keys.RsaKeyChecks.EXPECTED_PEM;
import static dev.nhsapi.core.internal.keys.RsaKeyChecks.REQUIRES_RSA;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * Reads the DER inside a PEM block, PKCS#8 ({@code PrivateKeyInfo}) or PKCS#1 ({@code RSAPrivateKey}), with the
 * JDK's {@code KeyFactory}. A PKCS#1 key goes to it inside the fixed PKCS#8 prefix (version 0 and the
 * {@code rsaEncryption} algorithm). Before that, {@link Der} frames the bytes and reads the fields that explain a
 * refusal: the algorithm of a key that is not RSA, a multi-prime key's version, a modulus the JDK cannot take.
 */
final class DerKeyReader {
  private static final String RSA_OID = "1.2.840.113549.1.1.1";

  /** {@code INTEGER 0}: PKCS#8's version. */
  private static final byte[] VERSION_0 = {Der.INTEGER, 0x01, 0x00};

  /** The {@code AlgorithmIdentifier} of {@code rsaEncryption}, with its NULL parameters. */
  private static final byte[] RSA_ENCRYPTION = {Der.SEQUENCE, 0x0d, Der.OBJECT_IDENTIFIER, 0x09, 0x2a, (byte) 0x86,
      0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  private DerKeyReader() {}

  /**
   * Reads a PKCS#8 {@code PrivateKeyInfo} (RFC 5208, or RFC 5958 version 1) that should hold an RSA key.
   *
   * @param banner the PEM block's BEGIN line, which names it in messages
   */
  static RSAPrivateKey fromPkcs8(byte[] der, String banner) {
    String oid;
    byte[] privateKey;
    try {
      Der.Element info = Der.read(der);
      oid = info.child(1, Der.SEQUENCE, "privateKeyAlgorithm")
          .child(0, Der.OBJECT_IDENTIFIER, "privateKeyAlgorithm")
          .oid();
      privateKey = info.child(2, Der.OCTET_STRING, "privateKey").contents();
    } catch (Der.Malformed e) {
      throw corrupt(banner, "a PKCS#8 PrivateKeyInfo", e);
    }
    String found = "found " + banner + " holding ";
    return switch (oid) {
      case RSA_OID -> {
        checkRsaPrivateKey(privateKey, banner);
        yield generate(der);
      }
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

  /**
   * Reads a PKCS#1 {@code RSAPrivateKey} (RFC 8017 appendix A.1.2).
   *
   * @param banner the PEM block's BEGIN line, which names it in messages
   */
  static RSAPrivateKey fromPkcs1(byte[] der, String banner) {
    checkRsaPrivateKey(der, banner);
    return generate(Der.encode(Der.SEQUENCE, VERSION_0, RSA_ENCRYPTION, Der.encode(Der.OCTET_STRING, der)));
  }

  /** Frames a PKCS#1 key and refuses what the JDK would refuse without saying why: other versions and sizes. */
  private static void checkRsaPrivateKey(byte[] der, String banner) {
    BigInteger version;
    BigInteger modulus;
    try {
      Der.Element key = Der.read(der);
      version = key.child(0, Der.INTEGER, "version").integer();
      modulus = key.child(1, Der.INTEGER, "modulus").integer();
    } catch (Der.Malformed e) {
      throw corrupt(banner, "an RSAPrivateKey", e);
    }
    if (version.equals(BigInteger.ONE)) {
      throw new IllegalArgumentException("found " + banner
          + " holding a multi-prime RSA key, which is not supported; expected a two-prime RSA key");
    }
    if (version.signum() != 0) {
      throw corrupt(banner, "an RSAPrivateKey", new Der.Malformed("an unknown version"));
    }
    RsaKeyChecks.checkSize(modulus);
  }

  /** Has the JDK's RSA provider read a PKCS#8 RSA key, then checks it. */
  private static RSAPrivateKey generate(byte[] pkcs8) {
    Object key;
    try {
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException | RuntimeException e) {
      // The provider's messages may quote the input, so they are dropped; the framing was checked already.
      throw new IllegalArgumentException("the JDK's RSA provider refused the key; " + EXPECTED_PEM, null);
    }
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw RsaKeyChecks.inconsistent(); // the JDK gives a key without CRT numbers only when some were zero
    }
    return RsaKeyChecks.checked(crt);
  }

  /** Returns the exception for a block whose DER is not the {@code expected} structure. */
  private static IllegalArgumentException corrupt(String banner, String expected, Der.Malformed e) {
    return new IllegalArgumentException("found " + banner + " whose content is not " + expected
        + " (" + e.getMessage() + "); the file is truncated, corrupt or edited", null);
  }
}
