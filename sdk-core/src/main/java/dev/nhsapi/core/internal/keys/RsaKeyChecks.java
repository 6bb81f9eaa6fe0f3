package dev.nhsapi.core.internal.keys;

import java.math.BigInteger;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks every loaded key passes, whatever its format (size, and that its numbers agree), and the wording the
 * readers share. Messages never quote key material.
 */
final class RsaKeyChecks {
  /** The smallest RSA modulus accepted, in bits. */
  static final int MIN_BITS = 2048;

  /** The largest RSA modulus the JDK's RSA provider accepts, in bits. */
  static final int MAX_BITS = 16384;

  static final String REQUIRES_RSA = "the NHS platform requires RSA (RS512)";

  static final String EXPECTED_PEM = "expected an unencrypted RSA private key in PEM form: "
      + "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)";

  /** Identifiers (JWK {@code kty} and {@code kid}, algorithm names) are named in messages only when they look so. */
  private static final Pattern PRINTABLE_ID = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,100}");

  private RsaKeyChecks() {}

  /** Checks the size of {@code key} and, if its CRT numbers are available, that they agree. */
  static RSAPrivateKey checked(RSAPrivateKey key) {
    checkSize(key.getModulus());
    if (key instanceof RSAPrivateCrtKey crt) {
      checkConsistent(crt.getModulus(), crt.getPublicExponent(), crt.getPrivateExponent(), crt.getPrimeP(),
          crt.getPrimeQ(), crt.getPrimeExponentP(), crt.getPrimeExponentQ(), crt.getCrtCoefficient());
    }
    return key;
  }

  /** Refuses moduli outside [{@value #MIN_BITS}, {@value #MAX_BITS}] bits. */
  static void checkSize(BigInteger modulus) {
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
  static IllegalArgumentException inconsistent() {
    return new IllegalArgumentException("the RSA key's numbers do not agree with each other (n, e, d and the CRT "
        + "values); the key is corrupt or was edited");
  }

  /** Quotes an identifier for a message, or describes it if it does not look like one. */
  static String quote(String id) {
    return PRINTABLE_ID.matcher(id).matches() ? "\"" + id + "\"" : "(an unprintable or very long value)";
  }

  /** Returns {@code name} if it looks like an algorithm name, else a neutral word. */
  static String safeName(@Nullable String name) {
    return name != null && PRINTABLE_ID.matcher(name).matches() ? name : "unknown-algorithm";
  }

  /** Prefixes {@code word} with "a" or "an". */
  static String article(String word) {
    return ("AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }
}
