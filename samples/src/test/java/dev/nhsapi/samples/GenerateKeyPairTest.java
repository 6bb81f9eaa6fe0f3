package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateKeyPairTest {
  private static final String KID = "test-kid-1";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  @TempDir static Path dir;

  /** The one 4096-bit run the class shares: generation takes a second or two. */
  private static Run first;

  private static Path pemFile;
  private static Path jwksFile;

  @BeforeAll
  static void generateOnce() {
    first = run("--kid", KID, "--out", dir.toString());
    pemFile = dir.resolve(KID + ".pem");
    jwksFile = dir.resolve(KID + ".jwks.json");
  }

  @Test
  void writesA4096BitPkcs8PemWith64CharacterLines() throws Exception {
    assertThat(first.status()).isZero();
    assertThat(first.err()).isEmpty();
    String pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("\n-----END PRIVATE KEY-----\n");
    assertThat(pem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    assertThat(privateKey().getModulus().bitLength()).isEqualTo(4096);
  }

  @Test
  void pemIsReadableAndWritableByTheOwnerOnly() throws Exception {
    assumeTrue(pemFile.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
    assertThat(Files.getPosixFilePermissions(pemFile)).isEqualTo(OWNER_ONLY);
    assertThat(first.out()).contains("readable by you only");
  }

  @Test
  void jwksHoldsOnlyThePublicMembers() throws Exception {
    Map<String, Object> jwks = JSONObjectUtils.parse(Files.readString(jwksFile, StandardCharsets.UTF_8));
    assertThat(jwks).containsOnlyKeys("keys");
    Map<String, Object>[] keys = JSONObjectUtils.getJSONObjectArray(jwks, "keys");
    assertThat(keys).hasSize(1);
    Map<String, Object> jwk = keys[0];
    assertThat(jwk).containsOnlyKeys("kty", "n", "e", "alg", "kid", "use")
        .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi", "oth")
        .containsEntry("kty", "RSA")
        .containsEntry("alg", "RS512")
        .containsEntry("kid", KID)
        .containsEntry("use", "sig");
    assertThat(JWKSet.parse(jwks).containsNonPublicKeys()).isFalse();
  }

  @Test
  void jwksPublicKeyMatchesThePemPrivateKey() throws Exception {
    JWK jwk = JWKSet.parse(Files.readString(jwksFile, StandardCharsets.UTF_8)).getKeyByKeyId(KID);
    RSAPublicKey publicKey = ((RSAKey) jwk).toRSAPublicKey();
    RSAPrivateCrtKey privateKey = privateKey();
    assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
    assertThat(publicKey.getPublicExponent()).isEqualTo(privateKey.getPublicExponent());

    // What the platform does: verify an RS512 signature made with the PEM against the hosted JWKS.
    byte[] data = "client assertion".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA512withRSA");
    signer.initSign(privateKey);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA512withRSA");
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void printsNextStepsNamingTheKidAndTheFiles() {
    assertThat(first.out())
        .contains(KID + ".jwks.json")
        .contains("public HTTPS URL")
        .contains("developer portal")
        .contains("JWKS endpoint")
        .contains("source control")
        .contains("SignedJwtCredentials.builder()")
        .contains(".keyId(\"" + KID + "\")")
        .contains(".privateKey(Path.of(\"" + pemFile.toString().replace("\\", "\\\\") + "\"))");
  }

  @Test
  void refusesToOverwriteAndLeavesBothFilesUnchanged() throws Exception {
    byte[] pem = Files.readAllBytes(pemFile);
    byte[] jwks = Files.readAllBytes(jwksFile);

    Run second = run("--kid", KID, "--out", dir.toString());

    assertThat(second.status()).isEqualTo(1);
    assertThat(second.err()).contains("refusing to overwrite").contains(KID + ".pem").contains(KID + ".jwks.json");
    assertThat(second.out()).isEmpty();
    assertThat(Files.readAllBytes(pemFile)).isEqualTo(pem);
    assertThat(Files.readAllBytes(jwksFile)).isEqualTo(jwks);
  }

  @Test
  void refusesWhenOnlyOneFileExistsAndWritesNothing(@TempDir Path other) throws Exception {
    Path jwks = other.resolve("k.jwks.json");
    Files.writeString(jwks, "{\"keys\":[]}");

    Run run = run("--kid", "k", "--out", other.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("refusing to overwrite").contains("k.jwks.json").doesNotContain("k.pem");
    assertThat(Files.readString(jwks)).isEqualTo("{\"keys\":[]}");
    assertThat(other.resolve("k.pem")).doesNotExist();
  }

  @Test
  void rejectsBadArgumentsWithStatus2AndWritesNothing(@TempDir Path other) throws Exception {
    for (List<String> args : List.of(
        List.of("--kid"),
        List.of("--colour", "blue"),
        List.of("--kid", "../escape", "--out", other.toString()),
        List.of("--kid", "", "--out", other.toString()))) {
      Run run = run(args.toArray(new String[0]));
      assertThat(run.status()).as("%s", args).isEqualTo(2);
      assertThat(run.err()).as("%s", args).isNotEmpty();
    }
    try (var files = Files.list(other)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void printsUsageForHelp() {
    Run run = run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--kid").contains("--out");
  }

  @Test
  void defaultKidIsDated() {
    assertThat(GenerateKeyPair.defaultKid(LocalDate.of(2025, 3, 7))).isEqualTo("nhsapi-2025-03-07");
  }

  private static RSAPrivateCrtKey privateKey() throws Exception {
    String pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
        .replace("-----END PRIVATE KEY-----", "")
        .replaceAll("\\s", "");
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64));
    return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = GenerateKeyPair.run(args, outStream, errStream);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The outcome of one run: exit status and what it printed. */
  private record Run(int status, String out, String err) {}
}
