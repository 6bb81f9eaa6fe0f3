/**
 * NHS England's Hello World API: {@link dev.nhsapi.helloworld.HelloWorldClient}, from {@code nhs.helloWorld()}, the
 * quickest check of a set-up's credentials.
 *
 * <p>Naming: the client takes the NHS product's British name ({@code ImmunisationClient}, {@code WebsiteContentClient});
 * types that carry a FHIR resource take the FHIR spelling ({@code Immunization}, {@code Organization}). The
 * client is an interface, so tests can fake it; its implementation is package-private.
 */
@NullMarked
package dev.nhsapi.helloworld;

import org.jspecify.annotations.NullMarked;
