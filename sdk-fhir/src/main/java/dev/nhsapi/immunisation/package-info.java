/**
 * The Immunisation FHIR API: {@link dev.nhsapi.immunisation.ImmunisationClient}, from {@code nhs.immunisation()},
 * with its searches ({@link dev.nhsapi.immunisation.ImmunizationSearch}), results and vaccine types.
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.immunisation;

import org.jspecify.annotations.NullMarked;
