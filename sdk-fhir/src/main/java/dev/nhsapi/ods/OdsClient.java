package dev.nhsapi.ods;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
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
 * <p>Searches follow the result's pages lazily: each page is one call, made when the stream reaches it, with its
 * own request id and the transport's retries; none is made beyond {@code maxResults}. Consume the stream on one
 * thread; the calls happen inside its terminal operation. {@link RequestOptions} given to a search apply to every
 * page's call (the same correlation id and headers, the timeout per call); they may not set a request id, which
 * no two calls share.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#ods()}. This is an interface so callers can fake
 * it in their own tests.
 */
public interface OdsClient {
  /**
   * Returns an ODS client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#ods()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static OdsClient of(NhsTransport transport) {
    return new RealOdsClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Reads an organisation by its ODS code.
   *
   * @param odsCode the code
   * @return the organisation
   * @throws dev.nhsapi.core.ResourceNotFoundException if no organisation has that code
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code odsCode} is null
   */
  Organization read(OdsCode odsCode);

  /**
   * Reads an organisation by its ODS code, with per-call options, returning the whole response.
   *
   * @param odsCode the code
   * @param options per-call options
   * @return the response, whose value is the organisation
   * @throws dev.nhsapi.core.ResourceNotFoundException if no organisation has that code
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<Organization> readWithResponse(OdsCode odsCode, RequestOptions options);

  /**
   * Searches organisations, following the result's pages lazily.
   *
   * @param search the search
   * @param maxResults the most organisations to return, at least 1
   * @return the organisations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if {@code search} is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  Stream<Organization> search(OrganizationSearch search, int maxResults);

  /**
   * Searches organisations with options for every page's call, following the result's pages lazily.
   *
   * @param search the search
   * @param maxResults the most organisations to return, at least 1
   * @param options the options for every page's call; without a request id
   * @return the organisations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  Stream<Organization> search(OrganizationSearch search, int maxResults, RequestOptions options);

  /**
   * Lists an organisation's active relationships with other organisations, such as a GP practice's primary care
   * network: the affiliations whose source ({@code primary-organization}) is {@code primaryOrganization},
   * following the result's pages lazily like {@link #search(OrganizationSearch, int)}. As the API serves them, each
   * affiliation has the given organisation in {@link OrganizationAffiliation#organization()}, the related one (the
   * target) in {@link OrganizationAffiliation#participatingOrganization()}, and the kind of relationship, such as
   * {@code RE8} (is partner to), in {@link OrganizationAffiliation#relationshipCode()}.
   *
   * @param primaryOrganization the ODS code of the source organisation, such as a GP practice
   * @param maxResults the most affiliations to return, at least 1
   * @return the active affiliations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1
   * @throws NullPointerException if {@code primaryOrganization} is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults);

  /**
   * Lists an organisation's active affiliations with options for every page's call; see
   * {@link #affiliations(OdsCode, int)}.
   *
   * @param primaryOrganization the ODS code of the source organisation, such as a GP practice
   * @param maxResults the most affiliations to return, at least 1
   * @param options the options for every page's call; without a request id
   * @return the active affiliations, in the API's order
   * @throws IllegalArgumentException if {@code maxResults} is below 1, or {@code options} set a request id
   * @throws NullPointerException if an argument is null
   * @throws dev.nhsapi.core.NhsApiException from the stream's terminal operation, if a page's call fails, or
   *     if a page links to a next page outside the API
   */
  Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults,
      RequestOptions options);
}
