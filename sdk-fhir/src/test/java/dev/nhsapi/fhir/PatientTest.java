package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientTest {
  private static final String PATIENT = """
      {"resourceType":"Patient","id":"9000000017",
       "meta":{"versionId":"4","security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
         "code":"U","display":"unrestricted"}]},
       "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000017"}],
       "name":[{"id":"n1","use":"usual","family":"Okafor","given":["Ada"]}],
       "birthDate":"1987-03",
       "generalPractitioner":[{"type":"Organization",
         "identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"B82617"}}],
       "extension":[
        {"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy",
         "valueReference":{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"FQ123"}}},
        {"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication","extension":[
          {"url":"language","valueCodeableConcept":{"coding":[{"code":"yo","display":"Yoruba"}]}},
          {"url":"interpreterRequired","valueBoolean":true}]},
        {"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus","extension":[
          {"url":"deathNotificationStatus","valueCodeableConcept":{"coding":[{"code":"2"}]}},
          {"url":"systemEffectiveDate","valueDateTime":"2024-01-05T09:30:00+00:00"}]},
        {"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference","extension":[
          {"url":"PreferredContactMethod","valueCodeableConcept":{"coding":[{"code":"3"}]}},
          {"url":"PreferredContactTimes","valueString":"Evenings"}]},
        {"url":"http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
         "valueAddress":{"city":"Leeds","country":"GBR"}}]}
      """;

  @Test
  void exposesTheIdentifiersAndUkCoreExtensionsPdsReturns() {
    Patient patient = FhirJson.decode(PATIENT, Patient.class);

    assertThat(patient.nhsNumber()).contains(NhsNumber.of("9000000017"));
    assertThat(patient.generalPractitionerOdsCode()).contains(OdsCode.of("B82617"));
    assertThat(patient.nominatedPharmacy()).contains(OdsCode.of("FQ123"));
    assertThat(patient.preferredDispenser()).isEmpty();
    assertThat(patient.restricted()).isFalse();
    assertThat(patient.nhsCommunication()).hasValueSatisfying(c -> {
      assertThat(c.interpreterRequired()).isTrue();
      assertThat(c.language().coding().get(0).code()).isEqualTo("yo");
    });
    assertThat(patient.deathNotification()).hasValueSatisfying(d -> {
      assertThat(d.status().coding().get(0).code()).isEqualTo("2");
      assertThat(d.effective().value()).isEqualTo("2024-01-05T09:30:00+00:00");
    });
    assertThat(patient.contactPreference()).hasValueSatisfying(p -> {
      assertThat(p.contactTimes()).isEqualTo("Evenings");
      assertThat(p.writtenFormat()).isNull();
      assertThat(p).asString().doesNotContain("Evenings");
    });
    assertThat(patient.birthPlace()).hasValueSatisfying(a -> assertThat(a.city()).isEqualTo("Leeds"));
    assertThat(patient.birthDate().precision()).isEqualTo(FhirDate.Precision.MONTH);
    assertThat(patient.versionId()).isEqualTo("4");
  }

  @Test
  void flagsRestrictedRecords() {
    Patient restricted = FhirJson.decode(PATIENT.replace("\"code\":\"U\"", "\"code\":\"R\""), Patient.class);

    assertThat(restricted.restricted()).isTrue();
  }

  @Test
  void editsKeepEverythingElse() {
    Patient patient = FhirJson.decode(PATIENT, Patient.class);

    Patient edited = patient.toBuilder().active(true).build();

    assertThat(edited.active()).isTrue();
    assertThat(edited.extension()).isEqualTo(patient.extension());
    assertThat(FhirJson.encode(edited)).contains("\"active\":true", "Extension-UKCore-ContactPreference");
  }

  @Test
  void neverPrintsPatientData() {
    Patient patient = FhirJson.decode(PATIENT, Patient.class);

    assertThat(patient.toString() + patient.name() + patient.identifier() + patient.nhsNumber())
        .doesNotContain("9000000017", "Okafor", "Ada", "1987");
  }

  @Test
  void readsAndWritesAnAttachmentValuedExtension() {
    String json = "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"https://example.org/photo\","
        + "\"valueAttachment\":{\"contentType\":\"image/png\",\"data\":\"AAEC\",\"size\":3}}]}";

    Patient patient = FhirJson.decode(json, Patient.class);

    assertThat(patient.extension("https://example.org/photo").flatMap(e -> e.value(Attachment.class)))
        .hasValueSatisfying(a -> assertThat(a.size()).isEqualTo(3));
    assertThat(FhirJson.encode(patient)).isEqualTo(json);
  }
}
