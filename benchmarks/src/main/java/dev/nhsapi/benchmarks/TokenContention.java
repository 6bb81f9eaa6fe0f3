package dev.nhsapi.benchmarks;

import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.TokenEndpoint;
import dev.nhsapi.testing.NhsSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Token-cache contention: {@value #THREADS} threads make {@value #CALLS} calls in all, released at once, to
 * {@link SignedJwtCredentials#headers} against {@link NhsSandbox}'s loopback token endpoint, with a cold cache. The
 * whole run takes far less than the sandbox's token lifetime (599 s, the platform's), so the cache must ask the
 * endpoint for exactly one token, however many threads miss at the start.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.TokenContention
 * </pre>
 *
 * <p>Prints {@code token.requests} (tokens the endpoint issued) and {@code token.calls_per_s} {@link Results} lines.
 */
public final class TokenContention {
  private static final int THREADS = 16;
  private static final int CALLS = 100_000;

  private TokenContention() {}

  /**
   * Runs the calls.
   *
   * @param args none
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      SignedJwtCredentials credentials = sandbox.registerApplication("benchmark-application");
      TokenEndpoint endpoint =
          NhsTransport.builder().environment(sandbox.environment()).credentials(credentials).build().tokenEndpoint();
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> calls = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        calls.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          for (int i = 0; i < CALLS / THREADS; i++) {
            if (credentials.headers(endpoint).get("Authorization") == null) {
              throw new IllegalStateException("no Authorization header");
            }
          }
          return null;
        }));
      }
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> each : calls) {
        each.get();
      }
      long elapsed = System.nanoTime() - start;
      Results.print("token.requests", Side.SDK.label(), (double) sandbox.tokensIssued());
      Results.print("token.calls_per_s", Side.SDK.label(), CALLS * 1e9 / elapsed);
    } finally {
      pool.shutdown();
    }
  }
}
