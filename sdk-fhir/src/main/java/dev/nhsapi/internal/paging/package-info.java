/** Lazy paging over next-page links: FHIR searchsets' and other APIs'. Internal: not part of the API. */
@NullMarked
package dev.nhsapi.internal.paging;

import org.jspecify.annotations.NullMarked;
