package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.CircuitState;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientRecord;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;

/** The "Operations" guide's examples: configuring, observing and sharing a client in a service. */
public final class OperationsGuide {
  private OperationsGuide() {}

  /**
   * Builds a client with every operational setting spelled out.
   *
   * @param credentials the application's credentials
   * @param metrics the listener that receives the transport's events
   * @return the client
   */
  public static NhsClient configured(Credentials credentials, CallMetrics metrics) {
    // @start region="configure"
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(credentials)
        .transport(t -> t
            .connectTimeout(Duration.ofSeconds(5))              // default 10 s
            .readTimeout(Duration.ofSeconds(30))                // default 30 s; PDS may take 29 s on a write
            .callTimeout(Duration.ofSeconds(45))                // the deadline: all attempts, backoff and waits
            .retry(new RetryOptions(3, Duration.ofMillis(500), Duration.ofSeconds(4)))
            .rateLimit(RateLimitOptions.perSecond(5))           // every API: the platform's default limit
            .rateLimit(NhsApi.PDS, RateLimitOptions.perSecond(10))  // one API: a higher limit granted to the app
            .circuitBreaker(CircuitBreakerOptions.defaults())
            .eventListener(metrics)
            .applicationId("my-gp-app/2.1")                     // leads the User-Agent
            .endUserOrganisation("Y12345"))                     // NHSD-End-User-Organisation-ODS
        .build();
    // @end
    return nhs;
  }

  /**
   * Reads with a deadline and correlation id of the caller's.
   *
   * @param nhs the client
   * @param traceId the caller's trace id
   * @return the record
   */
  public static PatientRecord perCall(NhsClient nhs, String traceId) {
    // @start region="per-call"
    PatientRecord record = nhs.pds().readWithResponse(NhsNumber.of("9000000009"), RequestOptions.builder()
        .timeout(Duration.ofSeconds(5))                         // this call's deadline, in place of callTimeout
        .correlationId(traceId)                                 // X-Correlation-ID, to find it in your traces
        .build()).value();
    // @end
    return record;
  }

  /**
   * Derives variants of a shared client, and builds one on an existing OkHttp client.
   *
   * @param nhs the application's client
   * @param okHttp an OkHttp client the application already has
   * @param credentials the application's credentials
   * @return the client built on {@code okHttp}
   */
  public static NhsClient share(NhsClient nhs, OkHttpClient okHttp, Credentials credentials) {
    // @start region="share"
    NhsClient slow = nhs.newBuilder()                           // same connection pool, token cache, breakers
        .transport(t -> t.callTimeout(Duration.ofMinutes(2)))
        .build();
    NhsClient onYourPool = NhsClient.builder()
        .environment(NhsEnvironment.INTEGRATION)
        .credentials(credentials)
        .transport(t -> t.httpClient(okHttp))                   // shares its pool, dispatcher and interceptors
        .build();
    // @end
    System.out.println(slow + " and " + onYourPool);
    return onYourPool;
  }

  /** Shows the SDK's redacted request log on the console, through {@code java.util.logging}. */
  public static void logging() {
    // @start region="logging"
    Logger http = Logger.getLogger("dev.nhsapi.http");          // System.Logger's DEBUG is FINE, TRACE is FINER
    http.setLevel(Level.FINE);
    ConsoleHandler console = new ConsoleHandler();
    console.setLevel(Level.FINE);
    http.addHandler(console);
    // @end
  }

  // @start region="listener"
  /** Counts calls, retries and breaker changes per API: a stand-in for a metrics library's counters. */
  public static final class CallMetrics implements NhsEventListener {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    @Override
    public void callSucceeded(CallInfo call, int statusCode, int attempts, Duration elapsed) {
      increment(call.api().name() + ".success");
    }

    @Override
    public void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {
      increment(call.api().name() + ".failure." + failure.getClass().getSimpleName());
    }

    @Override
    public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
      increment(call.api().name() + ".retry");
    }

    @Override
    public void rateLimited(CallInfo call, Duration waited) {
      increment(call.api().name() + ".throttled");
    }

    @Override
    public void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {
      increment(api.name() + ".circuit." + to);
    }

    /**
     * Returns a counter's value.
     *
     * @param name the counter, such as {@code pds.retry}
     * @return its value, 0 if it never counted
     */
    public long count(String name) {
      LongAdder counter = counters.get(name);
      return counter == null ? 0 : counter.sum();
    }

    private void increment(String name) {
      counters.computeIfAbsent(name, n -> new LongAdder()).increment();
    }
  }
  // @end
}
