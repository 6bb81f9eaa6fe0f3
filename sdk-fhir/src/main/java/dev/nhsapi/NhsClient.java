package dev.nhsapi;

import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.helloworld.HelloWorldClient;
import dev.nhsapi.immunisation.ImmunisationClient;
import dev.nhsapi.ods.OdsClient;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PdsClient;
import dev.nhsapi.recordlocator.RecordLocatorClient;
import dev.nhsapi.websitecontent.WebsiteContentClient;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The SDK's front door: one object per environment and application, from which each NHS API's client is
 * obtained ({@link #pds()}, {@link #ods()}, {@link #websiteContent()}, {@link #immunisation()},
 * {@link #recordLocator()}, {@link #helloWorld()}).
 *
 * <p>Instances are immutable and thread-safe; build one and share it. {@link #newBuilder()} derives a variant
 * that shares the connection pool, token cache, breakers and rate limiters.
 *
 * <p>{@link #close()} a client when the application is done with it (try-with-resources suits short-lived
 * programs): that releases the connection pool and threads the SDK created for it, once every client sharing
 * them is closed, and leaves an {@code OkHttpClient} lent through {@link NhsTransport.Builder#httpClient} alone.
 *
 * <pre>{@code
 * NhsClient nhs = NhsClient.builder()
 *     .environment(NhsEnvironment.INTEGRATION)
 *     .credentials(signedJwtCredentials)
 *     .transport(t -> t.callTimeout(Duration.ofSeconds(30)))
 *     .build();
 * PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
 * }</pre>
 */
public final class NhsClient implements AutoCloseable {
  private final NhsTransport transport;
  private final PdsClient pds;
  private final OdsClient ods;
  private final HelloWorldClient helloWorld;
  private final RecordLocatorClient recordLocator;
  private final WebsiteContentClient websiteContent;
  private final ImmunisationClient immunisation;

  private NhsClient(NhsTransport transport) {
    this.transport = transport;
    this.pds = PdsClient.of(transport);
    this.ods = OdsClient.of(transport);
    this.helloWorld = HelloWorldClient.of(transport);
    this.recordLocator = RecordLocatorClient.of(transport);
    this.websiteContent = WebsiteContentClient.of(transport);
    this.immunisation = ImmunisationClient.of(transport);
  }

  /**
   * Returns a builder; {@link Builder#environment(NhsEnvironment)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(NhsTransport.builder());
  }

  /**
   * Returns a client that sends every call through {@code transport}.
   *
   * @param transport a configured transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static NhsClient of(NhsTransport transport) {
    return new NhsClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Returns a builder holding this client's settings, to derive a variant that shares its connection pool
   * (and its breakers and rate limiters while the resilience settings stay the same).
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(transport.newBuilder());
  }

  /**
   * Returns the Personal Demographics Service client.
   *
   * @return the PDS client
   */
  public PdsClient pds() {
    return pds;
  }

  /**
   * Returns the Organisation Data Service (ODS) terminology API client.
   *
   * @return the ODS client
   */
  public OdsClient ods() {
    return ods;
  }

  /**
   * Returns the Hello World API client, the quickest check of a set-up's credentials.
   *
   * @return the Hello World client
   */
  public HelloWorldClient helloWorld() {
    return helloWorld;
  }

  /**
   * Returns the National Record Locator (NRL) consumer API client; its calls need an end-user organisation
   * ({@link NhsTransport.Builder#endUserOrganisation(String)}).
   *
   * @return the NRL client
   */
  public RecordLocatorClient recordLocator() {
    return recordLocator;
  }

  /**
   * Returns the NHS website content API client: the NHS website's pages on conditions, medicines and more.
   *
   * @return the website content client
   */
  public WebsiteContentClient websiteContent() {
    return websiteContent;
  }

  /**
   * Returns the Immunisation FHIR API client, for a patient's vaccinations.
   *
   * @return the Immunisation client
   */
  public ImmunisationClient immunisation() {
    return immunisation;
  }

  /**
   * Returns the transport, for calling an API the SDK has no client for yet.
   *
   * @return the transport
   */
  public NhsTransport transport() {
    return transport;
  }

  /**
   * Closes the client's transport ({@link NhsTransport#close()}): later calls fail with
   * {@link IllegalStateException}, and the connection pool and dispatcher threads the SDK created are released
   * once every client derived from the same one is closed. Closing again does nothing.
   */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "NhsClient[" + transport.environment().name() + "]";
  }

  /** Builds an {@link NhsClient}. Not thread-safe. */
  public static final class Builder {
    private final NhsTransport.Builder transport;

    private Builder(NhsTransport.Builder transport) {
      this.transport = transport;
    }

    /**
     * Sets the environment. Required.
     *
     * @param environment the environment
     * @return this builder
     * @throws NullPointerException if {@code environment} is null
     */
    public Builder environment(NhsEnvironment environment) {
      transport.environment(environment);
      return this;
    }

    /**
     * Sets the credentials; the default, {@link Credentials#none()}, suits only the open sandbox.
     *
     * @param credentials the credentials
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      transport.credentials(credentials);
      return this;
    }

    /**
     * Adjusts the transport: timeouts, retries, circuit breaker, rate limits, event listener, end-user
     * organisation, a shared {@code OkHttpClient}. See {@link NhsTransport.Builder} for each setting.
     *
     * @param settings applies settings to the transport builder
     * @return this builder
     * @throws NullPointerException if {@code settings} is null
     */
    public Builder transport(Consumer<NhsTransport.Builder> settings) {
      Objects.requireNonNull(settings, "settings == null").accept(transport);
      return this;
    }

    /**
     * Returns the client.
     *
     * @return the client
     * @throws IllegalStateException if no environment was set, or the transport's settings conflict
     */
    public NhsClient build() {
      return new NhsClient(transport.build());
    }
  }
}
