/**
 * Credentials that authenticate calls to NHS England APIs.
 *
 * <pre>{@code
 * NhsTransport transport = NhsTransport.builder()
 *     .environment(NhsEnvironment.INTEGRATION)
 *     .credentials(ApiKeyCredentials.of(System.getenv("NHS_API_KEY")))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.nhsapi.core.auth;

import org.jspecify.annotations.NullMarked;
