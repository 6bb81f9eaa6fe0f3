package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class RelatedPersonTest {
  private static final String COPY_CORRESPONDENCE =
      "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-CopyCorrespondenceIndicator";
  private static final String CONTACT_RANK = "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-ContactRank";
  private static final String CONTACT_PREFERENCE =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference";

  static final String RELATED_PERSON = """
      {
        "resourceType": "RelatedPerson",
        "id": "C81D2A04",
        "meta": {"versionId": "3"},
        "extension": [
          {
            "url": "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-CopyCorrespondenceIndicator",
            "valueBoolean": false
          },
          {
            "url": "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-ContactRank",
            "valuePositiveInt": 2
          },
          {
            "url": "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference",
            "extension": [
              {
                "url": "PreferredContactMethod",
                "valueCodeableConcept": {
                  "coding": [
                    {
                      "system": "https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredContactMethod",
                      "code": "3",
                      "display": "Telephone"
                    }
                  ]
                }
              },
              {"url": "PreferredContactTimes", "valueString": "Weekday mornings"}
            ]
          }
        ],
        "active": true,
        "patient": {
          "identifier": {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9730675929"}
        },
        "relationship": [
          {
            "coding": [
              {
                "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                "code": "MTH",
                "display": "mother"
              }
            ]
          },
          {
            "coding": [
              {
                "system": "https://fhir.nhs.uk/R4/CodeSystem/UKCore-AdditionalRelatedPersonRole",
                "code": "Personal",
                "display": "Personal relationship with the patient"
              }
            ]
          }
        ],
        "name": [
          {"use": "usual", "family": "Okonkwo-Bright", "given": ["Adaeze", "Mary"], "prefix": ["Ms"]}
        ],
        "telecom": [
          {"system": "phone", "value": "01632960441", "use": "mobile", "rank": 1},
          {"system": "email", "value": "adaeze.ob@example.org", "use": "home"}
        ],
        "gender": "female",
        "birthDate": "1979-04",
        "_birthDate": {"extension": [{"url": "http://example.org/fhir/StructureDefinition/note", "valueString": "x"}]},
        "address": [
          {
            "use": "home",
            "line": ["Flat 3", "27 Larkspur Close"],
            "city": "Ripon",
            "postalCode": "HG4 9ZX"
          }
        ],
        "period": {"start": "2021-06-01"},
        "communication": [
          {
            "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "ig", "display": "Igbo"}]},
            "preferred": true
          }
        ]
      }
      """;

  @Test
  void decodesTypedElements() {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);

    assertThat(person.resourceType()).isEqualTo("RelatedPerson");
    assertThat(person.id()).isEqualTo("C81D2A04");
    assertThat(person.versionId()).isEqualTo("3");
    assertThat(person.active()).isTrue();
    assertThat(person.patient()).isNotNull();
    Identifier patient = person.patient().identifier();
    assertThat(patient).isNotNull();
    assertThat(patient.system()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(patient.value()).isEqualTo("9730675929");
    assertThat(person.relationship()).hasSize(2);
    assertThat(person.relationship().get(0).coding().get(0).code()).isEqualTo("MTH");
    assertThat(person.relationship().get(1).coding().get(0).code()).isEqualTo("Personal");
    assertThat(person.name()).singleElement().satisfies(name -> {
      assertThat(name.family()).isEqualTo("Okonkwo-Bright");
      assertThat(name.given()).containsExactly("Adaeze", "Mary");
    });
    assertThat(person.telecom()).extracting(ContactPoint::system).containsExactly("phone", "email");
    assertThat(person.telecom().get(0).rank()).isEqualTo(1);
    assertThat(person.gender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(person.birthDate()).isEqualTo(new FhirDate("1979-04"));
    assertThat(person.address()).singleElement().satisfies(a -> assertThat(a.postalCode()).isEqualTo("HG4 9ZX"));
    assertThat(person.period()).isNotNull();
    assertThat(person.period().start()).isEqualTo(new FhirDateTime("2021-06-01"));
    assertThat(person.period().end()).isNull();
  }

  @Test
  void keepsPdsExtensionsInExtension() {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);

    assertThat(person.extension()).extracting(Extension::url)
        .containsExactly(COPY_CORRESPONDENCE, CONTACT_RANK, CONTACT_PREFERENCE);
    assertThat(person.extension(COPY_CORRESPONDENCE).flatMap(e -> e.value(Boolean.class))).contains(false);
    assertThat(person.extension(CONTACT_RANK).flatMap(e -> e.value(Integer.class))).contains(2);
    Extension preference = person.extension(CONTACT_PREFERENCE).orElseThrow();
    assertThat(preference.extension("PreferredContactMethod").flatMap(e -> e.value(CodeableConcept.class)))
        .hasValueSatisfying(method -> assertThat(method.coding().get(0).code()).isEqualTo("3"));
    assertThat(person.extension("https://example.org/absent")).isEmpty();
  }

  @Test
  void keepsCommunicationAndPrimitiveExtensionsAsUnknown() {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);

    assertThat(person.unknown().names()).containsExactly("_birthDate", "communication");
    assertThat(FhirJson.encode(person)).contains("\"communication\":[").contains("\"_birthDate\":{");
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);
    String encoded = FhirJson.encode(person);

    assertThat(tree(encoded)).isEqualTo(tree(RELATED_PERSON));
    assertThat(FhirJson.decode(encoded, RelatedPerson.class)).isEqualTo(person);
  }

  @Test
  void toStringShowsNoPersonalData() {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);

    assertThat(person.toString())
        .isEqualTo("RelatedPerson[id=***, version=3]")
        .doesNotContain("C81D2A04", "9730675929", "Okonkwo", "Adaeze", "01632960441", "HG4", "1979");
  }

  @Test
  void toleratesMissingOrEmptyPatientReference() throws IOException {
    String noPatient = """
        {"resourceType": "RelatedPerson", "id": "A1", "active": false}
        """;
    String emptyPatient = """
        {"resourceType": "RelatedPerson", "id": "A2", "patient": {}}
        """;

    RelatedPerson absent = FhirJson.decode(noPatient, RelatedPerson.class);
    RelatedPerson empty = FhirJson.decode(emptyPatient, RelatedPerson.class);

    assertThat(absent.patient()).isNull();
    assertThat(absent.relationship()).isEmpty();
    assertThat(empty.patient()).isNotNull();
    assertThat(empty.patient().reference()).isNull();
    assertThat(tree(FhirJson.encode(empty))).isEqualTo(tree(emptyPatient));
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    RelatedPerson person = FhirJson.decode(RELATED_PERSON, RelatedPerson.class);

    RelatedPerson ended = person.toBuilder()
        .period(new Period(new FhirDateTime("2021-06-01"), new FhirDateTime("2024-02-29"), UnknownElements.none()))
        .build();

    assertThat(ended.period().end()).isEqualTo(new FhirDateTime("2024-02-29"));
    assertThat(ended.toBuilder().period(person.period()).build()).isEqualTo(person);
    assertThat(ended.unknown()).isEqualTo(person.unknown());
  }

  @Test
  void builderFillsAbsentListsWithEmptyOnes() {
    RelatedPerson person = RelatedPerson.builder().id("B7").build();

    assertThat(person.extension()).isEmpty();
    assertThat(person.relationship()).isEmpty();
    assertThat(person.unknown().isEmpty()).isTrue();
    assertThat(FhirJson.encode(person)).isEqualTo("{\"resourceType\":\"RelatedPerson\",\"id\":\"B7\"}");
  }

  @Test
  void bundleOfRelatedPeopleDecodesToRelatedPersonInstances() {
    String bundleJson = """
        {
          "resourceType": "Bundle",
          "type": "searchset",
          "timestamp": "2024-11-05T09:30:00+00:00",
          "total": 2,
          "entry": [
            {
              "fullUrl": "https://example.org/FHIR/R4/Patient/9730675929/RelatedPerson/C81D2A04",
              "resource": %s,
              "search": {"mode": "match"}
            },
            {
              "fullUrl": "https://example.org/FHIR/R4/Patient/9730675929/RelatedPerson/D0F31B77",
              "resource": {
                "resourceType": "RelatedPerson",
                "id": "D0F31B77",
                "patient": {"reference": "Patient/9730675929"},
                "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                  "code": "BRO", "display": "brother"}]}],
                "name": [{"family": "Bright", "given": ["Tobi"]}]
              },
              "search": {"mode": "match"}
            },
            {
              "resource": {"resourceType": "OperationOutcome", "issue": []},
              "search": {"mode": "outcome"}
            }
          ]
        }
        """.formatted(RELATED_PERSON);

    Bundle bundle = FhirJson.decode(bundleJson, Bundle.class);
    List<RelatedPerson> people = bundle.resources(RelatedPerson.class);

    assertThat(bundle.entry()).hasSize(3);
    assertThat(people).extracting(RelatedPerson::id).containsExactly("C81D2A04", "D0F31B77");
    assertThat(people.get(0)).isEqualTo(FhirJson.decode(RELATED_PERSON, RelatedPerson.class));
    assertThat(people.get(1).patient().reference()).isEqualTo("Patient/9730675929");
    assertThat(people.get(1).relationship().get(0).coding().get(0).code()).isEqualTo("BRO");
    assertThat(bundle.entry().get(2).resource()).isInstanceOf(GenericResource.class);
  }

  @Test
  void decodesAsAnyResourceByResourceType() {
    assertThat(FhirJson.decode(RELATED_PERSON)).isInstanceOf(RelatedPerson.class);
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
