package dev.nhsapi.reliability;

import static dev.nhsapi.reliability.Soak.JANE;
import static dev.nhsapi.reliability.Soak.PDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The platform's spike arrest against the SDK's default client-side limit. Tagged {@code soak}: a 100-request
 * burst at 5 per second takes 20 s.
 */
@Tag("soak")
class RateLimitTest {
  @Test
  void aBurstFromEightThreadsAgainstFivePerSecondMeetsNo429WithTheDefaultLimiter() throws Exception {
    long started = System.nanoTime();
    Soak.Tally burst = new Soak.Tally();
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      sandbox.faults().rateLimit(PDS, 5);
      NhsClient nhs = Soak.client(sandbox, sandbox.registerApplication("burst"),
          t -> t.rateLimit(RateLimitOptions.defaults()));

      Soak.onThreads(8, 100, i -> burst.call(() -> nhs.pds().read(JANE)));

      int refused = sandbox.faults().injected().getOrDefault(Fault.Kind.TOO_MANY_REQUESTS, 0);
      long sent = sandbox.requests().stream().filter(r -> r.target().startsWith(PDS)).count();
      System.out.println("RATE LIMIT: " + burst + "; PDS requests " + sent + ", of which the sandbox refused "
          + refused + " with 429 (retried by the SDK) wall=" + Soak.secondsSince(started) + "s");
      assertThat(sent).isEqualTo(100 + refused);
    }
    assertThat(burst.failures()).as("429s or anything else reaching the caller").isEmpty();
    assertThat(burst.succeeded()).isEqualTo(100);
  }
}
