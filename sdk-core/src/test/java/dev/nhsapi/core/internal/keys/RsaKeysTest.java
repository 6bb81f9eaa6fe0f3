package dev.nhsapi.core.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaKeysTest {
  private static final String PASSWORD = "s3cret-Passw0rd";

  private static KeyPair rsa;
  private static KeyPair otherRsa;
  private static KeyPair shortRsa;
  private static KeyPair ec;
  private static RSAPrivateCrtKey key;
  private static Certificate certificate;

  @BeforeAll
  static void generateKeys() throws GeneralSecurityException {
    KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
    rsaGenerator.initialize(2048);
    rsa = rsaGenerator.generateKeyPair();
    otherRsa = rsaGenerator.generateKeyPair();
    rsaGenerator.initialize(1024);
    shortRsa = rsaGenerator.generateKeyPair();
    KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
    ecGenerator.initialize(256);
    ec = ecGenerator.generateKeyPair();
    key = (RSAPrivateCrtKey) rsa.getPrivate();
    certificate = selfSigned(rsa, "SHA256withRSA", SHA256_WITH_RSA);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Accepted PEM

  @Test
  void readsPkcs8Pem() {
    assertSameKey(RsaKeys.fromPem(pem("PRIVATE KEY", key.getEncoded())));
  }

  @Test
  void readsPkcs1Pem() {
    assertSameKey(RsaKeys.fromPem(pem("RSA PRIVATE KEY", pkcs1(key))));
  }

  @Test
  void readsPemWithCrlfLineEndingsAndOtherLineWidths() {
    assertSameKey(RsaKeys.fromPem(pem("PRIVATE KEY", key.getEncoded(), "\r\n", 64)));
    assertSameKey(RsaKeys.fromPem(pem("RSA PRIVATE KEY", pkcs1(key), "\r\n", 76)));
    assertSameKey(RsaKeys.fromPem(pem("PRIVATE KEY", key.getEncoded(), "\n", 100_000)));
  }

  @Test
  void ignoresWhitespaceAndTextAroundTheBlock() {
    String body = pem("PRIVATE KEY", key.getEncoded());
    assertSameKey(RsaKeys.fromPem("\n\n   \t" + body + "   \n\n"));
    assertSameKey(RsaKeys.fromPem("# the signing key for our app\r\n" + body.replace("\n", "\r\n") + "end of file"));
  }

  @Test
  void readsOpensslPkcs12OutputWithBagAttributesAndACertificate() throws Exception {
    String exported = "Bag Attributes\n"
        + "    localKeyID: 01 00 00 00\n"
        + "    friendlyName: nhsapi-test\n"
        + "Key Attributes: <No Attributes>\n"
        + pem("PRIVATE KEY", key.getEncoded())
        + "Bag Attributes\n"
        + "    localKeyID: 01 00 00 00\n"
        + "subject=CN = nhsapi-test\n"
        + "issuer=CN = nhsapi-test\n"
        + pem("CERTIFICATE", certificate.getEncoded());
    assertSameKey(RsaKeys.fromPem(exported));
  }

  @Test
  void readsPkcs8WithRfc5958VersionAndPublicKey() {
    // OneAsymmetricKey (RFC 5958): version 1, then the private key, then [1] publicKey.
    byte[] rsaAlgorithm = seq(oid("1.2.840.113549.1.1.1"), new byte[] {0x05, 0x00});
    byte[] publicKey = tlv(0x81, concat(new byte[] {0}, pkcs1Public((RSAPublicKey) rsa.getPublic())));
    byte[] der = seq(integer(BigInteger.ONE), rsaAlgorithm, tlv(0x04, pkcs1(key)), publicKey);
    assertSameKey(RsaKeys.fromPem(pem("PRIVATE KEY", der)));
  }

  @Test
  void readsAPemFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("key.pem");
    Files.writeString(file, pem("RSA PRIVATE KEY", pkcs1(key)));
    assertSameKey(RsaKeys.fromPath(file));
  }

  @Test
  void reportsKeySize() {
    assertThat(RsaKeys.keySizeBits(key)).isEqualTo(2048);
    assertThat(RsaKeys.keySizeBits((RSAPrivateKey) shortRsa.getPrivate())).isEqualTo(1024);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rejected PEM

  @Test
  void rejectsEncryptedPkcs8() {
    assertRejected(pem("ENCRYPTED PRIVATE KEY", key.getEncoded()),
        "ENCRYPTED PRIVATE KEY", "encrypted keys are not supported; decrypt with openssl pkcs8 -topk8 -nocrypt");
  }

  @Test
  void rejectsTraditionallyEncryptedPkcs1() {
    String encrypted = "-----BEGIN RSA PRIVATE KEY-----\n"
        + "Proc-Type: 4,ENCRYPTED\n"
        + "DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs1(key))
        + "\n-----END RSA PRIVATE KEY-----\n";
    assertRejected(encrypted, "encrypted keys are not supported; decrypt with openssl pkcs8 -topk8 -nocrypt");
  }

  @Test
  void rejectsSec1EcKey() {
    assertRejected(pem("EC PRIVATE KEY", ec.getPrivate().getEncoded()),
        "EC PRIVATE KEY", "an EC key; the NHS platform requires RSA (RS512)");
  }

  @Test
  void rejectsPkcs8EcKey() {
    assertRejected(pem("PRIVATE KEY", ec.getPrivate().getEncoded()),
        "an EC key; the NHS platform requires RSA (RS512)");
  }

  @Test
  void rejectsPkcs8EdDsaKey() throws GeneralSecurityException {
    PrivateKey ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
    assertRejected(pem("PRIVATE KEY", ed25519.getEncoded()), "an EdDSA key; the NHS platform requires RSA (RS512)");
  }

  @Test
  void rejectsRsassaPssKeyBecauseItCannotSignRs512() throws GeneralSecurityException {
    KeyPairGenerator pss = KeyPairGenerator.getInstance("RSASSA-PSS");
    pss.initialize(2048);
    assertRejected(pem("PRIVATE KEY", pss.generateKeyPair().getPrivate().getEncoded()),
        "RSASSA-PSS", "cannot sign RS512");
  }

  @Test
  void rejectsPublicKey() {
    assertRejected(pem("PUBLIC KEY", rsa.getPublic().getEncoded()),
        "BEGIN PUBLIC KEY", "a public key, not a private key", "BEGIN PRIVATE KEY");
  }

  @Test
  void rejectsCertificate() throws Exception {
    assertRejected(pem("CERTIFICATE", certificate.getEncoded()),
        "BEGIN CERTIFICATE", "a certificate, not a private key", "BEGIN RSA PRIVATE KEY");
  }

  @Test
  void rejectsOpenSshKeys() {
    assertRejected("""
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==
        -----END OPENSSH PRIVATE KEY-----
        """, "OpenSSH", "ssh-keygen -p -m PEM");
    assertRejected("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host\n", "OpenSSH public key", "not a private key");
  }

  @Test
  void rejectsDsaKey() {
    assertRejected(pem("DSA PRIVATE KEY", key.getEncoded()), "a DSA key; the NHS platform requires RSA (RS512)");
  }

  @Test
  void rejectsTextWithoutPem() {
    assertRejected("", "found no PEM block", "BEGIN PRIVATE KEY");
    assertRejected("not a key at all", "found no PEM block", "BEGIN RSA PRIVATE KEY");
    assertRejected("{\"kty\":\"RSA\"}", "found JSON");
  }

  @Test
  void rejectsCorruptBase64() {
    String good = pem("PRIVATE KEY", key.getEncoded());
    int middle = good.indexOf('\n', 200) + 10;
    assertRejected(good.substring(0, middle) + "*" + good.substring(middle + 1), "not valid base64");
    assertRejected(good.substring(0, middle) + "=" + good.substring(middle + 1), "not valid base64");
  }

  @Test
  void rejectsTruncatedDer() {
    byte[] der = key.getEncoded();
    byte[] half = Arrays.copyOf(der, der.length / 2);
    assertRejected(pem("PRIVATE KEY", half), "not a PKCS#8 PrivateKeyInfo", "truncated");
    byte[] pkcs1 = pkcs1(key);
    assertRejected(pem("RSA PRIVATE KEY", Arrays.copyOf(pkcs1, pkcs1.length - 1)),
        "not an RSAPrivateKey", "truncated");
  }

  @Test
  void rejectsDataAfterTheKey() {
    assertRejected(pem("PRIVATE KEY", concat(key.getEncoded(), new byte[] {0, 0})), "unexpected data after");
  }

  @Test
  void rejectsTruncatedText() {
    String good = pem("PRIVATE KEY", key.getEncoded());
    assertRejected(good.substring(0, good.length() / 2), "without its matching -----END PRIVATE KEY----- line");
  }

  @Test
  void rejectsMoreThanOnePrivateKey() {
    assertRejected(pem("PRIVATE KEY", key.getEncoded()) + pem("PRIVATE KEY", otherRsa.getPrivate().getEncoded()),
        "found 2 private key blocks; expected exactly one");
  }

  @Test
  void rejectsKeysShorterThan2048Bits() {
    assertRejected(pem("PRIVATE KEY", shortRsa.getPrivate().getEncoded()), "1024 bits", "at least 2048", "4096");
  }

  @Test
  void rejectsKeysWhoseNumbersDoNotAgree() {
    RSAPrivateCrtKey k = key;
    byte[] tampered = seq(integer(BigInteger.ZERO), integer(k.getModulus()), integer(k.getPublicExponent()),
        integer(k.getPrivateExponent().add(BigInteger.TWO)), integer(k.getPrimeP()), integer(k.getPrimeQ()),
        integer(k.getPrimeExponentP()), integer(k.getPrimeExponentQ()), integer(k.getCrtCoefficient()));
    assertRejected(pem("RSA PRIVATE KEY", tampered), "do not agree", "corrupt");
  }

  @Test
  void rejectsMultiPrimeKeys() {
    byte[] contents = unwrap(pkcs1(key));
    // Replace the version, INTEGER 0 (02 01 00), by INTEGER 1.
    byte[] version1 = seq(integer(BigInteger.ONE), Arrays.copyOfRange(contents, 3, contents.length));
    assertRejected(pem("RSA PRIVATE KEY", version1), "multi-prime");
  }

  @Test
  void rejectsNonMinimalDer() {
    // A length in long form where the short form fits.
    byte[] nonMinimal = concat(new byte[] {0x30, (byte) 0x81, 0x03}, integer(BigInteger.ZERO));
    assertRejected(pem("RSA PRIVATE KEY", nonMinimal), "not minimally encoded");
  }

  @Test
  void rejectsBinaryFilesAndReportsMissingFilesWithThePath(@TempDir Path dir) throws Exception {
    Path der = dir.resolve("key.der");
    Files.write(der, key.getEncoded());
    assertThatThrownBy(() -> RsaKeys.fromPath(der))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(der.toString())
        .hasMessageContaining("binary")
        .satisfies(e -> assertNoKeyMaterial(e, key));

    Path missing = dir.resolve("missing.pem");
    assertThatThrownBy(() -> RsaKeys.fromPath(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read the private key file " + missing + ": not found; check the path");
    assertThatThrownBy(() -> RsaKeys.fromPath(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the private key file " + dir + ": it is a directory; give the path of the PEM file"
            + " itself");

    Path publicOnly = dir.resolve("public.pem");
    Files.writeString(publicOnly, pem("PUBLIC KEY", rsa.getPublic().getEncoded()));
    assertThatThrownBy(() -> RsaKeys.fromPath(publicOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(publicOnly.toString())
        .hasMessageContaining("a public key, not a private key");
  }

  @Test
  void namesAnUnknownKeyAlgorithmByItsOid() {
    byte[] der = seq(integer(BigInteger.ZERO), seq(oid("1.2.3.4"), new byte[] {0x05, 0x00}), tlv(0x04, pkcs1(key)));
    assertRejected(pem("PRIVATE KEY", der), "a key of algorithm OID 1.2.3.4");
  }

  @Test
  void rejectsAnUnknownPkcs1Version() {
    byte[] contents = unwrap(pkcs1(key));
    byte[] version2 = seq(integer(BigInteger.TWO), Arrays.copyOfRange(contents, 3, contents.length));
    assertRejected(pem("RSA PRIVATE KEY", version2), "not an RSAPrivateKey", "unknown version");
  }

  @Test
  void rejectsAKeyWithoutItsCrtNumbers() {
    // The JDK reads zero CRT numbers as "absent" and gives a key that cannot be checked: refused as corrupt.
    RSAPrivateCrtKey k = key;
    byte[] zero = integer(BigInteger.ZERO);
    byte[] withoutCrt = seq(zero, integer(k.getModulus()), integer(k.getPublicExponent()),
        integer(k.getPrivateExponent()), zero, zero, zero, zero, zero);
    assertRejected(pem("RSA PRIVATE KEY", withoutCrt), "do not agree", "corrupt");
  }

  @Test
  void rejectsKeysLongerThanTheJdkSupportsBeforeTheJdkReadsThem() {
    BigInteger huge = BigInteger.ONE.shiftLeft(16400).add(BigInteger.ONE);
    byte[] one = integer(BigInteger.ONE);
    byte[] der = seq(integer(BigInteger.ZERO), integer(huge), one, one, one, one, one, one, one);
    assertRejected(pem("RSA PRIVATE KEY", der), "16401 bits", "at most 16384");
  }

  @Test
  void reportsAKeyTheJdkRefusesWithoutItsMessage() {
    // Framed well and named RSA, but PKCS#8 has no version 5: the JDK's RSA provider refuses it.
    byte[] der = seq(integer(BigInteger.valueOf(5)), seq(oid("1.2.840.113549.1.1.1"), new byte[] {0x05, 0x00}),
        tlv(0x04, pkcs1(key)));
    assertRejected(pem("PRIVATE KEY", der), "the JDK's RSA provider refused the key", "BEGIN PRIVATE KEY");
  }

  @Test
  void rejectsAPrivateKeyInfoWithoutItsAlgorithm() {
    byte[] der = seq(integer(BigInteger.ZERO), tlv(0x04, pkcs1(key)));
    assertRejected(pem("PRIVATE KEY", der), "not a PKCS#8 PrivateKeyInfo",
        "expected a SEQUENCE for privateKeyAlgorithm");
  }

  @Test
  void mutatedPemsFailOnlyWithIllegalArgumentExceptionAndNeverQuoteTheKey() {
    Random random = new Random(20240601L);
    String good = pem("PRIVATE KEY", key.getEncoded());
    String goodPkcs1 = pem("RSA PRIVATE KEY", pkcs1(key));
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n*";
    int rejected = 0;
    for (int i = 0; i < 240; i++) {
      String source = i % 2 == 0 ? good : goodPkcs1;
      String mutated = switch (i % 4) {
        case 0, 1 -> {
          // Flip one to three characters.
          char[] chars = source.toCharArray();
          for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
            chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
          }
          yield new String(chars);
        }
        case 2 -> source.substring(0, random.nextInt(source.length()));
        default -> {
          byte[] der = i % 8 == 3 ? key.getEncoded() : pkcs1(key);
          byte[] cut = Arrays.copyOf(der, random.nextInt(der.length));
          if (cut.length > 0 && random.nextBoolean()) {
            cut[random.nextInt(cut.length)] ^= (byte) (1 << random.nextInt(8));
          }
          yield pem(i % 8 == 3 ? "PRIVATE KEY" : "RSA PRIVATE KEY", cut);
        }
      };
      try {
        assertSameKey(RsaKeys.fromPem(mutated));
      } catch (IllegalArgumentException e) {
        rejected++;
        assertNoKeyMaterial(e, key);
      } catch (RuntimeException e) {
        fail("mutation " + i + " threw " + e, e);
      }
    }
    assertThat(rejected).isGreaterThan(200);
  }

  // ---------------------------------------------------------------------------------------------------------
  // JWK and JWKS

  @Test
  void readsPrivateJwk() {
    assertSameKey(RsaKeys.fromJwk(privateJwk(rsa, "k1").toJSONString(), null));
    assertSameKey(RsaKeys.fromJwk(privateJwk(rsa, "k1").toJSONString(), "k1"));
  }

  @Test
  void readsPrivateJwkWithoutCrtMembers() {
    RSAKey full = privateJwk(rsa, "k1");
    String json = new RSAKey.Builder(full.getModulus(), full.getPublicExponent())
        .privateExponent(full.getPrivateExponent())
        .build()
        .toJSONString();
    assertSameKey(RsaKeys.fromJwk(json, null));
  }

  @Test
  void choosesTheJwksKeyByKid() {
    String jwks = new JWKSet(List.<JWK>of(privateJwk(otherRsa, "k0"), privateJwk(rsa, "k1"))).toString(false);
    assertSameKey(RsaKeys.fromJwk(jwks, "k1"));
    assertThat(RsaKeys.fromJwk(jwks, "k0").getModulus())
        .isEqualTo(((RSAPrivateKey) otherRsa.getPrivate()).getModulus());
  }

  @Test
  void takesTheOnlyKeyOfAJwksWhenNoKidIsGiven() {
    assertSameKey(RsaKeys.fromJwk(new JWKSet(privateJwk(rsa, "k1")).toString(false), null));
  }

  @Test
  void namesTheKidsWhenNoneMatchesOrTheChoiceIsAmbiguous() {
    String jwks = new JWKSet(List.<JWK>of(privateJwk(otherRsa, "k0"), privateJwk(rsa, "k1"))).toString(false);
    assertJwkRejected(jwks, "k9", "no key with kid \"k9\"", "\"k0\"", "\"k1\"");
    assertJwkRejected(jwks, null, "2 keys", "\"k0\"", "\"k1\"");
  }

  @Test
  void rejectsAJwkWhoseKidIsNotTheOneAskedFor() {
    assertJwkRejected(privateJwk(rsa, "k1").toJSONString(), "k2", "kid \"k1\", not \"k2\"");
  }

  @Test
  void rejectsPublicOnlyJwks() {
    RSAKey publicOnly = privateJwk(rsa, "k1").toPublicJWK();
    assertJwkRejected(publicOnly.toJSONString(), null, "contains only the public key");
    assertJwkRejected(new JWKSet(publicOnly).toString(), "k1", "contains only the public key");
  }

  @Test
  void rejectsNonRsaJwks() {
    String ecJwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic())
        .privateKey((ECPrivateKey) ec.getPrivate())
        .build()
        .toJSONString();
    assertJwkRejected(ecJwk, null, "an EC key; the NHS platform requires RSA (RS512)");
    assertJwkRejected("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}", null, "symmetric (oct) key");
    assertJwkRejected("{\"n\":\"AQAB\"}", null, "no \"kty\"");
  }

  @Test
  void rejectsMalformedJsonAndMalformedJwks() throws Exception {
    assertJwkRejected("{\"kty\":", null, "malformed JSON");
    assertJwkRejected("", null, "malformed JSON");
    assertJwkRejected("[]", null, "malformed JSON");
    assertJwkRejected(pem("PRIVATE KEY", key.getEncoded()), null, "PEM, not JSON");
    assertJwkRejected("{\"keys\":[]}", null, "holds no keys");
    assertJwkRejected("{\"keys\":\"k1\"}", null, "not an array");
    Map<String, Object> jwk = privateJwk(rsa, "k1").toJSONObject();
    jwk.remove("n");
    String withoutN = JSONObjectUtils.toJSONString(jwk);
    assertJwkRejected(withoutN, null, "\"n\" member is missing");
  }

  @Test
  void rejectsJwksWhoseNumbersDoNotAgree() {
    RSAKey jwk = privateJwk(rsa, "k1");
    String tampered = new RSAKey.Builder(jwk)
        .privateExponent(Base64URL.encode(key.getPrivateExponent().add(BigInteger.TWO)))
        .build()
        .toJSONString();
    assertJwkRejected(tampered, null, "do not agree");
    String tamperedNoCrt = new RSAKey.Builder(jwk.getModulus(), jwk.getPublicExponent())
        .privateExponent(Base64URL.encode(key.getPrivateExponent().add(BigInteger.TWO)))
        .build()
        .toJSONString();
    assertJwkRejected(tamperedNoCrt, null, "do not agree");
  }

  @Test
  void rejectsAJwksHoldingAnInvalidKey() {
    Map<String, Object> jwk = privateJwk(rsa, "k1").toJSONObject();
    jwk.remove("n");
    String jwks = "{\"keys\":[" + JSONObjectUtils.toJSONString(jwk) + "]}";
    assertJwkRejected(jwks, "k1", "holds a key that is not a valid JWK");
  }

  @Test
  void rejectsAJwksWhoseKeysAreAllOfUnknownTypes() {
    assertJwkRejected("{\"keys\":[{\"kty\":\"XYZ\",\"kid\":\"k1\"}]}", "k1", "no key of a known type");
  }

  @Test
  void rejectsANonRsaKeyChosenFromAJwks() {
    String jwks = new JWKSet(List.<JWK>of(privateJwk(rsa, "k1"),
        new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic()).keyID("k2").build())).toString(false);
    assertJwkRejected(jwks, "k2", "an EC key; the NHS platform requires RSA (RS512)");
  }

  @Test
  void rejectsShortJwks() {
    assertJwkRejected(privateJwk(shortRsa, "old").toJSONString(), null, "1024 bits", "4096");
  }

  // ---------------------------------------------------------------------------------------------------------
  // KeyStore

  @Test
  void readsAPkcs12KeyEntry() throws Exception {
    assertSameKey(RsaKeys.fromKeyStore(pkcs12(), "signing", PASSWORD.toCharArray()));
  }

  @Test
  void rejectsWrongPasswordWithoutQuotingIt() throws Exception {
    KeyStore store = pkcs12();
    assertThatThrownBy(() -> RsaKeys.fromKeyStore(store, "signing", "Wr0ng-guess".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"signing\"")
        .hasMessageContaining("wrong password")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Wr0ng-guess").doesNotContain(PASSWORD));
  }

  @Test
  void rejectsMissingAliasNamingThoseThatExist() throws Exception {
    assertKeyStoreRejected(pkcs12(), "nope", "no entry \"nope\"", "signing", "ca");
  }

  @Test
  void rejectsCertificateOnlyEntries() throws Exception {
    assertKeyStoreRejected(pkcs12(), "ca", "certificate only, not a private key");
  }

  @Test
  void rejectsNonRsaEntries() throws Exception {
    KeyStore store = pkcs12();
    Certificate ecCertificate = selfSigned(ec, "SHA256withECDSA", SHA256_WITH_ECDSA);
    store.setKeyEntry("ec", ec.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {ecCertificate});
    store.setKeyEntry("aes", new SecretKeySpec(new byte[16], "AES"), PASSWORD.toCharArray(), null);
    assertKeyStoreRejected(store, "ec", "an EC key; the NHS platform requires RSA (RS512)");
    assertKeyStoreRejected(store, "aes", "a secret key, not a private key");
  }

  @Test
  void rejectsShortKeyStoreKeys() throws Exception {
    KeyStore store = pkcs12();
    store.setKeyEntry("short", shortRsa.getPrivate(), PASSWORD.toCharArray(),
        new Certificate[] {selfSigned(shortRsa, "SHA256withRSA", SHA256_WITH_RSA)});
    assertKeyStoreRejected(store, "short", "1024 bits", "4096");
  }

  @Test
  void rejectsAnUnloadedKeyStore() throws Exception {
    assertKeyStoreRejected(KeyStore.getInstance("PKCS12"), "signing", "not loaded");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Nulls

  @Test
  void rejectsNullArguments() throws Exception {
    KeyStore store = pkcs12();
    String noString = null;
    Path noPath = null;
    KeyStore noStore = null;
    char[] noPassword = null;
    RSAPrivateKey noKey = null;
    assertThatThrownBy(() -> RsaKeys.fromPem(noString)).isInstanceOf(NullPointerException.class)
        .hasMessage("pem == null");
    assertThatThrownBy(() -> RsaKeys.fromPath(noPath)).isInstanceOf(NullPointerException.class)
        .hasMessage("path == null");
    assertThatThrownBy(() -> RsaKeys.fromJwk(noString, "k1")).isInstanceOf(NullPointerException.class)
        .hasMessage("json == null");
    assertThatThrownBy(() -> RsaKeys.fromKeyStore(noStore, "a", new char[0]))
        .isInstanceOf(NullPointerException.class).hasMessage("keyStore == null");
    assertThatThrownBy(() -> RsaKeys.fromKeyStore(store, noString, new char[0]))
        .isInstanceOf(NullPointerException.class).hasMessage("alias == null");
    assertThatThrownBy(() -> RsaKeys.fromKeyStore(store, "a", noPassword))
        .isInstanceOf(NullPointerException.class).hasMessage("password == null");
    assertThatThrownBy(() -> RsaKeys.keySizeBits(noKey)).isInstanceOf(NullPointerException.class)
        .hasMessage("key == null");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
  private static final String SHA256_WITH_ECDSA = "1.2.840.10045.4.3.2";

  private static void assertSameKey(RSAPrivateKey loaded) {
    assertThat(loaded.getModulus()).isEqualTo(key.getModulus());
    assertThat(loaded.getPrivateExponent()).isEqualTo(key.getPrivateExponent());
  }

  private static void assertRejected(String pem, String... fragments) {
    assertThatThrownBy(() -> RsaKeys.fromPem(pem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments))
        .satisfies(e -> assertNoKeyMaterial(e, key));
  }

  private static void assertJwkRejected(String json, String keyId, String... fragments) {
    assertThatThrownBy(() -> RsaKeys.fromJwk(json, keyId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments))
        .satisfies(e -> assertNoKeyMaterial(e, key))
        .satisfies(e -> assertNoKeyMaterial(e, (RSAPrivateCrtKey) shortRsa.getPrivate()));
  }

  private static void assertKeyStoreRejected(KeyStore store, String alias, String... fragments) {
    assertThatThrownBy(() -> RsaKeys.fromKeyStore(store, alias, PASSWORD.toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments).doesNotContain(PASSWORD))
        .satisfies(e -> assertNoKeyMaterial(e, key));
  }

  /** Fails if the message quotes any 12 characters of the key's encodings or numbers. */
  private static void assertNoKeyMaterial(Throwable e, RSAPrivateCrtKey k) {
    String message = String.valueOf(e.getMessage());
    List<String> secrets = new ArrayList<>();
    secrets.add(Base64.getEncoder().encodeToString(k.getEncoded()));
    secrets.add(Base64.getEncoder().encodeToString(pkcs1(k)));
    for (BigInteger value : List.of(k.getModulus(), k.getPrivateExponent(), k.getPrimeP(), k.getPrimeQ())) {
      secrets.add(Base64URL.encode(value).toString());
      secrets.add(value.toString());
      secrets.add(value.toString(16));
    }
    for (String secret : secrets) {
      for (int i = 0; i + 12 <= secret.length(); i++) {
        String window = secret.substring(i, i + 12);
        if (message.contains(window)) {
          fail("message quotes key material " + window + ": " + message);
        }
      }
    }
  }

  private static RSAKey privateJwk(KeyPair pair, String kid) {
    return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
        .privateKey((RSAPrivateCrtKey) pair.getPrivate())
        .keyID(kid)
        .build();
  }

  /** A PKCS#12 store with RSA key entry "signing" and certificate entry "ca", written out and read back. */
  private static KeyStore pkcs12() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("signing", rsa.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
    store.setCertificateEntry("ca", certificate);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    store.store(bytes, PASSWORD.toCharArray());
    KeyStore loaded = KeyStore.getInstance("PKCS12");
    loaded.load(new ByteArrayInputStream(bytes.toByteArray()), PASSWORD.toCharArray());
    return loaded;
  }

  private static String pem(String label, byte[] der) {
    return pem(label, der, "\n", 64);
  }

  private static String pem(String label, byte[] der, String newline, int width) {
    String body = Base64.getMimeEncoder(width / 4 * 4, newline.getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + label + "-----" + newline + body + newline + "-----END " + label + "-----" + newline;
  }

  /** Encodes {@code k} as a PKCS#1 RSAPrivateKey. */
  private static byte[] pkcs1(RSAPrivateCrtKey k) {
    return seq(integer(BigInteger.ZERO), integer(k.getModulus()), integer(k.getPublicExponent()),
        integer(k.getPrivateExponent()), integer(k.getPrimeP()), integer(k.getPrimeQ()),
        integer(k.getPrimeExponentP()), integer(k.getPrimeExponentQ()), integer(k.getCrtCoefficient()));
  }

  /** Encodes {@code k} as a PKCS#1 RSAPublicKey. */
  private static byte[] pkcs1Public(RSAPublicKey k) {
    return seq(integer(k.getModulus()), integer(k.getPublicExponent()));
  }

  /** Returns the contents of a DER SEQUENCE. */
  private static byte[] unwrap(byte[] sequence) {
    int lengthBytes = (sequence[1] & 0x80) == 0 ? 0 : sequence[1] & 0x7f;
    return Arrays.copyOfRange(sequence, 2 + lengthBytes, sequence.length);
  }

  /** A self-signed X.509 v3 certificate for {@code pair}, built with the JDK alone. */
  private static Certificate selfSigned(KeyPair pair, String signatureAlgorithm, String signatureOid)
      throws GeneralSecurityException {
    byte[] algorithm = signatureOid.equals(SHA256_WITH_RSA)
        ? seq(oid(signatureOid), new byte[] {0x05, 0x00})
        : seq(oid(signatureOid));
    byte[] name = seq(tlv(0x31, seq(oid("2.5.4.3"), tlv(0x0c, "nhsapi-test".getBytes(StandardCharsets.UTF_8)))));
    byte[] validity = seq(tlv(0x17, "250101000000Z".getBytes(StandardCharsets.US_ASCII)),
        tlv(0x17, "450101000000Z".getBytes(StandardCharsets.US_ASCII)));
    byte[] tbs = seq(tlv(0xa0, integer(BigInteger.TWO)), integer(BigInteger.valueOf(20240601)), algorithm, name,
        validity, name, pair.getPublic().getEncoded());
    Signature signer = Signature.getInstance(signatureAlgorithm);
    signer.initSign(pair.getPrivate());
    signer.update(tbs);
    byte[] certificate = seq(tbs, algorithm, tlv(0x03, concat(new byte[] {0}, signer.sign())));
    return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      base128(out, Long.parseLong(arcs[i]));
    }
    return tlv(0x06, out.toByteArray());
  }

  private static void base128(ByteArrayOutputStream out, long value) {
    int groups = 1;
    while (groups < 9 && value >>> (7 * groups) != 0) {
      groups++;
    }
    for (int i = groups - 1; i >= 0; i--) {
      out.write((int) ((value >>> (7 * i)) & 0x7f) | (i > 0 ? 0x80 : 0));
    }
  }

  private static byte[] seq(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  private static byte[] tlv(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = contents.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xff);
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Issue 17 finding 10: a missing or unreadable key file said only "cannot read the private key file". */
  @Test
  void saysWhyAKeyFileCannotBeReadInOneLine() {
    Path path = Path.of("keys", "private-key.pem");

    assertThat(PemReader.unreadable(path, new java.nio.file.AccessDeniedException(path.toString())))
        .isEqualTo("cannot read the private key file " + path + ": not readable by this user; give the user running"
            + " the JVM read permission (chmod 600 as that user's own file)");
    assertThat(PemReader.unreadable(path, new java.nio.file.NoSuchFileException(path.toString())))
        .contains("not found; check the path (a relative path starts at " + Path.of("").toAbsolutePath() + ")")
        .doesNotContain("\n");
  }
}
