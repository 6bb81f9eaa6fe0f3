package dev.nhsapi.core.auth;

/**
 * Signs client assertions with a key the application cannot read, such as one held in an HSM or a cloud KMS.
 *
 * <p>The signature must be RS512: RSASSA-PKCS1-v1_5 with SHA-512 over the given bytes, with an RSA key of at
 * least 2048 bits whose public half is in the JWKS registered for the application under the credentials'
 * {@code kid}. With a JCA provider this is {@code Signature.getInstance("SHA512withRSA")}; with AWS KMS it is
 * signing algorithm {@code RSASSA_PKCS1_V1_5_SHA_512} with message type {@code RAW}. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface AssertionSigner {
  /**
   * Signs the JWS signing input.
   *
   * @param signingInput the ASCII bytes of {@code base64url(header) + "." + base64url(claims)}
   * @return the raw RS512 signature bytes (not base64)
   * @throws RuntimeException if signing failed; the transport reports it as an authentication failure
   */
  byte[] sign(byte[] signingInput);
}
