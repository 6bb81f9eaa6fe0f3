package dev.nhsapi.ods;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.client.Paging;
import java.util.Objects;
import java.util.stream.Stream;

/** The ODS client over the SDK's transport. */
final class RealOdsClient implements OdsClient {
  private final NhsTransport transport;

  RealOdsClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public Organization read(OdsCode odsCode) {
    return readWithResponse(odsCode, RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<Organization> readWithResponse(OdsCode odsCode, RequestOptions options) {
    Objects.requireNonNull(odsCode, "odsCode == null");
    Objects.requireNonNull(options, "options == null");
    return transport.execute(FhirRequests.get(NhsApi.ODS, "/Organization/{code}", odsCode.value()).build(),
        options, FhirJson.responseDecoder(Organization.class));
  }

  @Override
  public Stream<Organization> search(OrganizationSearch search, int maxResults) {
    return search(search, maxResults, RequestOptions.defaults());
  }

  @Override
  public Stream<Organization> search(OrganizationSearch search, int maxResults, RequestOptions options) {
    Objects.requireNonNull(search, "search == null");
    NhsRequest first = FhirRequests.search(NhsApi.ODS, "/Organization", search.parameters()).build();
    return Paging.stream(transport, first, options, bundle -> bundle.resources(Organization.class), maxResults);
  }

  @Override
  public Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults) {
    return affiliations(primaryOrganization, maxResults, RequestOptions.defaults());
  }

  @Override
  public Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults,
      RequestOptions options) {
    Objects.requireNonNull(primaryOrganization, "primaryOrganization == null");
    NhsRequest first = FhirRequests.get(NhsApi.ODS, "/OrganizationAffiliation")
        .query("primary-organization", primaryOrganization.value())
        .query("active", "true")
        .query("_include", "OrganizationAffiliation:participating-organization")
        .build();
    return Paging.stream(transport, first, options, bundle -> bundle.resources(OrganizationAffiliation.class),
        maxResults);
  }

  @Override
  public String toString() {
    return "OdsClient[" + transport.environment().name() + "]";
  }
}
