package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.NhsDecodeException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  static final String ORGANIZATION = """
      {
        "resourceType": "Organization",
        "id": "Y98231",
        "meta": {"versionId": "7", "lastUpdated": "2024-09-12T08:15:00+00:00"},
        "extension": [
          {
            "url": "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedPeriod",
            "extension": [
              {"url": "dateType", "valueCoding": {"system": "https://fhir.nhs.uk/England/CodeSystem/England-PeriodType",
                "code": "Operational"}},
              {"url": "period", "valuePeriod": {"start": "2003-04-01"}}
            ]
          }
        ],
        "identifier": [
          {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "Y98231"}
        ],
        "active": true,
        "type": [
          {
            "coding": [
              {"system": "https://fhir.nhs.uk/CodeSystem/organisation-role", "code": "76", "display": "GP PRACTICE"}
            ]
          }
        ],
        "name": "WILLOWBROOK MEDICAL PRACTICE",
        "alias": ["Willowbrook Surgery", "The Brook"],
        "telecom": [
          {"system": "phone", "value": "01632960912", "use": "work"},
          {"system": "url", "value": "https://willowbrook.example.org"}
        ],
        "address": [
          {
            "use": "work",
            "line": ["UNIT 4, MILL LANE"],
            "city": "STOCKBRIDGE",
            "postalCode": "SK9 0ZZ",
            "country": "ENGLAND"
          }
        ],
        "partOf": {
          "identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "QZZ"},
          "display": "NHS EXAMPLE INTEGRATED CARE BOARD"
        },
        "contact": [
          {
            "purpose": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/contactentity-type",
              "code": "ADMIN"}]},
            "telecom": [{"system": "email", "value": "practice.manager@example.org"}]
          }
        ]
      }
      """;

  @Test
  void decodesTypedElements() {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);

    assertThat(organization.resourceType()).isEqualTo("Organization");
    assertThat(organization.id()).isEqualTo("Y98231");
    assertThat(organization.versionId()).isEqualTo("7");
    assertThat(organization.active()).isTrue();
    assertThat(organization.name()).isEqualTo("WILLOWBROOK MEDICAL PRACTICE");
    assertThat(organization.alias()).containsExactly("Willowbrook Surgery", "The Brook");
    assertThat(organization.type()).singleElement()
        .satisfies(type -> assertThat(type.coding().get(0).code()).isEqualTo("76"));
    assertThat(organization.telecom()).extracting(ContactPoint::system).containsExactly("phone", "url");
    assertThat(organization.address()).singleElement()
        .satisfies(address -> assertThat(address.city()).isEqualTo("STOCKBRIDGE"));
    assertThat(organization.partOf()).isNotNull();
    assertThat(organization.partOf().identifier()).isNotNull();
    assertThat(organization.partOf().identifier().value()).isEqualTo("QZZ");
    assertThat(organization.extension()).singleElement()
        .satisfies(e -> assertThat(e.extension("period").flatMap(p -> p.value(Period.class))).isPresent());
  }

  @Test
  void odsCodeReadsTheOdsIdentifier() {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);

    assertThat(organization.odsCode()).contains("Y98231");
  }

  @Test
  void odsCodeSkipsOtherSystemsAndIsEmptyWithoutOne() {
    Identifier other = new Identifier(null, List.of(), null, null, "https://example.org/Id/local", "L-17", null, null,
        UnknownElements.none());
    Identifier ods = new Identifier(null, List.of(), null, null, OdsCode.SYSTEM, "A81001", null, null,
        UnknownElements.none());

    assertThat(Organization.builder().identifier(List.of(other, ods)).build().odsCode()).contains("A81001");
    assertThat(Organization.builder().identifier(List.of(other)).build().odsCode()).isEmpty();
    assertThat(Organization.builder().build().odsCode()).isEmpty();
  }

  @Test
  void keepsContactAsUnknown() {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);

    assertThat(organization.unknown().names()).containsExactly("contact");
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);
    String encoded = FhirJson.encode(organization);

    assertThat(tree(encoded)).isEqualTo(tree(ORGANIZATION));
    assertThat(FhirJson.decode(encoded, Organization.class)).isEqualTo(organization);
  }

  @Test
  void toStringShowsTypeIdAndVersionOnly() {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);

    assertThat(organization.toString())
        .isEqualTo("Organization[id=***, version=7]")
        .doesNotContain("Y98231", "WILLOWBROOK", "01632960912", "practice.manager");
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    Organization organization = FhirJson.decode(ORGANIZATION, Organization.class);

    Organization closed = organization.toBuilder().active(false).build();

    assertThat(closed.active()).isFalse();
    assertThat(closed.unknown()).isEqualTo(organization.unknown());
    assertThat(closed.toBuilder().active(true).build()).isEqualTo(organization);
  }

  @Test
  void refusesAnotherResourceType() {
    assertThatThrownBy(() -> FhirJson.decode(ORGANIZATION, Practitioner.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("expected Practitioner");
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
