package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class PractitionerRoleTest {
  static final String PRACTITIONER_ROLE = """
      {
        "resourceType": "PractitionerRole",
        "id": "role-6b0f",
        "meta": {"versionId": "5"},
        "contained": [
          {
            "resourceType": "Practitioner",
            "id": "prac",
            "identifier": [{"system": "https://fhir.nhs.uk/Id/sds-user-id", "value": "781234567012"}],
            "name": [{"family": "Marwick", "given": ["Ffion"], "prefix": ["Dr"]}]
          },
          {
            "resourceType": "Organization",
            "id": "org",
            "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "Y98231"}],
            "name": "WILLOWBROOK MEDICAL PRACTICE"
          }
        ],
        "identifier": [
          {"system": "https://fhir.nhs.uk/Id/sds-role-profile-id", "value": "200913570214"}
        ],
        "active": true,
        "period": {"start": "2019-08-01", "end": "2026-07-31"},
        "practitioner": {"reference": "#prac"},
        "organization": {"reference": "#org"},
        "code": [
          {
            "coding": [
              {
                "system": "https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName",
                "code": "R8000",
                "display": "Clinical Practitioner Access Role"
              }
            ]
          }
        ],
        "specialty": [
          {"coding": [{"system": "http://snomed.info/sct", "code": "394814009", "display": "General practice"}]}
        ],
        "location": [
          {"reference": "Location/loc-1", "display": "Willowbrook main site"},
          {"reference": "Location/loc-2", "display": "Mill Lane branch"}
        ],
        "telecom": [
          {"system": "phone", "value": "01632960913", "use": "work"}
        ],
        "availableTime": [
          {"daysOfWeek": ["mon", "tue", "thu"], "availableStartTime": "08:30:00", "availableEndTime": "13:00:00"}
        ]
      }
      """;

  @Test
  void decodesTypedElements() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    assertThat(role.resourceType()).isEqualTo("PractitionerRole");
    assertThat(role.id()).isEqualTo("role-6b0f");
    assertThat(role.versionId()).isEqualTo("5");
    assertThat(role.active()).isTrue();
    assertThat(role.period()).isNotNull();
    assertThat(role.period().end()).isEqualTo(new FhirDateTime("2026-07-31"));
    assertThat(role.practitioner()).isNotNull();
    assertThat(role.practitioner().reference()).isEqualTo("#prac");
    assertThat(role.organization()).isNotNull();
    assertThat(role.organization().reference()).isEqualTo("#org");
    assertThat(role.code()).singleElement()
        .satisfies(code -> assertThat(code.coding().get(0).code()).isEqualTo("R8000"));
    assertThat(role.specialty()).singleElement()
        .satisfies(s -> assertThat(s.coding().get(0).code()).isEqualTo("394814009"));
    assertThat(role.location()).extracting(Reference::reference).containsExactly("Location/loc-1", "Location/loc-2");
    assertThat(role.telecom()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("01632960913"));
  }

  @Test
  void decodesContainedResourcesToTheirModels() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    assertThat(role.contained()).hasSize(2);
    assertThat(role.contained().get(0)).isInstanceOfSatisfying(Practitioner.class,
        p -> assertThat(p.sdsUserId()).contains("781234567012"));
    assertThat(role.contained().get(1)).isInstanceOfSatisfying(Organization.class,
        o -> assertThat(o.odsCode()).contains("Y98231"));
  }

  @Test
  void sdsRoleProfileIdReadsTheSdsIdentifier() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    assertThat(role.sdsRoleProfileId()).contains("200913570214");
    assertThat(PractitionerRole.builder().build().sdsRoleProfileId()).isEmpty();
  }

  @Test
  void keepsAvailableTimeAsUnknown() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    assertThat(role.unknown().names()).containsExactly("availableTime");
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);
    String encoded = FhirJson.encode(role);

    assertThat(tree(encoded)).isEqualTo(tree(PRACTITIONER_ROLE));
    assertThat(FhirJson.decode(encoded, PractitionerRole.class)).isEqualTo(role);
  }

  @Test
  void toStringShowsNoPersonalData() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    assertThat(role.toString())
        .isEqualTo("PractitionerRole[id=***, version=5]")
        .doesNotContain("role-6b0f", "200913570214", "Marwick", "781234567012", "01632960913");
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    PractitionerRole role = FhirJson.decode(PRACTITIONER_ROLE, PractitionerRole.class);

    PractitionerRole ended = role.toBuilder().active(false).build();

    assertThat(ended.active()).isFalse();
    assertThat(ended.contained()).isEqualTo(role.contained());
    assertThat(ended.toBuilder().active(true).build()).isEqualTo(role);
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
