/**
 * The FHIR JSON codec's machinery. Not API: it is not exported and may change without notice.
 *
 * <p>{@link dev.nhsapi.internal.codec.FhirCodecs} is the registry. The codecs' factories pass decoded values, null
 * when absent, straight to the models' constructors, which check their required elements;
 * {@link dev.nhsapi.internal.codec.ObjectCodec} reports a constructor's exception as invalid JSON naming the path.
 * That is why NullAway is switched off for the codecs of models with required elements.
 */
@NullMarked
package dev.nhsapi.internal.codec;

import org.jspecify.annotations.NullMarked;
