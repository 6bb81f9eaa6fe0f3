package dev.nhsapi.core;

import java.net.InetAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Where calls go: one of NHS England's public API environments, or a custom base URL.
 *
 * <p>The three public environments are {@link #SANDBOX} (open access, canned responses), {@link #INTEGRATION}
 * (real authentication, test data) and {@link #PRODUCTION} (live). {@link #custom(URI)} points the SDK anywhere
 * else: the embedded sandbox on loopback, or a forward proxy. Every API path is the environment's base URL plus
 * the API's base path (see {@link NhsApi}), and the OAuth 2.0 token endpoint is {@code {base}/oauth2/token}.
 *
 * <p>Plain {@code http} is accepted only for loopback hosts, so credentials and patient data never leave the
 * machine unencrypted.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NhsEnvironment {
  /** The hosted sandbox, {@code https://sandbox.api.service.nhs.uk}: open access, stateless canned responses. */
  public static final NhsEnvironment SANDBOX =
      new NhsEnvironment("sandbox", HttpUrl.get("https://sandbox.api.service.nhs.uk/"), false);

  /** The integration environment, {@code https://int.api.service.nhs.uk}: real authentication, test data. */
  public static final NhsEnvironment INTEGRATION =
      new NhsEnvironment("int", HttpUrl.get("https://int.api.service.nhs.uk/"), false);

  /** Production, {@code https://api.service.nhs.uk}: live patient data. */
  public static final NhsEnvironment PRODUCTION =
      new NhsEnvironment("prod", HttpUrl.get("https://api.service.nhs.uk/"), true);

  private final String name;
  private final HttpUrl baseUrl;
  private final boolean production;

  private NhsEnvironment(String name, HttpUrl baseUrl, boolean production) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.production = production;
  }

  /**
   * Returns an environment rooted at {@code baseUrl}, for the embedded sandbox, a local stub or a proxy.
   *
   * <p>The URL may carry a path prefix (for example {@code https://proxy.example/nhs}); API base paths are
   * appended to it. A custom environment is never treated as production.
   *
   * @param baseUrl an absolute {@code https} URL, or {@code http} to a loopback host; no query or fragment
   * @return the environment
   * @throws IllegalArgumentException if the URL is not absolute, not http(s), has a query, user info or
   *     fragment, or uses plain {@code http} for a host that is not loopback
   * @throws NullPointerException if {@code baseUrl} is null
   */
  public static NhsEnvironment custom(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!baseUrl.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query, fragment or user info");
    }
    HttpUrl url = HttpUrl.parse(baseUrl.toString());
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not a valid URL");
    }
    if (scheme.equals("http") && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "plain http is refused for hosts that are not loopback; use https");
    }
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().encodedPath(url.encodedPath() + "/").build();
    }
    return new NhsEnvironment("custom", url, false);
  }

  /** Whether {@code host} is {@code localhost} or a literal loopback address; never asks DNS. */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses are checked, so this never resolves a name through DNS.
    if (!(host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')))) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /**
   * Returns the short name of this environment: {@code sandbox}, {@code int}, {@code prod} or {@code custom}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the base URL, always ending in {@code /}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl.uri();
  }

  /**
   * Returns whether this is {@link #PRODUCTION}, where unsafe diagnostics such as body logging are refused.
   *
   * @return true for production
   */
  public boolean isProduction() {
    return production;
  }

  /**
   * Returns the exact OAuth 2.0 token URL of this environment, {@code {base}/oauth2/token}. Signed client
   * assertions must use this string, character for character, as their {@code aud} claim.
   *
   * @return the token URL
   */
  public URI tokenUrl() {
    return resolve("oauth2/token").uri();
  }

  /**
   * Returns the base URL of {@code api} in this environment, for example
   * {@code https://int.api.service.nhs.uk/personal-demographics/FHIR/R4}.
   *
   * @param api the API
   * @return the API's base URL, without a trailing slash
   * @throws NullPointerException if {@code api} is null
   */
  public URI apiUrl(NhsApi api) {
    Objects.requireNonNull(api, "api == null");
    return resolve(api.basePath().substring(1)).uri();
  }

  /** Every host this environment's calls go to: the base URL's, the token endpoint's and each known API's. */
  Set<String> hosts() {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(baseUrl().getHost());
    hosts.add(tokenUrl().getHost());
    for (NhsApi api : List.of(NhsApi.PDS, NhsApi.IMMUNISATION, NhsApi.RECORD_LOCATOR, NhsApi.ODS,
        NhsApi.WEBSITE_CONTENT, NhsApi.HELLO_WORLD)) {
      hosts.add(apiUrl(api).getHost());
    }
    return hosts;
  }

  private HttpUrl resolve(String relativePath) {
    return baseUrl.newBuilder().addEncodedPathSegments(relativePath).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NhsEnvironment that
        && name.equals(that.name)
        && baseUrl.equals(that.baseUrl)
        && production == that.production;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, baseUrl, production);
  }

  @Override
  public String toString() {
    return "NhsEnvironment[" + name + " " + baseUrl + "]";
  }
}
