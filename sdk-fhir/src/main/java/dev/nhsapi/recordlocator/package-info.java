/**
 * The National Record Locator (NRL) consumer API: {@link dev.nhsapi.recordlocator.RecordLocatorClient}, from
 * {@code nhs.recordLocator()}, and its searches ({@link dev.nhsapi.recordlocator.DocumentReferenceSearch}).
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.recordlocator;

import org.jspecify.annotations.NullMarked;
