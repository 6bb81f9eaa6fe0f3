package dev.nhsapi.core.internal.keys;

import static dev.nhsapi.core.internal.keys.RsaKeyChecks.EXPECTED_PEM;
import static dev.nhsapi.core.internal.keys.RsaKeyChecks.REQUIRES_RSA;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM text or a PEM file: finds the one private key block, names what else it may
 * be (an encrypted, EC, OpenSSH or public key, a certificate...), decodes its base64, and hands the DER to
 * {@link DerKeyReader}. The JDK (17) has no PEM reader of its own.
 */
final class PemReader {
  /** Refuse files bigger than this; a PEM RSA key of the largest size is about 13 KB. */
  private static final long MAX_FILE_BYTES = 1024 * 1024;

  private static final String ENCRYPTED = "encrypted keys are not supported; "
      + "decrypt with openssl pkcs8 -topk8 -nocrypt -in encrypted.pem -out key.pem";

  /** PEM labels are upper-case words; anything else is not a label we can name safely. */
  private static final Pattern LABEL = Pattern.compile("[A-Z0-9]+( [A-Z0-9]+)*");

  private PemReader() {}

  /** See {@link RsaKeys#fromPem(String)}. */
  static RSAPrivateKey fromPem(String pem) {
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
      case "PRIVATE KEY" -> DerKeyReader.fromPkcs8(decodeBody(block), block.banner());
      case "RSA PRIVATE KEY" -> DerKeyReader.fromPkcs1(decodeBody(block), block.banner());
      case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(found + ": " + ENCRYPTED);
      case "EC PRIVATE KEY" -> throw new IllegalArgumentException(found + ", an EC key; " + REQUIRES_RSA);
      case "DSA PRIVATE KEY" -> throw new IllegalArgumentException(found + ", a DSA key; " + REQUIRES_RSA);
      case "OPENSSH PRIVATE KEY" -> throw new IllegalArgumentException(found + ", an OpenSSH-format key; if it is an "
          + "RSA key, convert it in place with ssh-keygen -p -m PEM -f <file>, which writes -----BEGIN RSA PRIVATE "
          + "KEY-----");
      default -> throw new IllegalArgumentException(found + "; " + EXPECTED_PEM);
    };
  }

  /** One line naming why the key file could not be read and what to do about it. */
  static String unreadable(Path path, IOException e) {
    String prefix = "cannot read the private key file " + path + ": ";
    if (e instanceof NoSuchFileException) {
      return prefix + "not found; check the path (a relative path starts at "
          + Path.of("").toAbsolutePath() + ")";
    }
    if (e instanceof AccessDeniedException) {
      return prefix + "not readable by this user; give the user running the JVM read permission (chmod 600 as "
          + "that user's own file)";
    }
    if (e instanceof NotAFileException) {
      return prefix + "it is a directory; give the path of the PEM file itself";
    }
    return prefix + e.getClass().getSimpleName() + "; check the file and its permissions";
  }

  /** A path that names a directory where a key file was expected. */
  private static final class NotAFileException extends IOException {
    private static final long serialVersionUID = 1L;

    NotAFileException(String path) {
      super(path);
    }
  }

  /** See {@link RsaKeys#fromPath(Path)}. */
  static RSAPrivateKey fromPath(Path path) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new NotAFileException(path.toString());
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(path + ": the file is too big to be a PEM private key; " + EXPECTED_PEM);
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(unreadable(path, e), e);
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
}
