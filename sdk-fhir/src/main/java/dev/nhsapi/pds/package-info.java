/**
 * The Personal Demographics Service (PDS FHIR R4) API: {@link dev.nhsapi.pds.PdsClient}, from
 * {@code nhs.pds()}, with its searches ({@link dev.nhsapi.pds.PatientSearch}), patches
 * ({@link dev.nhsapi.pds.PatientPatch}) and results.
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.pds;

import org.jspecify.annotations.NullMarked;
