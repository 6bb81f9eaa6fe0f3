package dev.nhsapi.core.internal.keys;

import static dev.nhsapi.core.internal.keys.RsaKeyChecks.REQUIRES_RSA;
import static dev.nhsapi.core.internal.keys.RsaKeyChecks.quote;

import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Collections;
import java.util.List;
import javax.crypto.SecretKey;

/** Takes an RSA private key from a {@link KeyStore} entry, naming what the entry holds when it is not one. */
final class KeyStoreReader {
  private KeyStoreReader() {}

  /** See {@link RsaKeys#fromKeyStore(KeyStore, String, char[])}. */
  static RSAPrivateKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
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
      return RsaKeyChecks.checked(rsa);
    }
    if (key instanceof ECKey) {
      throw new IllegalArgumentException(entry + " holds an EC key; " + REQUIRES_RSA);
    }
    if (key instanceof PrivateKey && "RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException(entry + " holds an RSA key that does not expose its private exponent "
          + "(a hardware key?); expected an RSA private key the JDK can read");
    }
    throw new IllegalArgumentException(entry + " holds "
        + RsaKeyChecks.article(RsaKeyChecks.safeName(key.getAlgorithm())) + " key; " + REQUIRES_RSA);
  }
}
