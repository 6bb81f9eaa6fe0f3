package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.nhsapi.core.NhsDecodeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FhirJsonTest {
  private static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
  private static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-";

  /** The full patient without whitespace, so mutations can name members exactly. */
  private static final String FULL = LiteralJson.compact(Fixtures.read(Fixtures.PATIENT_FULL));

  private static final String SEARCH = LiteralJson.compact(Fixtures.read(Fixtures.SEARCH_BUNDLE));

  // ---------------------------------------------------------------------------------------------- typed access

  @Test
  void readsTheFullPatientsNamesIdentifiersAndDemographics() {
    Patient patient = full();

    assertThat(patient.id()).isEqualTo(Fixtures.FULL_NHS_NUMBER);
    assertThat(patient.name()).hasSize(2);
    HumanName usual = patient.name().get(0);
    assertThat(usual.family()).isEqualTo(Fixtures.FULL_FAMILY);
    assertThat(usual.given()).containsExactly("Elowen", "Morwenna");
    assertThat(usual.prefix()).containsExactly("Ms");
    assertThat(usual.id()).isEqualTo("8E2F4A10");
    assertThat(usual.use()).isEqualTo("usual");
    assertThat(usual.period()).isNotNull();
    assertThat(usual.period().start()).isEqualTo(new FhirDateTime("2019-04-02"));
    assertThat(usual.period().end()).isNull();
    assertThat(patient.name().get(1).use()).isEqualTo("nickname");
    assertThat(patient.name().get(1).period().end()).isEqualTo(new FhirDateTime("2026-08-31"));
    assertThat(patient.gender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(patient.multipleBirthInteger()).isEqualTo(2);
    assertThat(patient.multipleBirthBoolean()).isNull();
    assertThat(patient.deceasedBoolean()).isNull();
    assertThat(patient.active()).isNull();

    Identifier nhsNumber = patient.identifier().get(0);
    assertThat(nhsNumber.system()).isEqualTo(NHS_NUMBER_SYSTEM);
    assertThat(nhsNumber.value()).isEqualTo(Fixtures.FULL_NHS_NUMBER);
    Extension verification = extension(nhsNumber.extension(), UK_CORE + "NHSNumberVerificationStatus");
    assertThat(verification.value(CodeableConcept.class).orElseThrow().coding().get(0).code()).isEqualTo("01");
  }

  @Test
  void birthDateKeepsItsPrecision() {
    FhirDate birthDate = full().birthDate();

    assertThat(birthDate).isNotNull();
    assertThat(birthDate.value()).isEqualTo(Fixtures.FULL_BIRTH_DATE);
    assertThat(birthDate.precision()).isEqualTo(FhirDate.Precision.DAY);
    assertThat(birthDate.toLocalDate()).contains(LocalDate.of(1987, 3, 14));

    FhirDate month = patient("{\"resourceType\":\"Patient\",\"birthDate\":\"1987-03\"}").birthDate();
    FhirDate year = patient("{\"resourceType\":\"Patient\",\"birthDate\":\"1987\"}").birthDate();
    assertThat(month.precision()).isEqualTo(FhirDate.Precision.MONTH);
    assertThat(month.toLocalDate()).isEmpty();
    assertThat(year.precision()).isEqualTo(FhirDate.Precision.YEAR);
    assertThat(year.year()).isEqualTo(1987);
    assertThat(FhirJson.encode(patient("{\"resourceType\":\"Patient\",\"birthDate\":\"1987-03\"}")))
        .contains("\"birthDate\":\"1987-03\"");
  }

  @Test
  void deceasedDateTimeIsKeptVerbatimWithItsOffset() {
    Patient patient = full();

    assertThat(patient.deceasedDateTime()).isNotNull();
    assertThat(patient.deceasedDateTime().value()).isEqualTo("2024-06-18T14:32:05+01:00");
    assertThat(patient.deceasedDateTime().toOffsetDateTime().orElseThrow().getOffset())
        .isEqualTo(ZoneOffset.ofHours(1));
    assertThat(FhirJson.encode(patient)).contains("\"deceasedDateTime\":\"2024-06-18T14:32:05+01:00\"");
  }

  @Test
  void readsTheVersionAndSecurityLabelFromMeta() {
    Patient full = full();
    Patient restricted = FhirJson.decode(Fixtures.read(Fixtures.PATIENT_RESTRICTED), Patient.class);
    Patient minimal = FhirJson.decode(Fixtures.read(Fixtures.PATIENT_MINIMAL), Patient.class);

    assertThat(full.meta()).isNotNull();
    assertThat(full.meta().versionId()).isEqualTo("5");
    assertThat(full.versionId()).isEqualTo("5");
    assertThat(full.meta().security()).extracting(Coding::code).containsExactly("U");
    assertThat(restricted.versionId()).isEqualTo("3");
    assertThat(restricted.meta().security().get(0).code()).isEqualTo("R");
    assertThat(restricted.meta().security().get(0).display()).isEqualTo("restricted");
    assertThat(restricted.address()).isEmpty();
    assertThat(restricted.telecom()).isEmpty();
    assertThat(restricted.generalPractitioner()).isEmpty();
    assertThat(minimal.versionId()).isEqualTo("1");
    assertThat(minimal.name()).isEmpty();
    assertThat(minimal.birthDate()).isNull();
    assertThat(minimal.unknown().isEmpty()).isTrue();
  }

  @Test
  void readsGeneralPractitionerManagingOrganizationTelecomAndAddresses() {
    Patient patient = full();

    Reference gp = patient.generalPractitioner().get(0);
    assertThat(gp.type()).isEqualTo("Organization");
    assertThat(gp.identifier().system()).isEqualTo(ODS_SYSTEM);
    assertThat(gp.identifier().value()).isEqualTo("Y90211");
    assertThat(gp.identifier().period().start()).isEqualTo(new FhirDateTime("2020-02-17"));
    assertThat(gp.unknown().asMap()).containsExactly(Map.entry("id", "7C1E09A2")); // Reference.id is not modelled
    assertThat(patient.managingOrganization().identifier().value()).isEqualTo("Y90211");

    assertThat(patient.telecom()).extracting(ContactPoint::system).containsExactly("phone", "email", "other");
    ContactPoint textphone = patient.telecom().get(2);
    Extension otherSystem = extension(textphone.extension(), UK_CORE + "OtherContactSystem");
    assertThat(otherSystem.valueType()).isEqualTo("Coding");
    assertThat(otherSystem.value(Coding.class).orElseThrow().code()).isEqualTo("textphone");

    Address home = patient.address().get(0);
    assertThat(home.use()).isEqualTo("home");
    assertThat(home.line()).hasSize(5).startsWith("Chy an Gwel");
    assertThat(home.postalCode()).isEqualTo("TR18 5QX");
    assertThat(home.extension()).hasSize(2).allSatisfy(key -> assertThat(key.url()).isEqualTo(UK_CORE + "AddressKey"));
    Extension uprn = home.extension().get(1);
    assertThat(uprn.extension("type").orElseThrow().value(Coding.class).orElseThrow().code()).isEqualTo("UPRN");
    assertThat(uprn.extension("value").orElseThrow().value(String.class)).contains("100040213377");
    Address temp = patient.address().get(1);
    assertThat(temp.use()).isEqualTo("temp");
    assertThat(temp.text()).isEqualTo("Term-time lodgings");
    assertThat(temp.period().end()).isEqualTo(new FhirDateTime("2024-06-14"));
  }

  @Test
  void findsEveryPdsExtensionByUrlWithItsNestedValues() {
    List<Extension> extensions = full().extension();

    assertThat(extension(extensions, UK_CORE + "NominatedPharmacy").value(Reference.class).orElseThrow()
        .identifier().value()).isEqualTo("FX204");
    assertThat(extension(extensions, UK_CORE + "PreferredDispenserOrganization").value(Reference.class)
        .orElseThrow().identifier().value()).isEqualTo("FW517");
    assertThat(extension(extensions, UK_CORE + "MedicalApplianceSupplier").value(Reference.class).orElseThrow()
        .identifier().system()).isEqualTo(ODS_SYSTEM);

    Extension death = extension(extensions, UK_CORE + "DeathNotificationStatus");
    assertThat(death.valueType()).isNull();
    assertThat(death.extension("deathNotificationStatus").orElseThrow().value(CodeableConcept.class)
        .orElseThrow().coding().get(0).code()).isEqualTo("1");
    assertThat(death.extension("systemEffectiveDate").orElseThrow().value(FhirDateTime.class))
        .contains(new FhirDateTime("2024-06-19T08:03:11+01:00"));

    Extension communication = extension(extensions, UK_CORE + "NHSCommunication");
    assertThat(communication.extension("language").orElseThrow().value(CodeableConcept.class).orElseThrow()
        .coding().get(0).code()).isEqualTo("cy");
    assertThat(communication.extension("interpreterRequired").orElseThrow().value(Boolean.class)).contains(false);

    Extension preference = extension(extensions, UK_CORE + "ContactPreference");
    assertThat(preference.extension()).extracting(Extension::url).containsExactly(
        "PreferredWrittenCommunicationFormat", "PreferredContactMethod", "PreferredContactTimes");
    assertThat(preference.extension("PreferredContactTimes").orElseThrow().value(String.class))
        .contains("Weekday mornings only");
    assertThat(preference.extension("missing")).isEmpty();

    Address birthPlace = extension(extensions, "http://hl7.org/fhir/StructureDefinition/patient-birthPlace")
        .value(Address.class).orElseThrow();
    assertThat(birthPlace.city()).isEqualTo("Penzance");
    assertThat(birthPlace.country()).isEqualTo("GBR");

    Extension removal =
        extension(extensions, "https://fhir.nhs.uk/StructureDefinition/Extension-PDS-RemovalFromRegistration");
    assertThat(removal.extension("removalFromRegistrationCode").orElseThrow().value(CodeableConcept.class)
        .orElseThrow().coding().get(0).code()).isEqualTo("SCT");
    Period effective = removal.extension("effectiveTime").orElseThrow().value(Period.class).orElseThrow();
    assertThat(effective.start().value()).isEqualTo("2022-05-03T00:00:00+00:00");
    assertThat(effective.end().value()).isEqualTo("2023-01-09T00:00:00+00:00");
  }

  @Test
  void extensionWithAnUnmodelledValueTypeKeepsItAsAnUnknownElement() {
    Extension gestation =
        extension(full().extension(), "https://example.org/fhir/StructureDefinition/gestation-at-birth");

    assertThat(gestation.valueType()).isNull();
    assertThat(gestation.value()).isNull();
    assertThat(gestation.unknown().names()).containsExactly("valueAge");
    Map<?, ?> age = (Map<?, ?>) gestation.unknown().asMap().get("valueAge");
    assertThat(age.get("value")).isEqualTo(new BigDecimal("36.50"));
    assertThat(((BigDecimal) age.get("value")).scale()).isEqualTo(2);
    assertThat(age.get("unit")).isEqualTo("wk");
  }

  @Test
  void elementsTheSdkDoesNotModelAreKeptByName() {
    Patient patient = full();

    assertThat(patient.unknown().names()).containsExactly("_birthDate", "contact", "futureElement");
    assertThat(patient.name().get(0).unknown().names()).containsExactly("_given");
    assertThat(patient.name().get(1).unknown().isEmpty()).isTrue();

    List<?> givenExtensions = (List<?>) patient.name().get(0).unknown().asMap().get("_given");
    assertThat(givenExtensions.get(0)).isSameAs(UnknownElements.JSON_NULL);
    assertThat(givenExtensions.get(1)).isInstanceOf(Map.class);

    Map<?, ?> birthDate = (Map<?, ?>) patient.unknown().asMap().get("_birthDate");
    Map<?, ?> birthTime = (Map<?, ?>) ((List<?>) birthDate.get("extension")).get(0);
    assertThat(birthTime.get("url")).isEqualTo("http://hl7.org/fhir/StructureDefinition/patient-birthTime");
    assertThat(birthTime.get("valueDateTime")).isEqualTo("1987-03-14T06:25:00+00:00");

    Map<?, ?> future = (Map<?, ?>) patient.unknown().asMap().get("futureElement");
    assertThat(future.get("recordedScore")).isEqualTo(new BigDecimal("1.50"));
    assertThat(future.get("flags")).isEqualTo(List.of(true, false, UnknownElements.JSON_NULL));
    assertThat(future.get("counts")).isEqualTo(List.of(new BigDecimal("0"), new BigDecimal("-0.0010"),
        new BigDecimal("0.00000050"), new BigDecimal("12345678901234567890123"), new BigDecimal("2.000")));

    List<?> contact = (List<?>) patient.unknown().asMap().get("contact");
    assertThat(((Map<?, ?>) contact.get(0)).get("id")).isEqualTo("C9F2E611");
  }

  @Test
  void containedResourcesAreTypedByTheirResourceType() {
    Resource contained = full().contained().get(0);

    assertThat(contained).isInstanceOfSatisfying(Organization.class, organization -> {
      assertThat(organization.id()).isEqualTo("registered-practice");
      assertThat(organization.name()).isEqualTo("Bosvenna Surgery");
      assertThat(organization.unknown().isEmpty()).isTrue();
    });
  }

  @Test
  void resourcesOfUnmodelledTypesAreGenericResources() {
    Resource resource = FhirJson.decode("""
        {"resourceType":"Coverage","id":"c1","status":"active","beneficiary":{"reference":"Patient/1"}}""");

    assertThat(resource).isInstanceOfSatisfying(GenericResource.class, generic -> {
      assertThat(generic.resourceType()).isEqualTo("Coverage");
      assertThat(generic.id()).isEqualTo("c1");
      assertThat(generic.unknown().names()).containsExactly("status", "beneficiary");
    });
  }

  @Test
  void readsTheSearchBundlesTotalLinksEntriesAndScores() {
    Bundle bundle = FhirJson.decode(Fixtures.read(Fixtures.SEARCH_BUNDLE), Bundle.class);

    assertThat(bundle.type()).isEqualTo("searchset");
    assertThat(bundle.total()).isEqualTo(2);
    assertThat(bundle.timestamp()).isEqualTo(new FhirDateTime("2025-02-11T10:47:32+00:00"));
    assertThat(bundle.link("self")).hasValueSatisfying(url -> assertThat(url)
        .startsWith("https://sandbox.api.service.nhs.uk/personal-demographics/FHIR/R4/Patient?"));
    assertThat(bundle.link("next")).isEmpty();
    assertThat(bundle.resources(Patient.class)).extracting(Patient::id).containsExactly("9381726450", "9847561206");
    assertThat(bundle.resources(Patient.class).get(1).name().get(0).family()).isEqualTo("Penhallow");
    assertThat(bundle.resources(GenericResource.class)).isEmpty();
    assertThat(bundle.entry().get(0).fullUrl())
        .isEqualTo("https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/9381726450");

    BigDecimal exact = bundle.entry().get(0).search().score();
    BigDecimal fuzzy = bundle.entry().get(1).search().score();
    assertThat(exact).isEqualTo(new BigDecimal("1"));
    assertThat(exact.scale()).isZero();
    assertThat(fuzzy).isEqualTo(new BigDecimal("0.8976"));
    assertThat(fuzzy.scale()).isEqualTo(4);
    assertThat(fuzzy.toPlainString()).isEqualTo("0.8976");
    assertThat(bundle.entry().get(1).search().mode()).isNull();
  }

  @Test
  void relatedPeopleAreTyped() {
    Bundle bundle = FhirJson.decode(Fixtures.read(Fixtures.RELATED_PERSON_BUNDLE), Bundle.class);

    assertThat(bundle.total()).isEqualTo(2);
    assertThat(bundle.resources(Patient.class)).isEmpty();
    List<RelatedPerson> people = bundle.resources(RelatedPerson.class);
    assertThat(people).extracting(RelatedPerson::id).containsExactly("3F8A61C2", "9D04B7E5");
    assertThat(people.get(0).active()).isTrue();
    assertThat(people.get(0).name()).isNotEmpty();
    assertThat(bundle.entry().get(1).fullUrl()).endsWith("/Patient/9273645186/RelatedPerson/9D04B7E5");
  }

  static Stream<String> outcomes() {
    return Fixtures.outcomes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void operationOutcomeIsAGenericResourceCarryingTheNhsErrorCode(String fixture) {
    Resource resource = FhirJson.decode(Fixtures.read(fixture));

    assertThat(resource).isInstanceOf(GenericResource.class);
    assertThat(resource.resourceType()).isEqualTo("OperationOutcome");
    Map<?, ?> issue = (Map<?, ?>) ((List<?>) resource.unknown().asMap().get("issue")).get(0);
    assertThat(issue.get("severity")).isIn("information", "warning", "error");
    if (issue.containsKey("details")) {
      Map<?, ?> coding = (Map<?, ?>) ((List<?>) ((Map<?, ?>) issue.get("details")).get("coding")).get(0);
      String expected = fixture.substring("outcome-".length(), fixture.length() - ".json".length())
          .replace('-', '_').toUpperCase(java.util.Locale.ROOT);
      assertThat(coding.get("code")).isEqualTo(expected);
      assertThat(coding.get("system")).isEqualTo("https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode");
    }
  }

  @Test
  void operationOutcomesCarryTheCodesAndSeveritiesPdsSends() {
    assertThat(issue("outcome-too-many-matches.json")).containsEntry("severity", "information")
        .containsEntry("code", "multiple-matches");
    assertThat(issue("outcome-resource-not-found.json")).containsEntry("severity", "information")
        .containsEntry("code", "not-found");
    assertThat(issue("outcome-invalid-resource-id.json")).containsEntry("code", "value")
        .doesNotContainKey("diagnostics");
    assertThat(issue("outcome-invalid-value.json")).containsEntry("code", "value")
        .containsEntry("diagnostics", "Invalid value - 'fourteenth of March' in field 'birthdate'");
    assertThat(issue("outcome-resource-version-mismatch.json")).containsEntry("code", "conflict");
    assertThat(issue("outcome-access-denied.json")).containsEntry("code", "forbidden");
  }

  @Test
  void decodeOfAnyResourcePicksTheClassFromResourceType() {
    assertThat(FhirJson.decode(Fixtures.read(Fixtures.PATIENT_FULL))).isInstanceOf(Patient.class);
    assertThat(FhirJson.decode(Fixtures.read(Fixtures.SEARCH_BUNDLE))).isInstanceOf(Bundle.class);
    assertThat(FhirJson.decode(Fixtures.read("outcome-too-many-matches.json"), Resource.class))
        .isInstanceOf(GenericResource.class);
  }

  // ------------------------------------------------------------------------------------------- decode errors

  static Stream<Arguments> malformedDocuments() {
    String tenMegabytes = "x".repeat(10 * 1024 * 1024);
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    return Stream.of(
        // wrong JSON types
        bad("string where an integer belongs",
            replace(FULL, "\"multipleBirthInteger\":2", "\"multipleBirthInteger\":\"2\"")),
        bad("string where a Bundle total belongs", replace(SEARCH, "\"total\":2", "\"total\":\"5\"")),
        bad("number where a string belongs", replace(FULL, "\"family\":\"Trevithick\"", "\"family\":5")),
        bad("boolean as a string in an extension",
            replace(FULL, "\"valueBoolean\":false", "\"valueBoolean\":\"false\"")),
        bad("boolean as a string in Patient.active",
            replace(FULL, "\"gender\":\"female\",", "\"gender\":\"female\",\"active\":\"true\",")),
        bad("object where an array belongs", replace(FULL, "\"given\":[\"Wenna\"]", "\"given\":{\"first\":\"Wenna\"}")),
        bad("array where an object belongs",
            replace(FULL, "\"managingOrganization\":{", "\"managingOrganization\":[{")),
        bad("null where a code belongs", replace(FULL, "\"gender\":\"female\"", "\"gender\":null")),
        bad("null inside a list", replace(FULL, "\"given\":[\"Wenna\"]", "\"given\":[null]")),
        bad("decimal where an integer belongs",
            replace(FULL, "\"multipleBirthInteger\":2", "\"multipleBirthInteger\":2.5")),
        bad("integer too large", replace(FULL, "\"multipleBirthInteger\":2", "\"multipleBirthInteger\":12345678901")),
        bad("negative Bundle total", replace(SEARCH, "\"total\":2", "\"total\":-1")),
        bad("resourceType not a string", replace(FULL, "\"resourceType\":\"Patient\"", "\"resourceType\":7")),
        // wrong values
        bad("gender F", replace(FULL, "\"gender\":\"female\"", "\"gender\":\"F\"")),
        bad("birthDate 14/03/1987", replace(FULL, "\"birthDate\":\"1987-03-14\"", "\"birthDate\":\"14/03/1987\""),
            "14/03/1987"),
        bad("birthDate that does not exist",
            replace(FULL, "\"birthDate\":\"1987-03-14\"", "\"birthDate\":\"1987-02-30\""), "1987-02-30"),
        bad("dateTime with a time but no offset",
            replace(FULL, "\"2024-06-18T14:32:05+01:00\"", "\"2024-06-18T14:32:05\"")),
        // choice types
        bad("deceasedBoolean and deceasedDateTime",
            replace(FULL, "\"deceasedDateTime\":", "\"deceasedBoolean\":true,\"deceasedDateTime\":")),
        bad("multipleBirthBoolean and multipleBirthInteger",
            replace(FULL, "\"multipleBirthInteger\":2", "\"multipleBirthInteger\":2,\"multipleBirthBoolean\":true")),
        bad("extension with two modelled value[x]",
            replace(FULL, "\"valueBoolean\":false", "\"valueBoolean\":false,\"valueString\":\"no\"")),
        bad("extension with a modelled and an unmodelled value[x]",
            replace(FULL, "\"valueString\":\"Weekday mornings only\"",
                "\"valueString\":\"Weekday mornings only\",\"valueAge\":{\"value\":3}")),
        bad("extension with two unmodelled value[x]",
            replace(FULL, "\"valueAge\":{", "\"valueSampledData\":{\"period\":0.5,\"dimensions\":1},\"valueAge\":{")),
        bad("extension without url", replace(FULL,
            "\"url\":\"PreferredContactTimes\",", "")),
        // duplicate members
        bad("duplicate known member",
            replace(FULL, "\"gender\":\"female\"", "\"gender\":\"female\",\"gender\":\"male\"")),
        bad("duplicate known member inside a datatype",
            replace(FULL, "\"family\":\"Trevithick\"", "\"family\":\"Trevithick\",\"family\":\"Trevithick\"")),
        bad("duplicate unknown member", replace(FULL, "\"contact\":[", "\"contact\":[],\"contact\":[")),
        bad("duplicate member inside an unknown element",
            replace(FULL, "\"note\":\"kept as read\"", "\"note\":\"kept as read\",\"note\":\"again\"")),
        bad("duplicate resourceType", replace(FULL, "\"id\":", "\"resourceType\":\"Patient\",\"id\":")),
        bad("duplicate resourceType of another type", replace(FULL, "\"id\":", "\"resourceType\":\"Bundle\",\"id\":")),
        // document structure
        bad("missing resourceType", replace(FULL, "\"resourceType\":\"Patient\",", "")),
        bad("content after the document", FULL + "{}"),
        bad("text after the document", FULL + " Trevithick"),
        bad("10,000 nested arrays in an unknown element",
            replace(FULL, "\"note\":\"kept as read\"", "\"note\":" + deepArrays)),
        bad("10,000 nested arrays in an extension list",
            replace(FULL, "\"extension\":[{\"url\":\"" + UK_CORE + "NominatedPharmacy\"",
                "\"extension\":" + deepArrays + ",\"x\":[{\"url\":\"u\"")),
        bad("10 MB string in a known element",
            replace(FULL, "\"family\":\"Trevithick\"", "\"family\":\"" + tenMegabytes + "\"")),
        bad("10 MB string in an unknown element",
            replace(FULL, "\"note\":\"kept as read\"", "\"note\":\"" + tenMegabytes + "\"")),
        bad("invalid unicode escape inside a name",
            replace(FULL, "\"family\":\"Trevithick\"", "\"family\":\"\\uTrevithick\""),
            "uTrev"),
        bad("invalid escape inside a name", replace(FULL, "\"family\":\"Trevithick\"", "\"family\":\"\\Trevithick\"")),
        bad("unquoted member name", replace(FULL, "\"gender\":", "gender:")),
        bad("single-quoted string", replace(FULL, "\"female\"", "'female'")),
        bad("non-JSON body", "<html><body>Trevithick 9731041222 born 1987-03-14</body></html>"),
        bad("empty body", ""),
        bad("whitespace only", " \n\t "),
        bad("JSON null", "null"),
        bad("array of resources", "[" + FULL + "]"),
        bad("bare string", "\"Trevithick 9731041222\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDocuments")
  void malformedDocumentIsADecodeExceptionNamingThePathButNoPatientValue(String description, String json,
      String echoed) {
    assertThatThrownBy(() -> FhirJson.decode(json, Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertSafeMessage(e, echoed));
    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertSafeMessage(e, echoed));
  }

  @Test
  void decodeWithAnExpectedTypeRefusesAnotherResourceType() {
    assertThatThrownBy(() -> FhirJson.decode(Fixtures.read(Fixtures.SEARCH_BUNDLE), Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("Patient")
        .hasMessageContaining("Bundle")
        .satisfies(e -> assertSafeMessage(e, ""));
    assertThatThrownBy(() -> FhirJson.decode(Fixtures.read(Fixtures.PATIENT_FULL), Bundle.class))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertSafeMessage(e, ""));
    // PDS answers a search with too many matches with 200 and an OperationOutcome instead of a Bundle
    assertThatThrownBy(() -> FhirJson.decode(Fixtures.read("outcome-too-many-matches.json"), Bundle.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("OperationOutcome");
  }

  static IntStream truncationOffsets() {
    int length = Fixtures.read(Fixtures.PATIENT_FULL).length();
    return IntStream.rangeClosed(1, 20).map(i -> (int) ((long) length * i / 21));
  }

  @ParameterizedTest(name = "cut at {0}")
  @MethodSource("truncationOffsets")
  void truncatedDocumentIsADecodeException(int offset) {
    String truncated = Fixtures.read(Fixtures.PATIENT_FULL).substring(0, offset);

    assertThatThrownBy(() -> FhirJson.decode(truncated, Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertSafeMessage(e, ""));
  }

  @Test
  void invariantErrorNamesThePathOfTheObjectThatBreaksIt() {
    assertThatThrownBy(() -> FhirJson.decode(
            "{\"resourceType\":\"Patient\",\"deceasedBoolean\":true,\"deceasedDateTime\":\"2024-06-18\"}"))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("deceased[x]")
        .hasMessageContaining("at path $:");
    assertThatThrownBy(() -> FhirJson.decode(
            "{\"resourceType\":\"Patient\",\"name\":[{}],\"extension\":[{\"url\":\"a\"},{\"valueString\":\"x\"}]}"))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("url")
        .hasMessageContaining("at path $.extension[1]:");
    assertThatThrownBy(() -> FhirJson.decode("{\"resourceType\":\"Bundle\",\"total\":0}"))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("at path $:");
  }

  @Test
  void syntaxErrorMessageNamesWhereButDoesNotQuoteTheDocument() {
    String json = replace(FULL, "\"family\":\"Trevithick\"", "\"family\":\"\\uTrevithick\"");

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("$.name[0].family")
        .hasMessageNotContaining("Trev")
        .satisfies(e -> assertThat(e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()))
            .doesNotContain("Trev"));
  }

  @Test
  void randomSingleCharacterMutationsDecodeOrFailWithADecodeExceptionOnly() {
    String original = Fixtures.read(Fixtures.PATIENT_FULL);
    String alphabet = "{}[]\":,\\ \n0123456789.-+eEtrufalsn_xyzTF/\u00e9\u20ac\u0000";
    Random random = new Random(20250211L);
    int decoded = 0;
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      StringBuilder mutated = new StringBuilder(original);
      int at = random.nextInt(original.length());
      char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> mutated.setCharAt(at, replacement);
        case 1 -> mutated.insert(at, replacement);
        default -> mutated.deleteCharAt(at);
      }
      String json = mutated.toString();
      Resource resource;
      try {
        resource = FhirJson.decode(json);
      } catch (NhsDecodeException e) {
        refused++;
        continue;
      } catch (Throwable e) { // any other type is the failure this test looks for
        throw new AssertionError("mutation " + i + " at " + at + " threw " + e.getClass().getName(), e);
      }
      decoded++;
      Resource again = FhirJson.decode(FhirJson.encode(resource));
      assertThat(again).as("mutation %d at %d round-trips", i, at).isEqualTo(resource);
    }
    assertThat(decoded + refused).isEqualTo(300);
    assertThat(refused).as("many single-character changes break the document").isGreaterThan(50);
    assertThat(decoded).as("many changes land in whitespace or string values").isGreaterThan(50);
  }

  // ----------------------------------------------------------------------------------- numbers (lossless)

  @Test
  void plainDecimalsAreWrittenBackAsWrittenNotInScientificNotation() {
    String json = "{\"resourceType\":\"Basic\",\"tiny\":0.00000050,\"negative\":-0.000000012,\"trailing\":1.50}";
    String patient = "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"a\",\"valueDecimal\":0.0000001},"
        + "{\"url\":\"b\",\"valueQuantity\":{\"value\":0.000000250,\"unit\":\"g\"}}]}";

    assertThat(FhirJson.encode(FhirJson.decode(json)))
        .isEqualTo("{\"resourceType\":\"Basic\",\"tiny\":0.00000050,\"negative\":-0.000000012,\"trailing\":1.50}");
    assertThat(FhirJson.encode(FhirJson.decode(patient))).isEqualTo(patient);
  }

  @Test
  void numbersWrittenWithAnExponentKeepTheirValueAndScale() {
    Resource resource = FhirJson.decode(
        "{\"resourceType\":\"Basic\",\"big\":1e2,\"small\":2.5E-3,"
            + "\"hostileTiny\":1e-999999999,\"hostileBig\":1e999999999}");

    String encoded = FhirJson.encode(resource);

    assertThat(FhirJson.decode(encoded)).isEqualTo(resource);
    Map<String, Object> members = resource.unknown().asMap();
    assertThat(members.get("big")).isEqualTo(new BigDecimal("1E+2"));
    assertThat(members.get("small")).isEqualTo(new BigDecimal("0.0025"));
    assertThat(encoded).hasSizeLessThan(200); // huge exponents stay exponents, never a billion zeros
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static Patient full() {
    return FhirJson.decode(Fixtures.read(Fixtures.PATIENT_FULL), Patient.class);
  }

  private static Patient patient(String json) {
    return FhirJson.decode(json, Patient.class);
  }

  private static Map<Object, Object> issue(String fixture) {
    Resource outcome = FhirJson.decode(Fixtures.read(fixture));
    return new LinkedHashMap<>((Map<?, ?>) ((List<?>) outcome.unknown().asMap().get("issue")).get(0));
  }

  private static Extension extension(List<Extension> extensions, String url) {
    return extensions.stream().filter(e -> e.url().equals(url)).findFirst()
        .orElseThrow(() -> new AssertionError("no extension " + url));
  }

  private static Arguments bad(String description, String json) {
    return bad(description, json, "");
  }

  private static Arguments bad(String description, String json, String echoed) {
    return Arguments.of(description, json, echoed);
  }

  /** Replaces the first occurrence, failing if there is none, so no case silently tests the fixture itself. */
  private static String replace(String json, String target, String replacement) {
    int at = json.indexOf(target);
    if (at < 0) {
      fail("fixture has no " + target);
    }
    return json.substring(0, at) + replacement + json.substring(at + target.length());
  }

  private static void assertSafeMessage(Throwable e, @Nullable String echoed) {
    String message = e.getMessage();
    assertThat(message).as("message").isNotNull().contains("$");
    List<String> forbidden = new ArrayList<>(Fixtures.PATIENT_VALUES);
    if (echoed != null && !echoed.isEmpty()) {
      forbidden.add(echoed);
    }
    for (String value : forbidden) {
      assertThat(message).as("message of %s", e.getClass().getSimpleName()).doesNotContain(value);
    }
    assertThat(message.length()).as("message length").isLessThan(2_000);
  }
}
