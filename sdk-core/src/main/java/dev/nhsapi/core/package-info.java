/**
 * The transport for NHS England APIs: where a call goes ({@link dev.nhsapi.core.NhsEnvironment},
 * {@link dev.nhsapi.core.NhsApi}), how it is sent ({@link dev.nhsapi.core.NhsTransport} with
 * {@link dev.nhsapi.core.RetryOptions}, {@link dev.nhsapi.core.CircuitBreakerOptions} and
 * {@link dev.nhsapi.core.RateLimitOptions}) and how it fails ({@link dev.nhsapi.core.NhsApiException} and its
 * subclasses).
 *
 * <pre>{@code
 * NhsTransport transport = NhsTransport.builder().environment(NhsEnvironment.SANDBOX).build();
 * NhsResponse<String> patient = transport.execute(
 *     NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build(), ResponseDecoder.ofString());
 * }</pre>
 *
 * <h2>One call</h2>
 *
 * <ol>
 *   <li>The call gets one {@code X-Request-ID} (a random UUID, or the one in {@link RequestOptions}) that every
 *       retry reuses, so the platform can de-duplicate resent writes, and an {@code X-Correlation-ID}.
 *   <li>Each attempt passes the API's circuit breaker (failing fast with {@link NhsCircuitOpenException} while
 *       it is open) and takes a permit from the API's client-side rate limiter.
 *   <li>The credentials add their headers; OkHttp sends the attempt under the connect, read and write
 *       timeouts, and never past the call's deadline.
 *   <li>A 2xx answer is decoded. A connection failure or an HTTP 408, 429, 502, 503 or 504 is retried where
 *       that is safe (see {@link RetryOptions}), after the server's {@code Retry-After} or a jittered backoff.
 *       Anything else fails at once with the matching {@link NhsHttpException} subclass.
 * </ol>
 *
 * <p>Calls are logged through {@link System.Logger} {@code dev.nhsapi.http} at DEBUG (request lines) and TRACE
 * (headers), redacted by allow-list: paths appear as templates, query values and unlisted header values are
 * masked, and bodies never appear unless {@link NhsTransport.Builder#unsafeLogBodies(boolean)} is on.
 */
@NullMarked
package dev.nhsapi.core;

import org.jspecify.annotations.NullMarked;
