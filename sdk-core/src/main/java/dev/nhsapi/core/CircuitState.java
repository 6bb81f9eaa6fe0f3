package dev.nhsapi.core;

/** The state of an API's circuit breaker, as reported to {@link NhsEventListener#circuitStateChanged}. */
public enum CircuitState {
  /** Calls flow normally. */
  CLOSED,
  /** Calls fail fast with {@link NhsCircuitOpenException}. */
  OPEN,
  /** A few probe calls are let through to test whether the service has recovered. */
  HALF_OPEN,
  /** Any other state of the underlying breaker (disabled, forced open, metrics only). */
  OTHER
}
