package dev.nhsapi.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.SigningKeys;
import dev.nhsapi.core.auth.TokenProvider;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.testing.internal.NoDelayServerSocketFactory;
import dev.nhsapi.testing.internal.PdsSandbox;
import dev.nhsapi.testing.internal.RequestJournal;
import dev.nhsapi.testing.internal.SandboxDispatcher;
import dev.nhsapi.testing.internal.TokenEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * An NHS sandbox running in this process: a real HTTP server on loopback that answers what NHS England's hosted
 * sandbox answers for the same requests, so samples and tests run offline.
 *
 * <p>Today it serves the Personal Demographics Service: the published sandbox patients ({@code 9000000009} Jane
 * Smith, {@code 9000000025} restricted, {@code 9000000033} minimal, {@code 9000000017}) at the versions the
 * specification's examples show, every scenario of the specification's sandbox tables (searches with their ids
 * and scores, search checks, related people, patches, and creates: the specification's single- and
 * multiple-match example bodies match existing records, every other valid body creates one), and the platform's
 * error codes and header checks ({@code X-Request-ID} must be a UUID). Its OAuth 2.0 token endpoint checks signed client assertions by every rule the platform applies; register
 * an application with {@link #registerApplication(String)}. It also serves the Hello World API
 * ({@code /hello-world/hello/world}, {@code /hello/application} with an API key from {@link #registerApiKey(String)}
 * or an application's token, {@code /hello/user} with a healthcare worker's token), the quickest check of a set-up,
 * and the Organisation Data Terminology API (organisations read by ODS code and searched by name, postcode, role
 * and last change, in pages with next links, and their active affiliations such as a practice's primary care
 * network; an {@code apikey} header, if sent, must be one registered with {@link #registerApiKey(String)}), and
 * the NHS website content API ({@code /nhs-website-content}: sample pages in each area, such as
 * {@code /conditions/asthma} and {@code /medicines/paracetamol-for-adults}, listed 25 to a page, filtered and
 * ordered; it needs an {@code apikey} registered with {@link #registerApiKey(String)}). It serves the National
 * Record Locator consumer API to registered applications (signed JWT) that name an end-user organisation: the
 * sandbox patients' document pointers, searched in pages of 20, read and counted.
 * It serves the Immunisation FHIR API to registered applications (signed JWT) only: the sandbox patients'
 * vaccinations, searched by NHS number, vaccine type and date, read with their {@code E-Tag} version, and recorded,
 * updated (against that version) and deleted, which later calls see until {@link #reset()}.
 * Its data is written by this project.
 *
 * <p>Unlike the hosted sandbox it keeps PDS writes: a patch ({@code PATCH /Patient/{id}}) or create
 * ({@code POST /Patient}) changes what later calls read, with versions and {@code ETag}s, the platform's checks
 * and error codes, and de-duplication by {@code X-Request-ID}. As on the platform, application-restricted
 * (signed-JWT) callers may not write; sign in with {@link #signInHealthcareWorker()}, or send no
 * {@code Authorization} header at all, as the hosted sandbox allows. {@link #reset()} restores the published data
 * between tests.
 *
 * <p>It can also misbehave on demand, as the platform and networks do: script throttling, outages, slow answers
 * and lost connections through {@link #faults()}, and see what clients sent with {@link #requests()}. Request
 * bodies over 1 MB are refused with 413, and a failure inside the sandbox answers 500 {@code UNKNOWN_ERROR}
 * without stopping it. Settings such as a short token lifetime come from {@link #builder()}.
 *
 * <p>Thread-safe: any number of clients may call it at once. Close it when done.
 */
public final class NhsSandbox implements AutoCloseable {
  private static final String KEY_ID = "sandbox-1";
  private static final int JOURNAL_REQUESTS = 10_000;
  private static final long JOURNAL_BODY_CHARS = 64L * 1024 * 1024;

  private final MockWebServer server = new MockWebServer();
  private final TokenEndpoint tokens;
  private final PdsSandbox pds = new PdsSandbox();
  private final SandboxFaults faults = new SandboxFaults();
  private final RequestJournal journal = new RequestJournal(JOURNAL_REQUESTS, JOURNAL_BODY_CHARS);
  private final SandboxDispatcher dispatcher;

  private NhsSandbox(Duration tokenLifetime) {
    tokens = new TokenEndpoint(Clock.systemUTC(), tokenLifetime);
    server.setBodyLimit(SandboxDispatcher.BODY_LIMIT);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    dispatcher = new SandboxDispatcher(tokens, pds, path -> faults.pick(path, System.nanoTime()), this::record);
    server.setDispatcher(dispatcher);
  }

  /**
   * Starts a sandbox on an ephemeral loopback port with the platform's settings; the same as
   * {@code builder().start()}.
   *
   * @return the running sandbox
   * @throws UncheckedIOException if no port could be bound
   */
  public static NhsSandbox start() {
    return builder().start();
  }

  /**
   * Starts a sandbox on a fixed loopback port with the platform's settings; the same as
   * {@code builder().port(port).start()}.
   *
   * @param port the port, or 0 for any free one
   * @return the running sandbox
   * @throws IllegalArgumentException if the port is outside 0 to 65535
   * @throws UncheckedIOException if the port could not be bound
   */
  public static NhsSandbox start(int port) {
    return builder().port(port).start();
  }

  /**
   * Returns a builder for a sandbox with settings of its own, such as a short token lifetime.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registers an application with a 4096-bit RSA key pair, as the NHS developer portal registers an app and its
   * JWKS, and returns credentials that sign client assertions with it. Calls carrying the application's access
   * tokens are accepted; calls with any other bearer token get 401 {@code ACCESS_DENIED}, as on the platform.
   *
   * <p>The pair is generated once per JVM, on first use (about a second), and shared by every application
   * registered this way: it is a test key, never a secret.
   *
   * @param apiKey the application's API key
   * @return the application's signed-JWT credentials, key id {@code sandbox-1}
   * @throws IllegalArgumentException if the API key is blank
   * @throws NullPointerException if {@code apiKey} is null
   */
  public SignedJwtCredentials registerApplication(String apiKey) {
    requireApiKey(apiKey);
    KeyPair keys = ApplicationKeys.PAIR;
    tokens.register(apiKey, new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID)
        .algorithm(JWSAlgorithm.RS512).keyUse(KeyUse.SIGNATURE).build()));
    return SignedJwtCredentials.builder().apiKey(apiKey).keyId(KEY_ID)
        .privateKey((RSAPrivateKey) keys.getPrivate()).build();
  }

  /**
   * Registers an application with the public keys of a JWKS you made, such as the {@code .jwks.json} file the
   * key-generation sample writes, as you register your JWKS in the NHS developer portal. Sign client assertions
   * with the matching private key and one of the JWKS's key ids.
   *
   * @param apiKey the application's API key
   * @param jwks the JWKS as JSON ({@code {"keys":[...]}}); private members, if any, are ignored
   * @throws IllegalArgumentException if the API key is blank or the JWKS is not valid JWKS JSON
   * @throws NullPointerException if an argument is null
   */
  public void registerApplication(String apiKey, String jwks) {
    requireApiKey(apiKey);
    Objects.requireNonNull(jwks, "jwks == null");
    try {
      tokens.register(apiKey, JWKSet.parse(jwks));
    } catch (ParseException e) {
      throw new IllegalArgumentException("the JWKS is not valid JWKS JSON", e);
    }
  }

  /**
   * Registers an application that authenticates with its API key alone (the {@code apikey} header), as APIs such as
   * Hello World's {@code /hello/application} accept.
   *
   * @param apiKey the application's API key
   * @throws IllegalArgumentException if the API key is blank
   * @throws NullPointerException if {@code apiKey} is null
   */
  public void registerApiKey(String apiKey) {
    requireApiKey(apiKey);
    tokens.register(apiKey, new JWKSet());
  }

  private static void requireApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
  }

  /**
   * Signs in an NHS CIS2 healthcare worker and returns user-restricted credentials for them, as an application's
   * own CIS2 integration would hand the SDK. PDS lets healthcare workers patch and create patients, which it
   * refuses to application-restricted callers.
   *
   * <p>The credentials' token lives as long as the token endpoint's others (599 s); when an API call is refused
   * with 401, the SDK invalidates it and the credentials fetch a fresh one.
   *
   * @return the healthcare worker's credentials
   */
  public UserTokenCredentials signInHealthcareWorker() {
    return UserTokenCredentials.of(new HealthcareWorker(tokens));
  }

  /**
   * Returns how many PDS writes changed a patient since the sandbox started or was last {@link #reset()}. Refused
   * writes, resent writes answered from the de-duplication memory, and creates that matched an existing patient
   * do not count.
   *
   * @return the number of writes applied
   */
  public int writesApplied() {
    return pds.writesApplied();
  }

  /**
   * Returns the {@code X-Request-ID} of each PDS write that changed a patient, in the order applied, since the
   * sandbox started or was last {@link #reset()}: the writes {@link #writesApplied()} counts. A client that keeps
   * its calls' request ids can tell from it which calls took effect, including those whose answer was lost, and
   * an id listed twice would be a write applied twice.
   *
   * @return an immutable snapshot, as long as {@link #writesApplied()}
   */
  public List<String> appliedWriteRequestIds() {
    return pds.appliedWriteRequestIds();
  }

  /**
   * Restores the published patients and immunisations and their versions, forgets created patients and
   * immunisations and remembered
   * {@code X-Request-ID}s, zeroes {@link #writesApplied()}, clears the {@link #faults()} and forgets the
   * {@link #requests()}, so each test starts from the same sandbox. Call it while no call is in flight; issued
   * tokens and registered applications stay valid.
   */
  public void reset() {
    pds.reset();
    dispatcher.reset();
    faults.clear();
    clearRequests();
  }

  /**
   * Returns the sandbox's base URL, such as {@code http://127.0.0.1:54321/}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return server.url("/").uri();
  }

  /**
   * Returns an environment that sends calls to this sandbox.
   *
   * @return the environment
   */
  public NhsEnvironment environment() {
    return NhsEnvironment.custom(baseUrl());
  }

  /**
   * Returns the faults this sandbox injects; script them to test how code copes with throttling, outages and
   * lost connections.
   *
   * @return the sandbox's fault script, shared by every caller
   */
  public SandboxFaults faults() {
    return faults;
  }

  /**
   * Returns the requests received, oldest first: the most recent 10,000 since the start or the last
   * {@link #clearRequests()}, including those answered with a fault, fewer if their bodies add up to more than 64 Mi
   * characters (the oldest are forgotten first).
   *
   * @return an immutable snapshot
   */
  public List<SandboxRequest> requests() {
    return journal.snapshot();
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    journal.clear();
  }

  /**
   * Returns how many access tokens the sandbox's token endpoint has issued since it started.
   *
   * @return the count
   */
  public long tokensIssued() {
    return tokens.issuedCount();
  }

  /** Stops the sandbox and frees its port. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "NhsSandbox[" + baseUrl() + "]";
  }

  private void record(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String query = url.encodedQuery();
    ByteString body = request.getBody();
    SandboxRequest received = new SandboxRequest(request.getMethod(),
        url.encodedPath() + (query == null ? "" : "?" + query), request.getHeaders(),
        body == null ? "" : body.utf8());
    journal.add(received);
    // MockWebServer also queues every request for takeRequest(), which the sandbox never calls; taking one back
    // per request keeps a long soak test's memory bounded.
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands out one healthcare worker token at a time, and a new one once it is invalidated. */
  private static final class HealthcareWorker implements TokenProvider {
    private final TokenEndpoint tokens;
    private final AtomicReference<@Nullable String> current = new AtomicReference<>();

    HealthcareWorker(TokenEndpoint tokens) {
      this.tokens = tokens;
    }

    @Override
    public String accessToken() {
      return current.updateAndGet(token -> token != null ? token : tokens.issueHealthcareWorkerToken());
    }

    @Override
    public void invalidate(String token) {
      current.updateAndGet(held -> token.equals(held) ? null : held); // by value: the SDK passes a copy
    }

    @Override
    public String toString() {
      return "HealthcareWorker[token=***]";
    }
  }

  /**
   * Configures and starts an {@link NhsSandbox}.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private int port;
    private Duration tokenLifetime = Duration.ofSeconds(599);

    private Builder() {}

    /**
     * Sets the loopback port to listen on; the default, 0, takes any free port.
     *
     * @param port the port, or 0 for any free one
     * @return this builder
     * @throws IllegalArgumentException if the port is outside 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port outside 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Sets how long issued access tokens live; the platform's, and the default, is 599 seconds. A lifetime of a
     * few seconds lets a test see a client fetch a new token when its token expires.
     *
     * @param tokenLifetime the lifetime, whole seconds (any fraction is dropped), at least one second
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is shorter than one second
     * @throws NullPointerException if {@code tokenLifetime} is null
     */
    public Builder tokenLifetime(Duration tokenLifetime) {
      Objects.requireNonNull(tokenLifetime, "tokenLifetime == null");
      if (tokenLifetime.toSeconds() < 1) {
        throw new IllegalArgumentException("tokenLifetime must be at least one second");
      }
      this.tokenLifetime = Duration.ofSeconds(tokenLifetime.toSeconds());
      return this;
    }

    /**
     * Starts a sandbox with these settings.
     *
     * @return the running sandbox
     * @throws UncheckedIOException if the port could not be bound
     */
    public NhsSandbox start() {
      NhsSandbox sandbox = new NhsSandbox(tokenLifetime);
      try {
        sandbox.server.start(InetAddress.getLoopbackAddress(), port);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the sandbox on port " + port, e);
      }
      return sandbox;
    }
  }

  /** The key pair of applications registered without a JWKS, generated on first use: 4096 bits take ~1 s. */
  private static final class ApplicationKeys {
    static final KeyPair PAIR = SigningKeys.generate();
  }
}
