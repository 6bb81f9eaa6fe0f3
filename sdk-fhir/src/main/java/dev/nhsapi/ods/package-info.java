/**
 * The Organisation Data Service (ODS) terminology FHIR API: {@link dev.nhsapi.ods.OdsClient}, from
 * {@code nhs.ods()}, and its searches ({@link dev.nhsapi.ods.OrganizationSearch}).
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.ods;

import org.jspecify.annotations.NullMarked;
