/**
 * Pages of the NHS website, as the NHS website content API (v2) serves them: schema.org web pages with their
 * sections, links and review dates, decoded by {@link dev.nhsapi.WebsiteContentClient}. These are not FHIR.
 *
 * <pre>{@code
 * ContentPage asthma = nhs.websiteContent().page(ContentArea.CONDITIONS, "asthma");
 * asthma.sections().forEach(section -> System.out.println(section.headline()));
 * }</pre>
 */
@NullMarked
package dev.nhsapi.content;

import org.jspecify.annotations.NullMarked;
