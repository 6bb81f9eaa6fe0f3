/** Lazy paging over FHIR searchset {@code next} links. Internal: not part of the API. */
@NullMarked
package dev.nhsapi.internal.paging;

import org.jspecify.annotations.NullMarked;
