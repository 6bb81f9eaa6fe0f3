package dev.nhsapi.ods;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Paging;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Organisation Data Service (ODS) terminology FHIR API: GP practices, pharmacies, trusts and every other
 * organisation with an ODS code. It takes application-restricted access with an API key.
 *
 * <pre>{@code
 * Organization practice = nhs.ods().read(patient.generalPractitionerOdsCode().orElseThrow());
 * List<Organization> pharmacies = nhs.ods()
 *     .search(OrganizationSearch.builder().postcode("LS1 4AP").roleCode("RO182").build(), 50)
 *     .toList();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Obtain it from {@link NhsClient#ods()}.
 */
public final class OdsClient {
  private final NhsTransport transport;

  OdsClient(NhsTransport transport) {
    this.transport = transport;
  }

  /**
   * Returns a client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#ods()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static OdsClient of(NhsTransport transport) {
    return new OdsClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Reads an organisation by its ODS code.
   *
   * @param odsCode the code
   * @return the organisation
   * @throws dev.nhsapi.core.ResourceNotFoundException if no organisation has that code
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   * @throws NullPointerException if {@code odsCode} is null
   */
  public Organization read(OdsCode odsCode) {
    Objects.requireNonNull(odsCode, "odsCode == null");
    return transport.execute(FhirRequests.get(NhsApi.ODS, "/Organization/{code}", odsCode.value()).build(),
        FhirJson.responseDecoder(Organization.class)).value();
  }

  /**
   * Searches organisations, following the result's pages lazily: each page is one call, made when the stream
   * reaches it, with its own request id and the transport's retries; none is made beyond {@code maxResults}.
   * Consume the stream on one thread; the calls happen inside its terminal operation.
   *
   * @param search the search
   * @param maxResults the most organisations to return, at least 1
   * @return the organisations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if {@code search} is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  public Stream<Organization> search(OrganizationSearch search, int maxResults) {
    Objects.requireNonNull(search, "search == null");
    NhsRequest first = FhirRequests.search(NhsApi.ODS, "/Organization", search.parameters()).build();
    return Paging.stream(transport, first, bundle -> bundle.resources(Organization.class), maxResults);
  }

  /**
   * Lists the organisations an organisation takes part in, such as a GP practice's primary care network and
   * integrated care board: its active affiliations as the participating organisation, following the result's pages
   * lazily like {@link #search(OrganizationSearch, int)}. Each affiliation names the other organisation in
   * {@link OrganizationAffiliation#organization()}.
   *
   * @param participatingOrganization the ODS code of the organisation that takes part
   * @param maxResults the most affiliations to return, at least 1
   * @return the active affiliations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if {@code participatingOrganization} is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  public Stream<OrganizationAffiliation> affiliations(OdsCode participatingOrganization, int maxResults) {
    Objects.requireNonNull(participatingOrganization, "participatingOrganization == null");
    NhsRequest first = FhirRequests.get(NhsApi.ODS, "/OrganizationAffiliation")
        .query("participating-organization", participatingOrganization.value())
        .query("active", "true")
        .query("_include", "OrganizationAffiliation:participating-organization")
        .build();
    return Paging.stream(transport, first, bundle -> bundle.resources(OrganizationAffiliation.class), maxResults);
  }

  @Override
  public String toString() {
    return "OdsClient[" + transport.environment().name() + "]";
  }
}
