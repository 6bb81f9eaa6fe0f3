package dev.nhsapi.core;

import java.util.Objects;

/**
 * One API on the NHS England platform: a name for logs and events, and the base path its resources live under.
 *
 * <p>The transport keeps one circuit breaker and one rate limiter per API, as the platform applies its limits
 * per application per API. The constants cover the APIs the SDK knows; {@link #of(String, String)} names any
 * other.
 *
 * @param name a short, stable name used in logs, events and metrics, for example {@code pds}
 * @param basePath the path under the environment's base URL, starting with {@code /} and without a trailing
 *     slash, for example {@code /personal-demographics/FHIR/R4}
 */
public record NhsApi(String name, String basePath) {
  /** The platform's OAuth 2.0 server, whose {@code /token} endpoint issues access tokens. */
  public static final NhsApi OAUTH = new NhsApi("oauth2", "/oauth2");

  /** Personal Demographics Service FHIR R4 API. */
  public static final NhsApi PDS = new NhsApi("pds", "/personal-demographics/FHIR/R4");

  /** Immunisation FHIR R4 API. */
  public static final NhsApi IMMUNISATION = new NhsApi("immunisation", "/immunisation-fhir-api/FHIR/R4");

  /** National Record Locator v3, consumer side. */
  public static final NhsApi RECORD_LOCATOR = new NhsApi("record-locator", "/record-locator/consumer/FHIR/R4");

  /** Organisation Data Terminology FHIR API. */
  public static final NhsApi ODS = new NhsApi("ods", "/organisation-data-terminology-api/fhir");

  /** NHS website content API (v2). */
  public static final NhsApi WEBSITE_CONTENT = new NhsApi("website-content", "/nhs-website-content");

  /** Hello World, the platform's sandbox-only teaching API. */
  public static final NhsApi HELLO_WORLD = new NhsApi("hello-world", "/hello-world");

  /**
   * Validates the name and base path.
   *
   * @param name a short, stable name used in logs, events and metrics
   * @param basePath the path under the environment's base URL
   * @throws IllegalArgumentException if the name is blank, or the base path does not start with {@code /},
   *     ends with {@code /}, or has a query or fragment
   * @throws NullPointerException if either is null
   */
  public NhsApi {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(basePath, "basePath == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.contains("?") || basePath.contains("#")
        || basePath.contains("//")) {
      throw new IllegalArgumentException("basePath must look like /segment/segment, without a trailing slash");
    }
  }

  /**
   * Returns an API that the SDK has no constant for.
   *
   * @param name a short, stable name for logs and metrics
   * @param basePath the base path, for example {@code /electronic-prescriptions/FHIR/R4}
   * @return the API
   * @throws IllegalArgumentException if the name or base path is malformed (see the constructor)
   * @throws NullPointerException if either is null
   */
  public static NhsApi of(String name, String basePath) {
    return new NhsApi(name, basePath);
  }
}
