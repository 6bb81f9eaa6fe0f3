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
 */
@NullMarked
package dev.nhsapi.core;

import org.jspecify.annotations.NullMarked;
