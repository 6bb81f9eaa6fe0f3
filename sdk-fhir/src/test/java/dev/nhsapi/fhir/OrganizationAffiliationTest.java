package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class OrganizationAffiliationTest {
  static final String AFFILIATION = """
      {
        "resourceType": "OrganizationAffiliation",
        "id": "aff-y12345-u99901",
        "meta": {"versionId": "3", "lastUpdated": "2024-04-01T00:00:00+00:00"},
        "identifier": [{"system": "https://example.org/affiliations", "value": "77"}],
        "active": true,
        "period": {"start": "2020-07-01"},
        "organization": {"reference": "Organization/Y12345",
          "identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "Y12345"}},
        "participatingOrganization": {"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code",
                                      "value": "U99901"}, "display": "Aire Riverside PCN"},
        "network": [{"reference": "Organization/QXY"}],
        "code": [{"coding": [{"system": "https://example.org/other", "code": "X1"},
                             {"system": "https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRelationship",
                              "code": "RE8", "display": "IS PARTNER TO"}]}],
        "specialty": [{"coding": [{"system": "http://snomed.info/sct", "code": "394814009"}]}],
        "location": [{"reference": "Location/site-1"}],
        "telecom": [{"system": "phone", "value": "0113 496 0000"}],
        "endpoint": [{"reference": "Endpoint/e1"}]
      }
      """;

  @Test
  void decodesTypedElementsAndTheOdsCodesOfBothOrganisations() {
    OrganizationAffiliation affiliation = FhirJson.decode(AFFILIATION, OrganizationAffiliation.class);

    assertThat(affiliation.resourceType()).isEqualTo("OrganizationAffiliation");
    assertThat(affiliation.versionId()).isEqualTo("3");
    assertThat(affiliation.active()).isTrue();
    assertThat(affiliation.period().start()).isEqualTo(new FhirDateTime("2020-07-01"));
    assertThat(affiliation.participatingOrganization().display()).isEqualTo("Aire Riverside PCN");
    assertThat(affiliation.organizationOdsCode()).contains("Y12345");
    assertThat(affiliation.participatingOrganizationOdsCode()).contains("U99901");
    assertThat(affiliation.relationshipCode()).contains("RE8");
    assertThat(affiliation.network()).singleElement().satisfies(n -> assertThat(n.reference()).endsWith("QXY"));
    assertThat(affiliation.code()).singleElement()
        .satisfies(c -> assertThat(c.coding().get(1).code()).isEqualTo("RE8"));
    assertThat(affiliation.specialty()).hasSize(1);
    assertThat(affiliation.location()).hasSize(1);
    assertThat(affiliation.telecom()).singleElement().satisfies(t -> assertThat(t.system()).isEqualTo("phone"));
    assertThat(affiliation.identifier()).singleElement().satisfies(i -> assertThat(i.value()).isEqualTo("77"));
    assertThat(affiliation.unknown().names()).containsExactly("endpoint");
  }

  @Test
  void odsCodesAreEmptyWithoutAnOdsIdentifier() {
    OrganizationAffiliation affiliation = OrganizationAffiliation.builder()
        .organization(new Reference("Organization/U99901", null, null, null, null)).build();

    assertThat(affiliation.organizationOdsCode()).isEmpty();
    assertThat(affiliation.participatingOrganizationOdsCode()).isEmpty();
    assertThat(affiliation.relationshipCode()).isEmpty();
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    OrganizationAffiliation affiliation = FhirJson.decode(AFFILIATION, OrganizationAffiliation.class);
    String encoded = FhirJson.encode(affiliation);

    assertThat(tree(encoded)).isEqualTo(tree(AFFILIATION));
    assertThat(FhirJson.decode(encoded)).isEqualTo(affiliation);
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    OrganizationAffiliation affiliation = FhirJson.decode(AFFILIATION, OrganizationAffiliation.class);

    OrganizationAffiliation ended = affiliation.toBuilder().active(false).build();

    assertThat(ended.active()).isFalse();
    assertThat(ended.toBuilder().active(true).build()).isEqualTo(affiliation);
    assertThat(ended.toString()).isEqualTo("OrganizationAffiliation[id=***, version=3]");
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
