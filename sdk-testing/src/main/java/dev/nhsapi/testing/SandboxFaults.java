package dev.nhsapi.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The faults a sandbox injects, scripted per path prefix: the next few requests, every request until cleared, a
 * seeded random share of requests, or a rate limit.
 *
 * <p>A path prefix is matched against the request's encoded path, such as {@code /personal-demographics/} or
 * {@code /oauth2/token}; {@code /} matches every request. Rules are consulted in the order they were added, and the
 * first that injects a fault decides the answer; a request no rule faults is answered normally.
 *
 * <pre>{@code
 * sandbox.faults().next("/personal-demographics/", 2, Fault.serviceUnavailable(Duration.ofSeconds(1)));
 * sandbox.faults().rateLimit("/personal-demographics/", 5);
 * }</pre>
 *
 * <p>Thread-safe. Obtain it from {@link NhsSandbox#faults()}.
 */
public final class SandboxFaults {
  private static final long ONE_SECOND_NANOS = Duration.ofSeconds(1).toNanos();

  private final List<Rule> rules = new ArrayList<>();
  private final Map<Fault.Kind, Integer> injected = new EnumMap<>(Fault.Kind.class);

  SandboxFaults() {}

  /**
   * Injects {@code fault} into the next {@code count} requests whose path starts with {@code pathPrefix}.
   *
   * @param pathPrefix the start of the encoded path, beginning with {@code /}
   * @param count how many requests to fault, at least 1
   * @param fault the fault
   * @return this
   * @throws IllegalArgumentException if the prefix does not begin with {@code /} or {@code count} is below 1
   * @throws NullPointerException if an argument is null
   */
  public SandboxFaults next(String pathPrefix, int count, Fault fault) {
    Objects.requireNonNull(fault, "fault == null");
    if (count < 1) {
      throw new IllegalArgumentException("count < 1");
    }
    return add(new Countdown(checkPrefix(pathPrefix), count, fault));
  }

  /**
   * Injects {@code fault} into every request whose path starts with {@code pathPrefix} until {@link #clear()}: an
   * outage.
   *
   * @param pathPrefix the start of the encoded path, beginning with {@code /}
   * @param fault the fault
   * @return this
   * @throws IllegalArgumentException if the prefix does not begin with {@code /}
   * @throws NullPointerException if an argument is null
   */
  public SandboxFaults always(String pathPrefix, Fault fault) {
    Objects.requireNonNull(fault, "fault == null");
    return add(new Always(checkPrefix(pathPrefix), fault));
  }

  /**
   * Injects faults at random into requests whose path starts with {@code pathPrefix}, each with its probability,
   * until {@link #clear()}. The same seed and the same sequence of requests give the same faults, so a soak test
   * that fails can be replayed. A {@link Fault#latency(Duration) latency} fault delays by a random time up to its
   * delay.
   *
   * <pre>{@code
   * sandbox.faults().random("/", 42, Map.of(
   *     Fault.serviceUnavailable(Duration.ofSeconds(1)), 0.10, Fault.tooManyRequests(), 0.05,
   *     Fault.disconnect(), 0.02, Fault.truncatedBody(), 0.02, Fault.latency(Duration.ofSeconds(2)), 0.05));
   * }</pre>
   *
   * @param pathPrefix the start of the encoded path, beginning with {@code /}
   * @param seed the seed of the random sequence
   * @param probabilities each fault's probability per request, between 0 and 1, together at most 1
   * @return this
   * @throws IllegalArgumentException if the prefix does not begin with {@code /}, or a probability is outside
   *     [0, 1], or they add up to more than 1
   * @throws NullPointerException if an argument, key or value is null
   */
  public SandboxFaults random(String pathPrefix, long seed, Map<Fault, Double> probabilities) {
    Objects.requireNonNull(probabilities, "probabilities == null");
    // Map iteration order varies between runs; a fixed order keeps a seed reproducible.
    List<Map.Entry<Fault, Double>> entries = probabilities.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing((Map.Entry<Fault, Double> e) -> e.getKey().kind())
            .thenComparing(e -> e.getKey().duration()))
        .toList();
    double total = 0;
    for (Map.Entry<Fault, Double> entry : entries) {
      double probability = entry.getValue();
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("probability outside [0, 1] for " + entry.getKey());
      }
      total += probability;
    }
    if (total > 1 + 1e-9) {
      throw new IllegalArgumentException("probabilities add up to more than 1");
    }
    return add(new Chance(checkPrefix(pathPrefix), new Random(seed), entries));
  }

  /**
   * Answers 429 {@code TOO_MANY_REQUESTS} to requests whose path starts with {@code pathPrefix} beyond
   * {@code requestsPerSecond} in any rolling second, as the platform's spike arrest does (PDS allows 5 per second
   * per application). Refused requests do not count towards the limit. The limit lasts until {@link #clear()}.
   *
   * @param pathPrefix the start of the encoded path, beginning with {@code /}
   * @param requestsPerSecond the requests allowed per rolling second, at least 1
   * @return this
   * @throws IllegalArgumentException if the prefix does not begin with {@code /} or the rate is below 1
   * @throws NullPointerException if {@code pathPrefix} is null
   */
  public SandboxFaults rateLimit(String pathPrefix, int requestsPerSecond) {
    if (requestsPerSecond < 1) {
      throw new IllegalArgumentException("requestsPerSecond < 1");
    }
    return add(new RateLimit(checkPrefix(pathPrefix), requestsPerSecond));
  }

  /**
   * Returns how many faults of each kind were injected since the sandbox started, whichever rule injected them
   * ({@link #rateLimit(String, int) rate-limit} refusals count as {@link Fault.Kind#TOO_MANY_REQUESTS}); kinds
   * never injected are absent. {@link #clear()} does not zero the counts: take the difference of two snapshots.
   *
   * @return an unmodifiable snapshot, in the order of {@link Fault.Kind}
   */
  public synchronized Map<Fault.Kind, Integer> injected() {
    return Collections.unmodifiableMap(new EnumMap<>(injected));
  }

  /** Removes every rule, so requests are answered normally again. */
  public synchronized void clear() {
    rules.clear();
  }

  /**
   * Returns the fault for a request, consuming it from the rule that supplies it.
   *
   * @param path the request's encoded path
   * @param nanoTime the request's arrival, from {@link System#nanoTime()}
   * @return the fault, or null to answer normally
   */
  synchronized @Nullable Fault pick(String path, long nanoTime) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (!path.startsWith(rule.prefix())) {
        continue;
      }
      Fault fault = rule.pick(nanoTime);
      if (rule.spent()) {
        it.remove();
      }
      if (fault != null) {
        injected.merge(fault.kind(), 1, Integer::sum);
        return fault;
      }
    }
    return null;
  }

  @Override
  public synchronized String toString() {
    return "SandboxFaults[" + rules.size() + " rules]";
  }

  private synchronized SandboxFaults add(Rule rule) {
    rules.add(rule);
    return this;
  }

  private static String checkPrefix(String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix == null");
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must begin with /");
    }
    return pathPrefix;
  }

  /** One scripted rule; its state is guarded by the enclosing instance's lock. */
  private interface Rule {
    String prefix();

    @Nullable Fault pick(long nanoTime);

    default boolean spent() {
      return false;
    }
  }

  private static final class Countdown implements Rule {
    private final String prefix;
    private final Fault fault;
    private int remaining;

    Countdown(String prefix, int count, Fault fault) {
      this.prefix = prefix;
      this.remaining = count;
      this.fault = fault;
    }

    @Override
    public String prefix() {
      return prefix;
    }

    @Override
    public Fault pick(long nanoTime) {
      remaining--;
      return fault;
    }

    @Override
    public boolean spent() {
      return remaining == 0;
    }
  }

  private record Always(String prefix, Fault fault) implements Rule {
    @Override
    public Fault pick(long nanoTime) {
      return fault;
    }
  }

  private record Chance(String prefix, Random random, List<Map.Entry<Fault, Double>> probabilities)
      implements Rule {
    @Override
    public @Nullable Fault pick(long nanoTime) {
      double draw = random.nextDouble();
      for (Map.Entry<Fault, Double> entry : probabilities) {
        draw -= entry.getValue();
        if (draw < 0) {
          Fault fault = entry.getKey();
          return fault.kind() == Fault.Kind.LATENCY
              ? Fault.latency(Duration.ofNanos((long) (fault.duration().toNanos() * random.nextDouble())))
              : fault;
        }
      }
      return null;
    }
  }

  private static final class RateLimit implements Rule {
    private final String prefix;
    private final int limit;
    private final Deque<Long> admitted = new ArrayDeque<>();

    RateLimit(String prefix, int limit) {
      this.prefix = prefix;
      this.limit = limit;
    }

    @Override
    public String prefix() {
      return prefix;
    }

    @Override
    public @Nullable Fault pick(long nanoTime) {
      while (!admitted.isEmpty() && nanoTime - admitted.peekFirst() >= ONE_SECOND_NANOS) {
        admitted.removeFirst();
      }
      if (admitted.size() >= limit) {
        return Fault.tooManyRequests();
      }
      admitted.addLast(nanoTime);
      return null;
    }
  }
}
