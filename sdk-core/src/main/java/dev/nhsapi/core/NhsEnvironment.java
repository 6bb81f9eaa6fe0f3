package dev.nhsapi.core;

import java.net.InetAddress;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Where an API, or the token endpoint, is served somewhere else (a proxy or API gateway that mounts each API
 * under its own path, or NHS England's own sandbox run locally), {@link #toBuilder()} overrides its URL, one API at
 * a time, and keeps every other URL:
 *
 * <pre>{@code
 * NhsEnvironment gateway = NhsEnvironment.custom(URI.create("https://gateway.example/"))
 *     .toBuilder()
 *     .apiUrl(NhsApi.PDS, URI.create("https://gateway.example/pds/FHIR/R4"))
 *     .tokenUrl(URI.create("https://gateway.example/auth/token"))
 *     .build();
 * }</pre>
 *
 * <p>Plain {@code http} is accepted only for loopback hosts, for the base URL and every override, so credentials
 * and patient data never leave the machine unencrypted.
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
  private final Map<NhsApi, HttpUrl> apiUrls;
  private final @Nullable HttpUrl tokenUrl;

  private NhsEnvironment(String name, HttpUrl baseUrl, boolean production) {
    this(name, baseUrl, production, Map.of(), null);
  }

  private NhsEnvironment(String name, HttpUrl baseUrl, boolean production, Map<NhsApi, HttpUrl> apiUrls,
      @Nullable HttpUrl tokenUrl) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.production = production;
    this.apiUrls = Map.copyOf(apiUrls);
    this.tokenUrl = tokenUrl;
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
    HttpUrl url = checkedUrl(baseUrl, "baseUrl");
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().encodedPath(url.encodedPath() + "/").build();
    }
    return new NhsEnvironment("custom", url, false);
  }

  /**
   * Returns a builder that starts from this environment: its name, base URL, production flag and overrides.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Parses a base or override URL, applying the rules that {@link #custom(URI)} documents. */
  private static HttpUrl checkedUrl(URI uri, String what) {
    Objects.requireNonNull(uri, what + " == null");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException(what + " must be an absolute http or https URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(what + " must not have a query, fragment or user info");
    }
    HttpUrl url = HttpUrl.parse(uri.toString());
    if (url == null) {
      throw new IllegalArgumentException(what + " is not a valid URL");
    }
    if (scheme.equals("http") && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "plain http is refused for hosts that are not loopback; use https for " + what);
    }
    return url;
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
   * Returns the exact OAuth 2.0 token URL of this environment: the one set by {@link Builder#tokenUrl(URI)}, else
   * {@code {apiUrl(NhsApi.OAUTH)}/token}, which is {@code {base}/oauth2/token} unless the OAuth API's URL is
   * overridden. Signed client assertions must use this string, character for character, as their {@code aud}
   * claim, and token requests are posted to it.
   *
   * @return the token URL
   */
  public URI tokenUrl() {
    if (tokenUrl != null) {
      return tokenUrl.uri();
    }
    return HttpUrl.get(apiUrl(NhsApi.OAUTH)).newBuilder().addPathSegment("token").build().uri();
  }

  /**
   * Returns the base URL of {@code api} in this environment: the one set by {@link Builder#apiUrl(NhsApi, URI)},
   * else the base URL plus the API's base path, for example
   * {@code https://int.api.service.nhs.uk/personal-demographics/FHIR/R4}. Every request to the API, and every
   * next-page link a search follows, must lie under it.
   *
   * @param api the API
   * @return the API's base URL, without a trailing slash
   * @throws NullPointerException if {@code api} is null
   */
  public URI apiUrl(NhsApi api) {
    Objects.requireNonNull(api, "api == null");
    HttpUrl override = apiUrls.get(api);
    if (override != null) {
      return override.uri();
    }
    return baseUrl.newBuilder().addEncodedPathSegments(api.basePath().substring(1)).build().uri();
  }

  /**
   * Every host this environment's calls go to: the base URL's, the token endpoint's, each known API's and each
   * overridden API's.
   */
  Set<String> hosts() {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(baseUrl().getHost());
    hosts.add(tokenUrl().getHost());
    for (NhsApi api : List.of(NhsApi.PDS, NhsApi.IMMUNISATION, NhsApi.RECORD_LOCATOR, NhsApi.ODS,
        NhsApi.WEBSITE_CONTENT, NhsApi.HELLO_WORLD)) {
      hosts.add(apiUrl(api).getHost());
    }
    apiUrls.values().forEach(url -> hosts.add(url.host()));
    return hosts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NhsEnvironment that
        && name.equals(that.name)
        && baseUrl.equals(that.baseUrl)
        && production == that.production
        && apiUrls.equals(that.apiUrls)
        && Objects.equals(tokenUrl, that.tokenUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, baseUrl, production, apiUrls, tokenUrl);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("NhsEnvironment[").append(name).append(' ').append(baseUrl);
    apiUrls.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(NhsApi::name)))
        .forEach(entry -> text.append(' ').append(entry.getKey().name()).append('=').append(entry.getValue()));
    if (tokenUrl != null) {
      text.append(" token=").append(tokenUrl);
    }
    return text.append(']').toString();
  }

  /**
   * Builds a variant of an environment with some API URLs, or the token URL, pointed elsewhere. Obtain one from
   * {@link NhsEnvironment#toBuilder()}; the variant keeps the original's name and production flag (so a
   * {@link #PRODUCTION} variant still refuses unsafe diagnostics).
   *
   * <p>Builders are not thread-safe; the environments they build are.
   */
  public static final class Builder {
    private final String name;
    private final HttpUrl baseUrl;
    private final boolean production;
    private final Map<NhsApi, HttpUrl> apiUrls;
    private @Nullable HttpUrl tokenUrl;

    private Builder(NhsEnvironment environment) {
      this.name = environment.name;
      this.baseUrl = environment.baseUrl;
      this.production = environment.production;
      this.apiUrls = new LinkedHashMap<>(environment.apiUrls);
      this.tokenUrl = environment.tokenUrl;
    }

    /**
     * Serves {@code api} from {@code url} instead of the base URL plus the API's base path. A later call for the
     * same API replaces an earlier one. Overriding {@link NhsApi#OAUTH} also moves the default token URL, which
     * becomes {@code {url}/token}.
     *
     * @param api the API
     * @param url the API's base URL, for example {@code http://127.0.0.1:9000/personal-demographics/FHIR/R4};
     *     an absolute {@code https} URL, or {@code http} to a loopback host; no query, fragment or user info;
     *     a trailing slash is dropped
     * @return this builder
     * @throws IllegalArgumentException if the URL breaks one of those rules
     * @throws NullPointerException if either argument is null
     */
    public Builder apiUrl(NhsApi api, URI url) {
      Objects.requireNonNull(api, "api == null");
      HttpUrl checked = checkedUrl(url, "apiUrl");
      String path = checked.encodedPath();
      if (path.length() > 1 && path.endsWith("/")) {
        checked = checked.newBuilder().encodedPath(path.substring(0, path.length() - 1)).build();
      }
      apiUrls.put(api, checked);
      return this;
    }

    /**
     * Posts token requests to {@code url}, and signs client assertions for it as their {@code aud}, instead of
     * the default {@code {base}/oauth2/token}.
     *
     * @param url the token endpoint's exact URL; an absolute {@code https} URL, or {@code http} to a loopback
     *     host; no query, fragment or user info; its path names the endpoint, so it does not end in {@code /}
     * @return this builder
     * @throws IllegalArgumentException if the URL breaks one of those rules
     * @throws NullPointerException if {@code url} is null
     */
    public Builder tokenUrl(URI url) {
      HttpUrl checked = checkedUrl(url, "tokenUrl");
      if (checked.encodedPath().endsWith("/")) {
        throw new IllegalArgumentException("tokenUrl must name the endpoint, so its path must not end in /");
      }
      this.tokenUrl = checked;
      return this;
    }

    /**
     * Builds the environment.
     *
     * @return the environment
     */
    public NhsEnvironment build() {
      return new NhsEnvironment(name, baseUrl, production, apiUrls, tokenUrl);
    }
  }
}
