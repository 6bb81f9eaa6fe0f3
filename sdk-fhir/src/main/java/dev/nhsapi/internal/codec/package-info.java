/** The FHIR JSON codec's machinery. Not API: it is not exported and may change without notice. */
@NullMarked
package dev.nhsapi.internal.codec;

import org.jspecify.annotations.NullMarked;
