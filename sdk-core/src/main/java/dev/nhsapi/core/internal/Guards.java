package dev.nhsapi.core.internal;

import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.CircuitState;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.RateLimitOptions;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The per-API resilience state of a transport: one Resilience4j retry, circuit breaker and rate limiter per API,
 * created on first use and shared by every call to that API (and by transports derived with unchanged
 * settings).
 */
final class Guards {
  /** One API's guards and base URL. */
  record ForApi(
      HttpUrl baseUrl, Retry retry, @Nullable CircuitBreaker breaker, @Nullable RateLimiter limiter) {}

  private final TransportSettings settings;
  private final Events events;
  private final ConcurrentMap<NhsApi, ForApi> byApi = new ConcurrentHashMap<>();

  Guards(TransportSettings settings, Events events) {
    this.settings = settings;
    this.events = events;
  }

  ForApi forApi(NhsApi api) {
    ForApi guards = byApi.get(api);
    return guards != null ? guards : byApi.computeIfAbsent(api, this::create);
  }

  private ForApi create(NhsApi api) {
    // The token endpoint's URL may be overridden on its own, so token requests are rooted beside it.
    HttpUrl baseUrl = api.equals(NhsApi.OAUTH)
        ? RealTokenEndpoint.directory(settings.environment())
        : HttpUrl.get(settings.environment().apiUrl(api));
    Retry retry = Retry.of(api.name(), RetryConfig.custom()
        .maxAttempts(settings.retry().maxAttempts())
        .retryOnException(e -> e instanceof AttemptFailure failure && failure.retryable())
        .intervalBiFunction((attempt, outcome) ->
            outcome.isLeft() && outcome.getLeft() instanceof AttemptFailure failure ? failure.delayMillis() : 0L)
        .build());
    return new ForApi(baseUrl, retry, breaker(api), limiter(api));
  }

  private @Nullable CircuitBreaker breaker(NhsApi api) {
    CircuitBreakerOptions options = settings.circuitBreaker();
    if (!options.enabled()) {
      return null;
    }
    CircuitBreaker breaker = CircuitBreaker.of(api.name(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(options.windowSize())
        .minimumNumberOfCalls(options.minimumCalls())
        .failureRateThreshold(options.failureRatePercent())
        .waitDurationInOpenState(options.openDuration())
        .permittedNumberOfCallsInHalfOpenState(options.halfOpenCalls())
        .build());
    // Every state change is logged (opening at WARNING), so the consumer is always registered; Resilience4j then
    // builds a small event object per call outcome, nothing beside an HTTP call.
    breaker.getEventPublisher().onStateTransition(event -> events.circuitStateChanged(
        api,
        state(event.getStateTransition().getFromState()),
        state(event.getStateTransition().getToState())));
    return breaker;
  }

  private @Nullable RateLimiter limiter(NhsApi api) {
    RateLimitOptions options = settings.rateLimitFor(api);
    if (!options.enabled()) {
      return null;
    }
    // One permit every 1/n seconds rather than n permits each second: the platform's spike arrest smooths
    // its limit the same way, so a burst of n requests in the same millisecond would still earn 429s.
    return RateLimiter.of(api.name(), RateLimiterConfig.custom()
        .limitForPeriod(1)
        .limitRefreshPeriod(Duration.ofNanos(1_000_000_000L / options.requestsPerSecond()))
        .timeoutDuration(options.maxWait())
        .build());
  }

  private static CircuitState state(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED -> CircuitState.CLOSED;
      case OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      default -> CircuitState.OTHER;
    };
  }
}
