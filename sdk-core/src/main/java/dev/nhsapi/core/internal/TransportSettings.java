package dev.nhsapi.core.internal;

import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.auth.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything a transport was built with, validated by the public builder.
 *
 * @param environment where calls go
 * @param credentials how they authenticate
 * @param httpClient the OkHttp client, already configured with timeouts and no redirects
 * @param callTimeout the default deadline of a logical call
 * @param maxResponseBytes the largest success body a decoder may read
 * @param retry retry options
 * @param circuitBreaker breaker options, per API
 * @param rateLimit the default rate limit, per API
 * @param rateLimitOverrides rate limits for particular APIs
 * @param listener event listener
 * @param endUserOrganisation the ODS code for {@code NHSD-End-User-Organisation-ODS}, or null
 * @param applicationId a product token prepended to the User-Agent, or null
 * @param unsafeLogBodies whether bodies are logged at TRACE
 * @param clock the clock for {@code Retry-After} dates
 */
public record TransportSettings(
    NhsEnvironment environment,
    Credentials credentials,
    OkHttpClient httpClient,
    Duration callTimeout,
    long maxResponseBytes,
    RetryOptions retry,
    CircuitBreakerOptions circuitBreaker,
    RateLimitOptions rateLimit,
    Map<NhsApi, RateLimitOptions> rateLimitOverrides,
    NhsEventListener listener,
    @Nullable String endUserOrganisation,
    @Nullable String applicationId,
    boolean unsafeLogBodies,
    Clock clock) {

  /** Copies the map. */
  public TransportSettings {
    rateLimitOverrides = Map.copyOf(rateLimitOverrides);
  }

  RateLimitOptions rateLimitFor(NhsApi api) {
    return rateLimitOverrides.getOrDefault(api, rateLimit);
  }

  /** Whether a transport built with {@code other} may share this one's breakers and limiters. */
  boolean sharesGuardsWith(TransportSettings other) {
    return environment.equals(other.environment)
        && retry.equals(other.retry)
        && circuitBreaker.equals(other.circuitBreaker)
        && rateLimit.equals(other.rateLimit)
        && rateLimitOverrides.equals(other.rateLimitOverrides)
        && listener == other.listener;
  }
}
