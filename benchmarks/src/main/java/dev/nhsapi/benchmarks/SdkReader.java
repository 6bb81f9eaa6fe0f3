package dev.nhsapi.benchmarks;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.fhir.NhsNumber;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SDK side: {@code nhs.pds().read(nhsNumber)} with the full pipeline a production user runs: generated request
 * ids, the default retry policy and circuit breaker, a client rate limit of {@link RateLimitOptions#MAX_PER_SECOND}
 * (so the limiter runs on every call but never makes one wait), the redacting HTTP logger {@code dev.nhsapi.http}
 * at INFO, and an event listener that counts successful calls.
 */
final class SdkReader implements PatientReader {
  /** Held so that the level set on it stays (java.util.logging keeps loggers only weakly). */
  private static final Logger HTTP_LOG = Logger.getLogger("dev.nhsapi.http");

  private final NhsClient nhs;
  private final NhsNumber nhsNumber = NhsNumber.of(NHS_NUMBER);
  private final LongAdder succeeded = new LongAdder();

  SdkReader(URI server) {
    HTTP_LOG.setLevel(Level.INFO);
    NhsEventListener listener = new NhsEventListener() {
      @Override
      public void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {
        succeeded.increment();
      }
    };
    nhs = NhsClient.builder()
        .environment(NhsEnvironment.custom(server))
        .transport(transport -> transport
            .retry(RetryOptions.defaults())
            .circuitBreaker(CircuitBreakerOptions.defaults())
            .rateLimit(RateLimitOptions.perSecond(RateLimitOptions.MAX_PER_SECOND))
            .eventListener(listener))
        .build();
  }

  @Override
  public String readFamily() {
    return nhs.pds().read(nhsNumber).patient().name().get(0).family();
  }

  /**
   * Returns how many calls the event listener saw succeed.
   *
   * @return the count
   */
  long succeededCalls() {
    return succeeded.sum();
  }

  @Override
  public void close() {
    // The SDK's client holds nothing to release: its OkHttp threads are daemons and its pool evicts idle
    // connections itself.
  }
}
