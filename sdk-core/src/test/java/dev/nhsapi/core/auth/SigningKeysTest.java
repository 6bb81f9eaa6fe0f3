package dev.nhsapi.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.nhsapi.core.NhsEnvironment;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class SigningKeysTest {
  @Test
  void generatesA4096BitPairWhoseJwksVerifiesTheCredentialsAssertions() throws Exception {
    KeyPair pair = SigningKeys.generate();
    assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(4096);

    String json = SigningKeys.publicJwks((RSAPrivateKey) pair.getPrivate(), "test-1");

    RSAKey jwk = (RSAKey) JWKSet.parse(json).getKeyByKeyId("test-1");
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(json).doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")
        .contains("\"alg\":\"RS512\"", "\"use\":\"sig\"", "\"kty\":\"RSA\"");
    FakeTokenEndpoint endpoint = new FakeTokenEndpoint(NhsEnvironment.INTEGRATION);
    SignedJwtCredentials.builder().apiKey("api-key").keyId("test-1").privateKey((RSAPrivateKey) pair.getPrivate())
        .build().headers(endpoint);
    assertThat(SignedJWT.parse(endpoint.forms.get(0).get("client_assertion"))
        .verify(new RSASSAVerifier(jwk.toRSAPublicKey()))).isTrue();
  }

  @Test
  void refusesAKeyWithoutItsPublicExponentAndABlankKeyId() {
    RSAPrivateKey bare = new RSAPrivateKey() {
      @Override
      public BigInteger getPrivateExponent() {
        return BigInteger.TWO;
      }

      @Override
      public String getAlgorithm() {
        return "RSA";
      }

      @Override
      public String getFormat() {
        return "PKCS#8";
      }

      @Override
      public byte[] getEncoded() {
        return new byte[0];
      }

      @Override
      public BigInteger getModulus() {
        return BigInteger.TEN;
      }
    };
    assertThatThrownBy(() -> SigningKeys.publicJwks(bare, "k1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRT");
    assertThatThrownBy(() -> SigningKeys.publicJwks(
        (RSAPrivateKey) SignedJwtCredentialsTest.KEYS.getPrivate(), " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
