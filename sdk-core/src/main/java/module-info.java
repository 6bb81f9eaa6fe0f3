/**
 * The transport every NHS England API call takes: environments, the HTTP pipeline (request ids, retries,
 * circuit breaker, rate limiter, deadlines), credentials, typed errors and redacted logging.
 *
 * <p>Only {@code dev.nhsapi.core} and {@code dev.nhsapi.core.auth} are API; everything under
 * {@code dev.nhsapi.core.internal} may change without notice.
 */
module dev.nhsapi.core {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires okio;
  requires com.squareup.moshi;
  requires com.nimbusds.jose.jwt;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.retry;
  requires io.github.resilience4j.circuitbreaker;
  requires io.github.resilience4j.ratelimiter;

  exports dev.nhsapi.core;
  exports dev.nhsapi.core.auth;
}
