/**
 * The plumbing every API client shares: request set-up, query parameters, E-Tag versions and lazy paging over
 * next-page links. Internal: not part of the API, not exported.
 */
@NullMarked
package dev.nhsapi.internal.client;

import org.jspecify.annotations.NullMarked;
