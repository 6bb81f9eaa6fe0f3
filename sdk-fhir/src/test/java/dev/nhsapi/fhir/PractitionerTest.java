package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class PractitionerTest {
  static final String PRACTITIONER = """
      {
        "resourceType": "Practitioner",
        "id": "4c1e9a7f-2b3d-4e8a-9f10-6d2c7b5a0e31",
        "meta": {"versionId": "2"},
        "identifier": [
          {"system": "https://fhir.nhs.uk/Id/sds-user-id", "value": "781234567012"},
          {"system": "https://fhir.hl7.org.uk/Id/gmc-number", "value": "C7654321"}
        ],
        "active": true,
        "name": [
          {"use": "official", "family": "Marwick", "given": ["Ffion"], "prefix": ["Dr"]}
        ],
        "telecom": [
          {"system": "phone", "value": "01632960275", "use": "work"}
        ],
        "address": [
          {"use": "work", "line": ["Willowbrook Surgery", "Unit 4, Mill Lane"], "postalCode": "SK9 0ZZ"}
        ],
        "gender": "female",
        "birthDate": "1984-11-23",
        "qualification": [
          {
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "309343006", "display": "Physician"}]},
            "issuer": {"display": "General Medical Council"}
          }
        ]
      }
      """;

  @Test
  void decodesTypedElements() {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);

    assertThat(practitioner.resourceType()).isEqualTo("Practitioner");
    assertThat(practitioner.id()).isEqualTo("4c1e9a7f-2b3d-4e8a-9f10-6d2c7b5a0e31");
    assertThat(practitioner.versionId()).isEqualTo("2");
    assertThat(practitioner.active()).isTrue();
    assertThat(practitioner.identifier()).extracting(Identifier::value).containsExactly("781234567012", "C7654321");
    assertThat(practitioner.name()).singleElement().satisfies(name -> {
      assertThat(name.family()).isEqualTo("Marwick");
      assertThat(name.prefix()).containsExactly("Dr");
    });
    assertThat(practitioner.telecom()).singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("01632960275"));
    assertThat(practitioner.address()).singleElement()
        .satisfies(a -> assertThat(a.line()).containsExactly("Willowbrook Surgery", "Unit 4, Mill Lane"));
    assertThat(practitioner.gender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(practitioner.birthDate()).isEqualTo(new FhirDate("1984-11-23"));
  }

  @Test
  void sdsUserIdReadsTheSdsIdentifier() {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);

    assertThat(practitioner.sdsUserId()).contains("781234567012");
    assertThat(Practitioner.builder().identifier(List.of(practitioner.identifier().get(1))).build().sdsUserId())
        .isEmpty();
  }

  @Test
  void keepsQualificationAsUnknown() {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);

    assertThat(practitioner.unknown().names()).containsExactly("qualification");
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);
    String encoded = FhirJson.encode(practitioner);

    assertThat(tree(encoded)).isEqualTo(tree(PRACTITIONER));
    assertThat(FhirJson.decode(encoded, Practitioner.class)).isEqualTo(practitioner);
  }

  @Test
  void toStringShowsNoPersonalData() {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);

    assertThat(practitioner.toString())
        .isEqualTo("Practitioner[id=***, version=2]")
        .doesNotContain("4c1e9a7f", "781234567012", "C7654321", "Marwick", "Ffion", "01632960275", "1984");
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    Practitioner practitioner = FhirJson.decode(PRACTITIONER, Practitioner.class);

    Practitioner inactive = practitioner.toBuilder().active(false).telecom(List.of()).build();

    assertThat(inactive.active()).isFalse();
    assertThat(inactive.telecom()).isEmpty();
    assertThat(inactive.name()).isEqualTo(practitioner.name());
    assertThat(inactive.unknown()).isEqualTo(practitioner.unknown());
    assertThat(FhirJson.encode(inactive)).doesNotContain("telecom").contains("qualification");
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
