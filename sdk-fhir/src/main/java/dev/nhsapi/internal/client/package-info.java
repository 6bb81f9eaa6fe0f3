/**
 * The plumbing every API client shares: request set-up, search query parameters, responses re-valued with what a
 * client makes of them, and lazy paging over next-page links. Internal: not part of the API, not exported.
 */
@NullMarked
package dev.nhsapi.internal.client;

import org.jspecify.annotations.NullMarked;
