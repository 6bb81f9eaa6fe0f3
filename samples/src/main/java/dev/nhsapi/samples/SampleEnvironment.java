package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.testing.NhsSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a sample runs, chosen with {@code --env}:
 *
 * <ul>
 *   <li>{@code embedded} (the default): an NHS sandbox started in this process on loopback; no network, no account.
 *   <li>{@code sandbox}: NHS England's hosted sandbox ({@code https://sandbox.api.service.nhs.uk}), open access.
 *   <li>{@code int}: the integration environment, with credentials from environment variables:
 *       {@value #API_KEY}, {@value #KEY_ID} and {@value #PRIVATE_KEY_FILE} for signed-JWT (application-restricted)
 *       access, {@value #ACCESS_TOKEN} (an NHS CIS2 access token your own sign-in obtained) for
 *       healthcare-worker access.
 * </ul>
 */
final class SampleEnvironment implements AutoCloseable {
  /** The application's API key from the NHS developer portal. */
  static final String API_KEY = "NHS_API_KEY";
  /** The key id ({@code kid}) registered with the application's JWKS. */
  static final String KEY_ID = "NHS_KEY_ID";
  /** The private key's PEM file, as {@code GenerateKeyPair} writes it. */
  static final String PRIVATE_KEY_FILE = "NHS_PRIVATE_KEY_FILE";
  /** A user-restricted access token from NHS CIS2, for healthcare-worker access. */
  static final String ACCESS_TOKEN = "NHS_ACCESS_TOKEN";

  private static final String EMBEDDED_API_KEY = "sample-api-key-only-app";
  private static final String USAGE = "usage: [--env embedded|sandbox|int]";

  /** How a sample's client signs in. */
  enum Access {
    /** Application-restricted: signed JWT. Reads and single-match searches. */
    APPLICATION,
    /** Application-restricted with the API key alone, as the Organisation Data Service takes. */
    API_KEY,
    /** User-restricted, as a healthcare worker: every PDS operation. */
    HEALTHCARE_WORKER
  }

  /** What signed-JWT credentials are built from: what a real application keeps in its configuration. */
  record SignedJwtSettings(String apiKey, String keyId, Path privateKeyFile) {}

  /** A sample's body. */
  @FunctionalInterface
  interface Body {
    void run(SampleEnvironment environment, PrintStream out) throws Exception;
  }

  /** A set-up problem the user can fix, said in one line. */
  static final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;

    SetupException(String message) {
      super(message);
    }
  }

  private final String name;
  private final NhsEnvironment environment;
  private final @Nullable NhsSandbox sandbox;
  private final Access access;
  private final Map<String, String> variables;
  private @Nullable Path keyDirectory;

  private SampleEnvironment(String name, NhsEnvironment environment, @Nullable NhsSandbox sandbox, Access access,
      Map<String, String> variables) {
    this.name = name;
    this.environment = environment;
    this.sandbox = sandbox;
    this.access = access;
    this.variables = variables;
  }

  /**
   * Runs a sample from its {@code main}: picks the environment from the arguments, prints where it runs, and
   * turns set-up problems and API failures into a line each and a non-zero exit status, not a stack trace.
   */
  static void main(String[] args, Access access, Body body) {
    int status;
    try (SampleEnvironment environment = open(args, access, System.getenv())) {
      System.out.println("Running against " + environment);
      body.run(environment, System.out);
      status = 0;
    } catch (SetupException e) {
      System.err.println(e.getMessage());
      status = 2;
    } catch (NhsApiException e) {
      System.err.println("The call failed: " + e.getMessage() + " (X-Request-ID " + e.requestId() + ")");
      status = 1;
    } catch (Exception e) {
      System.err.println("The sample failed: " + e);
      status = 1;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Opens the environment the arguments name.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   * @param access how the sample signs in
   * @param variables the process's environment variables, for INT credentials
   * @return the environment; close it to stop an embedded sandbox
   * @throws SetupException if the arguments are wrong or INT credentials are missing
   */
  static SampleEnvironment open(String[] args, Access access, Map<String, String> variables)
      throws SetupException {
    String env = "embedded";
    if (args.length == 2 && args[0].equals("--env")) {
      env = args[1];
    } else if (args.length != 0) {
      throw new SetupException(USAGE);
    }
    SampleEnvironment opened = switch (env) {
      case "embedded" -> embedded(access);
      case "sandbox" -> new SampleEnvironment("NHS England's hosted sandbox", NhsEnvironment.SANDBOX, null, access,
          variables);
      case "int" -> new SampleEnvironment("the integration environment (INT)", NhsEnvironment.INTEGRATION, null, access,
          variables);
      default -> throw new SetupException("unknown environment '" + env + "'; " + USAGE);
    };
    opened.credentials(access); // fail now, with the line that says what to set, rather than at the first call
    return opened;
  }

  /**
   * Starts an embedded sandbox.
   *
   * @param access how the sample signs in
   * @return the environment; close it to stop the sandbox
   */
  static SampleEnvironment embedded(Access access) {
    NhsSandbox sandbox = NhsSandbox.start();
    return new SampleEnvironment("the embedded NHS sandbox at " + sandbox.baseUrl(), sandbox.environment(), sandbox,
        access, Map.of());
  }

  /**
   * Returns a client signed in as the sample asked.
   *
   * @return the client
   * @throws SetupException if credentials are missing
   */
  NhsClient client() throws SetupException {
    return client(transport -> { });
  }

  /**
   * Returns a client signed in as the sample asked, with transport settings of the sample's own.
   *
   * @param transport the settings
   * @return the client
   * @throws SetupException if credentials are missing
   */
  NhsClient client(Consumer<NhsTransport.Builder> transport) throws SetupException {
    return client(access, transport);
  }

  /**
   * Returns a client signed in with another access mode than the sample's own, for samples that try several.
   *
   * @param access the access mode
   * @return the client
   * @throws SetupException if that mode's credentials are missing
   */
  NhsClient client(Access access) throws SetupException {
    return client(access, transport -> { });
  }

  private NhsClient client(Access access, Consumer<NhsTransport.Builder> transport) throws SetupException {
    NhsClient.Builder builder = NhsClient.builder().environment(environment).transport(transport);
    Credentials credentials = credentials(access);
    if (credentials != null) {
      builder.credentials(credentials);
    }
    return builder.build();
  }

  /**
   * Returns transport settings that print each retry the SDK schedules, to show that it retries on the same
   * request id.
   *
   * @param out where to print
   * @return the settings, for {@link #client(Consumer)}
   */
  static Consumer<NhsTransport.Builder> printingRetries(PrintStream out) {
    return transport -> transport.eventListener(new NhsEventListener() {
      @Override
      public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
        out.println("  retrying after " + reason + " in " + delay.toMillis() + " ms, same X-Request-ID");
      }
    });
  }

  /**
   * Returns where the signed-JWT credentials come from: the {@code NHS_*} variables on INT; on the embedded
   * sandbox, a key pair made by {@link GenerateKeyPair} whose JWKS is registered with the sandbox, as the NHS
   * developer portal registers it.
   *
   * @return the settings
   * @throws SetupException on the hosted sandbox, which takes no credentials, or if INT variables are missing
   */
  SignedJwtSettings signedJwtSettings() throws SetupException {
    if (sandbox != null) {
      return registerGeneratedKey(sandbox);
    }
    if (environment.equals(NhsEnvironment.SANDBOX)) {
      throw new SetupException("NHS England's hosted sandbox takes no credentials: run with --env int, or with no "
          + "--env for the embedded sandbox, which checks signed JWTs as the platform does");
    }
    return new SignedJwtSettings(variable(API_KEY, Access.APPLICATION), variable(KEY_ID, Access.APPLICATION),
        Path.of(variable(PRIVATE_KEY_FILE, Access.APPLICATION)));
  }

  /**
   * Returns the NHS environment the sample calls.
   *
   * @return the environment
   */
  NhsEnvironment nhsEnvironment() {
    return environment;
  }

  /**
   * Returns the embedded sandbox, when the sample runs against one.
   *
   * @return the sandbox, or empty
   */
  Optional<NhsSandbox> embeddedSandbox() {
    return Optional.ofNullable(sandbox);
  }

  private @Nullable Credentials credentials(Access access) throws SetupException {
    if (environment.equals(NhsEnvironment.SANDBOX)) {
      return null; // open access
    }
    return switch (access) {
      case APPLICATION -> {
        SignedJwtSettings settings = signedJwtSettings();
        yield SignedJwtCredentials.builder().apiKey(settings.apiKey()).keyId(settings.keyId())
            .privateKey(settings.privateKeyFile()).build();
      }
      case API_KEY -> {
        if (sandbox != null) {
          sandbox.registerApiKey(EMBEDDED_API_KEY);
        }
        yield ApiKeyCredentials.of(sandbox != null ? EMBEDDED_API_KEY : variable(API_KEY, access));
      }
      case HEALTHCARE_WORKER -> sandbox != null ? sandbox.signInHealthcareWorker()
          : UserTokenCredentials.of(variable(ACCESS_TOKEN, access)::trim);
    };
  }

  private String variable(String name, Access access) throws SetupException {
    String value = variables.get(name);
    if (value == null || value.isBlank()) {
      throw new SetupException("Set " + switch (access) {
        case APPLICATION -> API_KEY + ", " + KEY_ID + " and " + PRIVATE_KEY_FILE + " (your application's API key, "
            + "key id and private key file) for signed-JWT access";
        case API_KEY -> API_KEY + " (your application's API key) for API-key access";
        case HEALTHCARE_WORKER -> ACCESS_TOKEN + " (an NHS CIS2 access token from your application's sign-in) for "
            + "healthcare-worker access";
      } + " to run against INT; " + name + " is missing");
    }
    return value;
  }

  private SignedJwtSettings registerGeneratedKey(NhsSandbox sandbox) {
    String kid = "sample-key";
    String apiKey = "sample-api-key";
    try {
      if (keyDirectory == null) {
        keyDirectory = Files.createTempDirectory("nhsapi-sample-keys");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        if (GenerateKeyPair.run(new String[] {"--kid", kid, "--out", keyDirectory.toString()}, quiet, System.err)
            != 0) {
          throw new IllegalStateException("could not generate the sample's key pair");
        }
        sandbox.registerApplication(apiKey, Files.readString(keyDirectory.resolve(kid + ".jwks.json")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SignedJwtSettings(apiKey, kid, keyDirectory.resolve(kid + ".pem"));
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
    if (keyDirectory != null) {
      try (Stream<Path> files = Files.walk(keyDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
