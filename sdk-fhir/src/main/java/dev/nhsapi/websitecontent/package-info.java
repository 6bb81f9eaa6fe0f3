/**
 * The NHS website content API (v2): {@link dev.nhsapi.websitecontent.WebsiteContentClient}, from
 * {@code nhs.websiteContent()}, its searches ({@link dev.nhsapi.websitecontent.ContentSearch}) and the pages it
 * serves: schema.org web pages with their sections, links and review dates. These are not FHIR.
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.websitecontent;

import org.jspecify.annotations.NullMarked;
