package dev.nhsapi.testing;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the sandbox can inject into its answers, as the platform and networks fail: throttling, outages,
 * server errors, slow answers, and connections lost before or during an answer.
 *
 * <p>Status faults ({@link #tooManyRequests()}, {@link #serviceUnavailable(Duration)}, {@link #serverError()})
 * answer in place of the API, so the request is not processed. The other faults let the request be processed
 * (a write is applied) and then spoil its answer. The token endpoint answers status faults with OAuth 2.0 JSON
 * ({@code error}, {@code error_description}); every other path answers with an {@code OperationOutcome}.
 *
 * <p>Instances are immutable values; schedule them with {@link SandboxFaults}.
 */
public final class Fault {
  /** The kinds of fault. */
  public enum Kind {
    /** HTTP 429 {@code TOO_MANY_REQUESTS}, a spike arrest, with no {@code Retry-After} as on the platform. */
    TOO_MANY_REQUESTS,
    /** HTTP 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After} in whole seconds. */
    SERVICE_UNAVAILABLE,
    /** HTTP 500 {@code UNKNOWN_ERROR}, the platform's catch-all. */
    SERVER_ERROR,
    /** The request is processed normally and its answer is delayed. */
    LATENCY,
    /** The request is processed, then the connection closes before any byte of the answer: a lost answer. */
    DISCONNECT,
    /** The request is processed; the headers and part of the body are sent, then the connection closes. */
    TRUNCATED_BODY
  }

  private static final Fault TOO_MANY_REQUESTS = new Fault(Kind.TOO_MANY_REQUESTS, Duration.ZERO);
  private static final Fault SERVER_ERROR = new Fault(Kind.SERVER_ERROR, Duration.ZERO);
  private static final Fault DISCONNECT = new Fault(Kind.DISCONNECT, Duration.ZERO);
  private static final Fault TRUNCATED_BODY = new Fault(Kind.TRUNCATED_BODY, Duration.ZERO);

  private final Kind kind;
  private final Duration duration;

  private Fault(Kind kind, Duration duration) {
    this.kind = kind;
    this.duration = duration;
  }

  /**
   * Returns a 429 {@code TOO_MANY_REQUESTS} answer with the platform's spike-arrest diagnostics and no
   * {@code Retry-After}.
   *
   * @return the fault
   */
  public static Fault tooManyRequests() {
    return TOO_MANY_REQUESTS;
  }

  /**
   * Returns a 503 {@code SERVICE_UNAVAILABLE} answer carrying {@code Retry-After}; the platform sends 5 seconds.
   *
   * @param retryAfter the wait to advertise, whole seconds (any fraction is dropped)
   * @return the fault
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   * @throws NullPointerException if {@code retryAfter} is null
   */
  public static Fault serviceUnavailable(Duration retryAfter) {
    return new Fault(Kind.SERVICE_UNAVAILABLE, Duration.ofSeconds(nonNegative(retryAfter, "retryAfter").toSeconds()));
  }

  /**
   * Returns a 500 {@code UNKNOWN_ERROR} answer.
   *
   * @return the fault
   */
  public static Fault serverError() {
    return SERVER_ERROR;
  }

  /**
   * Returns a fault that processes the request normally and delays its answer. In a random schedule the delay is
   * drawn uniformly between zero and {@code delay}.
   *
   * @param delay how long to hold the answer back
   * @return the fault
   * @throws IllegalArgumentException if {@code delay} is negative
   * @throws NullPointerException if {@code delay} is null
   */
  public static Fault latency(Duration delay) {
    return new Fault(Kind.LATENCY, nonNegative(delay, "delay"));
  }

  /**
   * Returns a fault that processes the request, then closes the connection before any byte of the answer, so the
   * client sees an {@code IOException} without knowing whether its request took effect.
   *
   * @return the fault
   */
  public static Fault disconnect() {
    return DISCONNECT;
  }

  /**
   * Returns a fault that processes the request, sends the headers and part of the body, then closes the
   * connection, so the client fails while reading the body.
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return TRUNCATED_BODY;
  }

  /**
   * Returns the kind of fault.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the advertised {@code Retry-After} of a {@link Kind#SERVICE_UNAVAILABLE} fault or the delay of a
   * {@link Kind#LATENCY} fault; zero for the other kinds.
   *
   * @return the duration, never negative
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Fault that && kind == that.kind && duration.equals(that.duration);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + duration.hashCode();
  }

  @Override
  public String toString() {
    return duration.isZero() ? "Fault[" + kind + "]" : "Fault[" + kind + " " + duration + "]";
  }

  private static Duration nonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " is negative");
    }
    return duration;
  }
}
