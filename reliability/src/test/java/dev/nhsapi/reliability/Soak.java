package dev.nhsapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the soak tests share: the platform's fault mix, clients that only the sandbox throttles, calls spread over
 * threads and counted by outcome, and the process's thread and file-descriptor counts.
 */
final class Soak {
  static final String PDS = "/personal-demographics/";
  static final NhsNumber JANE = NhsNumber.of("9000000009");
  /** The SDK's default deadline per call: every attempt, backoff and wait together. */
  static final Duration DEADLINE = Duration.ofSeconds(60);

  private Soak() {}

  /**
   * Returns issue 8's fault mix: 10 % 503 with {@code Retry-After: 1}, 5 % 429, 2 % connections dropped after the
   * request was processed, 2 % bodies cut short, 5 % answers delayed by up to 2 s.
   */
  static Map<Fault, Double> platformFaults() {
    return Map.of(Fault.serviceUnavailable(Duration.ofSeconds(1)), 0.10, Fault.tooManyRequests(), 0.05,
        Fault.disconnect(), 0.02, Fault.truncatedBody(), 0.02, Fault.latency(Duration.ofSeconds(2)), 0.05);
  }

  /**
   * Returns a client of the sandbox with the SDK's defaults but no client-side rate limit to speak of, so the
   * sandbox's faults are all the calls meet; {@code settings} may change any of it.
   */
  static NhsClient client(NhsSandbox sandbox, Credentials credentials, Consumer<NhsTransport.Builder> settings) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> settings.accept(t.rateLimit(RateLimitOptions.perSecond(RateLimitOptions.MAX_PER_SECOND))))
        .build();
  }

  /**
   * Runs tasks {@code 0} to {@code tasks - 1} on {@code threads} threads and waits for them all; a task that
   * throws (an assertion, or an exception other than the SDK's typed ones) fails the test.
   */
  static void onThreads(int threads, int tasks, IntConsumer task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        int n = i;
        futures.add(pool.submit(() -> task.accept(n)));
      }
      for (Future<?> future : futures) {
        future.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).as("the test's own threads end").isTrue();
    }
  }

  /** Returns the open file descriptors of this process, or -1 where the platform does not say. */
  static long openDescriptors() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix
        ? unix.getOpenFileDescriptorCount() : -1;
  }

  /** Returns the seconds since {@code startedNanos}, to one decimal place. */
  static String secondsSince(long startedNanos) {
    return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
  }

  /**
   * What one call ended with: its value, or the simple name of the typed exception it failed with.
   *
   * @param value the value, or null if the call failed
   * @param failure the exception's simple name, or null if the call succeeded
   * @param elapsed how long the call took
   */
  record Outcome<T>(@Nullable T value, @Nullable String failure, Duration elapsed) {
    /**
     * Makes a call and notes how it ended. Only the SDK's typed {@link NhsApiException} counts as a failure;
     * anything else propagates and fails the test.
     */
    static <T> Outcome<T> of(Supplier<T> call) {
      long started = System.nanoTime();
      try {
        T value = call.get();
        return new Outcome<>(value, null, Duration.ofNanos(System.nanoTime() - started));
      } catch (NhsApiException e) {
        return new Outcome<>(null, e.getClass().getSimpleName(), Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }

  /**
   * Counts calls by outcome, successes and typed failures by exception type, and keeps the slowest call's time.
   * Thread-safe.
   */
  static final class Tally {
    private final LongAdder succeeded = new LongAdder();
    private final Map<String, LongAdder> failed = new ConcurrentSkipListMap<>();
    private final AtomicLong slowestNanos = new AtomicLong();

    /** Makes a call (see {@link Outcome#of(Supplier)}), counts how it ended and returns that. */
    <T> Outcome<T> call(Supplier<T> call) {
      Outcome<T> outcome = Outcome.of(call);
      add(outcome);
      return outcome;
    }

    /** Counts how a call ended. */
    void add(Outcome<?> outcome) {
      String failure = outcome.failure();
      if (failure == null) {
        succeeded.increment();
      } else {
        failed.computeIfAbsent(failure, t -> new LongAdder()).increment();
      }
      slowestNanos.accumulateAndGet(outcome.elapsed().toNanos(), Math::max);
    }

    long calls() {
      return succeeded() + failed.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long succeeded() {
      return succeeded.sum();
    }

    /** Returns the typed failures by exception type, in name order. */
    Map<String, Long> failures() {
      return failed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(),
          Long::sum, ConcurrentSkipListMap::new));
    }

    Duration slowest() {
      return Duration.ofNanos(slowestNanos.get());
    }

    /** Returns the figures, such as {@code calls=10 ok=9 failed=1 {ServiceUnavailableException=1} slowest=3.1s}. */
    @Override
    public String toString() {
      return "calls=" + calls() + " ok=" + succeeded() + " failed=" + (calls() - succeeded()) + " " + failures()
          + " slowest=" + String.format("%.1f", slowest().toMillis() / 1e3) + "s";
    }
  }
}
