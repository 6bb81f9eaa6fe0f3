package dev.nhsapi.reliability;

import static dev.nhsapi.reliability.Soak.JANE;
import static dev.nhsapi.reliability.Soak.PDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.CircuitState;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsCircuitOpenException;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Outages: of PDS, which the circuit breaker turns into fast failures and recovers from by itself, and of the
 * token endpoint, which hurts only once the cached token expires. Tagged {@code soak}, like {@link FaultSoakTest}.
 */
@Tag("soak")
class OutageTest {
  static final int THREADS = 4;
  static final Duration OUTAGE = Duration.ofSeconds(5);
  /** The default breaker, but open for 2 s rather than 30 s, so the test sees it close again within seconds. */
  static final CircuitBreakerOptions BREAKER = new CircuitBreakerOptions(true, 50, 10, 20, Duration.ofSeconds(2), 3);

  @Test
  void theBreakerTurnsAnOutageIntoFastFailuresAndClosesByItselfWhenTheServiceHeals() throws Exception {
    long started = System.nanoTime();
    List<Transition> transitions = new CopyOnWriteArrayList<>();
    Soak.Tally outage = new Soak.Tally();
    Soak.Tally recovery = new Soak.Tally();
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      NhsClient nhs = Soak.client(sandbox, sandbox.registerApplication("outage"),
          t -> t.circuitBreaker(BREAKER).eventListener(new NhsEventListener() {
            @Override
            public void circuitStateChanged(NhsApi api, CircuitState from, CircuitState to) {
              transitions.add(new Transition(to, pdsRequests(sandbox)));
            }
          }));
      nhs.pds().read(JANE);

      sandbox.faults().always(PDS, Fault.serviceUnavailable(Duration.ofSeconds(1)));
      long requestsBefore = pdsRequests(sandbox);
      long outageEnds = System.nanoTime() + OUTAGE.toNanos();
      readWhile(outage, nhs, () -> System.nanoTime() < outageEnds);
      long requestsInOutage = pdsRequests(sandbox) - requestsBefore;
      int transitionsInOutage = transitions.size();
      sandbox.faults().clear();
      // Readers stop once the breaker has closed again; 30 s is a generous bound, not a measurement.
      long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      readWhile(recovery, nhs, () -> System.nanoTime() < giveUp && !closedAgain(transitions, transitionsInOutage));
      System.out.println("OUTAGE PDS: during " + OUTAGE.toSeconds() + "s outage " + outage + ", requests reaching "
          + "the sandbox " + requestsInOutage + ", while open " + requestsWhileOpen(transitions) + "; recovery "
          + recovery + "; breaker " + transitions + " wall=" + Soak.secondsSince(started) + "s");

      assertThat(outage.succeeded()).isZero();
      assertThat(outage.failures().keySet()).isSubsetOf(NhsCircuitOpenException.class.getSimpleName(),
          ServiceUnavailableException.class.getSimpleName());
      assertThat(outage.failures().get(NhsCircuitOpenException.class.getSimpleName()))
          .as("calls refused at once by the open breaker, against calls that reached the sandbox")
          .isGreaterThan(requestsInOutage);
      assertThat(transitions.subList(0, transitionsInOutage)).extracting(Transition::to)
          .startsWith(CircuitState.OPEN);
      assertThat(requestsWhileOpen(transitions)).as("requests sent while the breaker was open: at most those "
          + "already admitted when it opened, one per thread").allMatch(n -> n <= THREADS);
      assertThat(transitions.subList(transitionsInOutage, transitions.size())).extracting(Transition::to)
          .as("after the outage").endsWith(CircuitState.HALF_OPEN, CircuitState.CLOSED);
      assertThat(nhs.pds().read(JANE).requested()).isEqualTo(JANE);
    }
  }

  @Test
  void aTokenEndpointOutageFailsCallsOnlyOnceTheTokenHasExpiredAndHealsWithTheEndpoint() throws Exception {
    long started = System.nanoTime();
    Duration lifetime = Duration.ofSeconds(4);
    Soak.Tally whileValid = new Soak.Tally();
    Soak.Tally straddling = new Soak.Tally();
    Soak.Tally afterExpiry = new Soak.Tally();
    Soak.Tally recovery = new Soak.Tally();
    try (NhsSandbox sandbox = NhsSandbox.builder().tokenLifetime(lifetime).start()) {
      // The credentials refresh ahead of expiry by 60 s, but never in a token's first half-life, so a 4 s token is
      // used for 2 s before a refresh is tried; a failed refresh keeps the token until it expires.
      NhsClient nhs = Soak.client(sandbox, sandbox.registerApplication("token-outage"), t -> {});
      // The token is issued during this first read, so it expires between these two instants.
      long expiresAfter = System.nanoTime() + lifetime.toNanos();
      nhs.pds().read(JANE);
      long expiresBefore = System.nanoTime() + lifetime.toNanos();

      sandbox.faults().always("/oauth2/token", Fault.serviceUnavailable(Duration.ofSeconds(1)));
      // Calls that straddle the expiry can take seconds (the failed refresh holds the fetch lock while its
      // 503s are retried), so the phase ends on a count of calls made after expiry rather than at a fixed time.
      long phaseLimit = expiresBefore + Duration.ofSeconds(30).toNanos();
      Soak.onThreads(2, 2, t -> {
        while (afterExpiry.calls() < 20 && System.nanoTime() < phaseLimit) {
          long callStarted = System.nanoTime();
          Soak.Outcome<?> outcome = Soak.Outcome.of(() -> nhs.pds().read(JANE));
          long callEnded = callStarted + outcome.elapsed().toNanos();
          (callEnded < expiresAfter ? whileValid : callStarted > expiresBefore ? afterExpiry : straddling)
              .add(outcome);
          pause();
        }
      });
      sandbox.faults().clear();
      // A token fetch's failure is shared with calls for 1 s rather than repeated, so the first calls after the
      // endpoint heals may still fail; 10 s is a generous bound, not a measurement.
      long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < giveUp && recovery.call(() -> nhs.pds().read(JANE)).value() == null) {
        pause();
      }
      System.out.println("OUTAGE token endpoint: while the token was valid " + whileValid + "; across its expiry "
          + straddling + "; after expiry " + afterExpiry + "; after the endpoint healed " + recovery
          + "; tokens issued " + sandbox.tokensIssued() + " wall=" + Soak.secondsSince(started) + "s");
      assertThat(sandbox.tokensIssued()).isEqualTo(2);
    }
    assertThat(recovery.succeeded()).as("recovered with the endpoint").isOne();
    assertThat(whileValid.succeeded()).isPositive().isEqualTo(whileValid.calls());
    assertThat(afterExpiry.succeeded()).isZero();
    assertThat(afterExpiry.failures()).as("no token: the call could not be authenticated").containsOnlyKeys(
        AuthenticationException.class.getSimpleName());
  }

  /**
   * A breaker state change and how many PDS requests the sandbox had received by then.
   *
   * @param to the new state
   * @param pdsRequests the sandbox's PDS requests so far
   */
  record Transition(CircuitState to, long pdsRequests) {}

  static long pdsRequests(NhsSandbox sandbox) {
    return sandbox.requests().stream().filter(r -> r.target().startsWith(PDS)).count();
  }

  /** Returns the PDS requests the sandbox received during each spell of the breaker being open. */
  static List<Long> requestsWhileOpen(List<Transition> transitions) {
    List<Long> spells = new ArrayList<>();
    for (int i = 0; i + 1 < transitions.size(); i++) {
      if (transitions.get(i).to() == CircuitState.OPEN) {
        spells.add(transitions.get(i + 1).pdsRequests() - transitions.get(i).pdsRequests());
      }
    }
    return spells;
  }

  static boolean closedAgain(List<Transition> transitions, int from) {
    return transitions.subList(from, transitions.size()).stream().anyMatch(t -> t.to() == CircuitState.CLOSED);
  }

  /** Reads from {@link #THREADS} threads, each about 50 times a second, while {@code going} holds. */
  static void readWhile(Soak.Tally tally, NhsClient nhs, BooleanSupplier going) throws Exception {
    Soak.onThreads(THREADS, THREADS, t -> {
      while (going.getAsBoolean()) {
        tally.call(() -> nhs.pds().read(JANE));
        pause();
      }
    });
  }

  /** Paces a reader, as a service's own callers would, instead of spinning on fast failures. */
  static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
