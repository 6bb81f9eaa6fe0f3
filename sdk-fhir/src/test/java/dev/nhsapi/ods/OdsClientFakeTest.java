package dev.nhsapi.ods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a caller tests code that takes an {@link OdsClient}: with a fake of the interface, written in the test,
 * instead of the network. It answers what the test needs and records what the code asked.
 */
class OdsClientFakeTest {
  /** The caller's code under test: it takes the client, so a test can hand it a fake. */
  record PharmacyFinder(OdsClient ods) {
    List<String> pharmacyNames(String postcode) {
      return ods.search(OrganizationSearch.builder().postcode(postcode).roleCode("RO182").build(), 20)
          .map(Organization::name).toList();
    }
  }

  /** Answers every search with the same organisations; the other operations are not needed here. */
  static final class FakeOdsClient implements OdsClient {
    final List<OrganizationSearch> searches = new ArrayList<>();

    @Override
    public Stream<Organization> search(OrganizationSearch search, int maxResults) {
      searches.add(search);
      return Stream.of("Leeds Pharmacy", "City Chemist").map(name -> Organization.builder().name(name).build());
    }

    @Override
    public Organization read(OdsCode odsCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<Organization> readWithResponse(OdsCode odsCode, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<Organization> search(OrganizationSearch search, int maxResults, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<OrganizationAffiliation> affiliations(OdsCode primaryOrganization, int maxResults,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void findsPharmacyNamesWithAFakeClient() {
    FakeOdsClient ods = new FakeOdsClient();

    List<String> names = new PharmacyFinder(ods).pharmacyNames("LS1 4AP");

    assertThat(names).containsExactly("Leeds Pharmacy", "City Chemist");
    assertThat(ods.searches).singleElement().hasToString("OrganizationSearch[address-postalcode, roleCode]");
  }
}
