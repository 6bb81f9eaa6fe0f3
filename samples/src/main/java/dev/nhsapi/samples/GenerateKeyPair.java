package dev.nhsapi.samples;

import dev.nhsapi.core.auth.SigningKeys;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the RSA key pair for signed-JWT (application-restricted) access to NHS England APIs.
 *
 * <p>It writes two files into the output directory: {@code <kid>.pem}, the 4096-bit private key as PKCS#8 PEM,
 * readable and writable by its owner only; and {@code <kid>.jwks.json}, a JWKS holding only the public key
 * ({@code {"keys":[{"kty":"RSA","n":...,"e":...,"alg":"RS512","kid":<kid>,"use":"sig"}]}}), to be hosted at a
 * public HTTPS URL and registered with the application in the NHS developer portal. It never overwrites: if
 * either file exists, it writes nothing and exits with status 1.
 *
 * <pre>
 * mvn -q -pl samples -am package -DskipTests -Pkeygen -Dexec.args="--kid my-app-2025-01 --out $HOME/nhs-keys"
 * </pre>
 *
 * <p>Write the files outside any source tree, so the private key cannot be committed by accident.
 */
public final class GenerateKeyPair {
  /** The key size the NHS platform's own tooling uses. */
  static final int KEY_SIZE = SigningKeys.KEY_SIZE_BITS;

  private static final String USAGE = """
      usage: GenerateKeyPair [--kid <kid>] [--out <dir>]
        --kid  the key id, which also names the files (default: nhsapi-<today's date, yyyy-MM-dd>)
        --out  the directory to write <kid>.pem and <kid>.jwks.json into (default: the current directory)""";

  /** Key ids become file names, so keep them to characters that are safe in both. */
  private static final Pattern KID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private GenerateKeyPair() {}

  /**
   * Generates the key pair; see the class documentation.
   *
   * @param args {@code --kid <kid>} and {@code --out <dir>}, both optional
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Generates the key pair and writes the two files.
   *
   * @param args the command-line arguments
   * @param out where the result and the next steps go
   * @param err where errors go
   * @return 0 on success, 1 if a file exists or cannot be written, 2 for bad arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String kid = defaultKid(LocalDate.now(ZoneOffset.UTC)); // the date a key id names is UTC's
    String outDir = ".";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      }
      if ((arg.equals("--kid") || arg.equals("--out")) && i + 1 < args.length) {
        if (arg.equals("--kid")) {
          kid = args[++i];
        } else {
          outDir = args[++i];
        }
      } else {
        err.println("unknown or incomplete argument: " + arg);
        err.println(USAGE);
        return 2;
      }
    }
    if (!KID.matcher(kid).matches()) {
      err.println("the kid must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit, "
          + "because it names the files");
      return 2;
    }

    Path dir = Path.of(outDir);
    Path pemFile = dir.resolve(kid + ".pem").normalize();
    Path jwksFile = dir.resolve(kid + ".jwks.json").normalize();
    boolean exists = false;
    for (Path file : List.of(pemFile, jwksFile)) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        err.println("refusing to overwrite " + file + "; choose another --kid or --out, or move the file away");
        exists = true;
      }
    }
    if (exists) {
      return 1;
    }

    KeyPair pair = SigningKeys.generate();
    byte[] pem = pem(pair).getBytes(StandardCharsets.US_ASCII);
    byte[] jwks = (SigningKeys.publicJwks((RSAPrivateKey) pair.getPrivate(), kid) + "\n")
        .getBytes(StandardCharsets.UTF_8);

    List<Path> created = new ArrayList<>();
    boolean ownerOnly;
    try {
      Files.createDirectories(dir);
      ownerOnly = createOwnerOnly(pemFile);
      created.add(pemFile);
      Files.write(pemFile, pem, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      try (OutputStream stream = Files.newOutputStream(jwksFile, StandardOpenOption.CREATE_NEW)) {
        created.add(jwksFile);
        stream.write(jwks);
      }
    } catch (FileAlreadyExistsException e) {
      deleteAll(created, err);
      err.println("refusing to overwrite " + e.getFile() + ", which appeared while the key was generated");
      return 1;
    } catch (IOException e) {
      deleteAll(created, err);
      err.println("could not write the key files: " + e);
      return 1;
    }

    printNextSteps(out, kid, pemFile, jwksFile, ownerOnly);
    return 0;
  }

  /**
   * Returns the default key id for {@code date}: {@code nhsapi-yyyy-MM-dd}. Dated ids make rotation easy: the
   * next key gets a new id, and both can sit in the JWKS while clients move over.
   *
   * @param date the day the key is made
   * @return the key id
   */
  static String defaultKid(LocalDate date) {
    return "nhsapi-" + date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
  }

  /** Returns the private key as PKCS#8 PEM with 64-character lines. */
  private static String pem(KeyPair pair) {
    String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
  }

  /**
   * Creates {@code file}, which must not exist, readable and writable by its owner only. On POSIX file systems
   * the permissions are set as the file is created, so it is never readable by others, even briefly.
   *
   * @return whether the permissions could be restricted
   */
  private static boolean createOwnerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
      Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
      Files.setPosixFilePermissions(file, ownerOnly); // in case a umask was stricter than rw-------
      return true;
    }
    Files.createFile(file);
    File plain = file.toFile();
    boolean restricted = plain.setReadable(false, false);
    restricted &= plain.setReadable(true, true);
    restricted &= plain.setWritable(false, false);
    restricted &= plain.setWritable(true, true);
    restricted &= plain.setExecutable(false, false);
    return restricted;
  }

  /** Deletes the files this run created, after a failure. */
  private static void deleteAll(List<Path> created, PrintStream err) {
    for (Path file : created) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        err.println("could not delete " + file + " after the failure; delete it yourself: " + e);
      }
    }
  }

  /** Prints what was written and what to do next. */
  private static void printNextSteps(PrintStream out, String kid, Path pemFile, Path jwksFile, boolean ownerOnly) {
    String pemLiteral = pemFile.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    out.println("Wrote " + pemFile + ": the private key (" + KEY_SIZE + "-bit RSA, PKCS#8 PEM)"
        + (ownerOnly ? ", readable by you only." : "."));
    if (!ownerOnly) {
      out.println("  Could not restrict its permissions on this file system: make sure only you can read it.");
    }
    out.println("Wrote " + jwksFile + ": the public key set (JWKS) with key id \"" + kid + "\".");
    out.println();
    out.println("Next steps:");
    out.println("  1. Host " + jwksFile.getFileName() + " at a public HTTPS URL. The NHS platform fetches it,");
    out.println("     without credentials, to check token requests signed with key id \"" + kid + "\".");
    out.println("  2. In the NHS developer portal, open your application under \"My applications\" and");
    out.println("     register that URL as its JWKS endpoint (public key URL).");
    out.println("  3. Keep " + pemFile.getFileName() + " secret: never commit it to source control (add *.pem to");
    out.println("     .gitignore) or send it by email or chat; in production, load it from a secret store.");
    out.println("  4. Use it in the SDK:");
    out.println("       SignedJwtCredentials.builder()");
    out.println("           .apiKey(System.getenv(\"NHS_API_KEY\"))");
    out.println("           .keyId(\"" + kid + "\")");
    out.println("           .privateKey(Path.of(\"" + pemLiteral + "\"))");
    out.println("           .build()");
    out.println("To rotate the key later, run this again with a new --kid and publish both public keys in one");
    out.println("JWKS until every client signs with the new one.");
  }
}
