package dev.nhsapi.core;

import java.util.Objects;

/**
 * One API on the NHS England platform: a name for logs and events, and the base path its resources live under.
 *
 * <p>The transport keeps one circuit breaker and one rate limiter per API, as the platform applies its limits
 * per application per API. The constants cover the APIs the SDK knows; {@link #of(String, String)} names any
 * other.
 *
 * <p>Each constant says whether the platform de-duplicates that API's writes by {@code X-Request-ID}
 * ({@link #deduplicatesWrites()}): only there is a write the SDK has not marked
 * {@linkplain NhsRequest.Builder#idempotent(boolean) idempotent} resent after a 503 with {@code Retry-After}.
 *
 * @param name a short, stable name used in logs, events and metrics, for example {@code pds}
 * @param basePath the path under the environment's base URL, starting with {@code /} and without a trailing
 *     slash, for example {@code /personal-demographics/FHIR/R4}
 */
public record NhsApi(String name, String basePath) {
  /**
   * The platform's OAuth 2.0 server, whose {@code /token} endpoint issues access tokens. A token request creates
   * nothing a resend could duplicate, so it counts as de-duplicated.
   */
  public static final NhsApi OAUTH = new NhsApi("oauth2", "/oauth2");

  /**
   * Personal Demographics Service FHIR R4 API. De-duplicates writes by {@code X-Request-ID}, and asks for a resend
   * on the same id with 503 and {@code Retry-After} (personal-demographics-service-api,
   * {@code specification/personal-demographics.yaml}, {@code X-Request-ID} and the 503 answers).
   */
  public static final NhsApi PDS = new NhsApi("pds", "/personal-demographics/FHIR/R4");

  /**
   * Immunisation FHIR R4 API. Does not de-duplicate writes by {@code X-Request-ID}: its spec's header text says
   * it does, but its backend only logs the header and refuses a second record with the same identifier (422
   * {@code DUPLICATE}) instead (immunisation-fhir-api, {@code lambdas/backend/src/service/fhir_service.py}), so an
   * unmarked create is never resent.
   */
  public static final NhsApi IMMUNISATION = new NhsApi("immunisation", "/immunisation-fhir-api/FHIR/R4");

  /** National Record Locator v3, consumer side. Read-only for consumers: nothing to de-duplicate. */
  public static final NhsApi RECORD_LOCATOR = new NhsApi("record-locator", "/record-locator/consumer/FHIR/R4");

  /** Organisation Data Terminology FHIR API. Read-only: nothing to de-duplicate. */
  public static final NhsApi ODS = new NhsApi("ods", "/organisation-data-terminology-api/fhir");

  /** NHS website content API (v2). Read-only: nothing to de-duplicate. */
  public static final NhsApi WEBSITE_CONTENT = new NhsApi("website-content", "/nhs-website-content");

  /** Hello World, the platform's sandbox-only teaching API. Read-only: nothing to de-duplicate. */
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

  /**
   * Returns whether the platform de-duplicates this API's writes by {@code X-Request-ID}, which every resend of
   * a call reuses: true for {@link #PDS} and {@link #OAUTH}, false for every other API, including those made
   * with {@link #of(String, String)}. Where it is false, a write is resent only if its request is marked
   * {@linkplain NhsRequest.Builder#idempotent(boolean) idempotent} (a conditional update, for example).
   *
   * @return whether an unmarked write may be resent on the same {@code X-Request-ID}
   */
  public boolean deduplicatesWrites() {
    return equals(PDS) || equals(OAUTH);
  }
}
