/**
 * FHIR R4 resources and datatypes with the UK Core extensions NHS England APIs use, NHS value types such as
 * {@code NhsNumber}, and {@code FhirJson}, the lossless JSON codec.
 *
 * <pre>{@code
 * Patient patient = FhirJson.decode(json, Patient.class);
 * String family = patient.name().get(0).family();
 * }</pre>
 */
@NullMarked
package dev.nhsapi.fhir;

import org.jspecify.annotations.NullMarked;
