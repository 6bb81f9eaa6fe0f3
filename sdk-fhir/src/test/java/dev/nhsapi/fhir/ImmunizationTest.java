package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsDecodeException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImmunizationTest {
  static final String FLU = "immunization-flu.json";
  static final String SEARCH = "immunization-search-bundle.json";

  static Immunization flu() {
    return FhirJson.decode(Fixtures.read(FLU), Immunization.class);
  }

  @Test
  void decodesTypedElements() {
    Immunization flu = flu();

    assertThat(flu.id()).isEqualTo("5f0c3a52-8d1e-4b7a-9c61-2e4f8a9b7d10");
    assertThat(flu.versionId()).isEqualTo("3");
    assertThat(flu.status()).isEqualTo(Immunization.COMPLETED);
    assertThat(flu.vaccineCode().coding().get(0).code()).isEqualTo("39566211000001103");
    assertThat(flu.patient().reference()).isEqualTo("#Pat1");
    assertThat(flu.occurrenceDateTime()).isEqualTo(new FhirDateTime("2024-10-08T09:42:05.120+01:00"));
    assertThat(flu.recorded()).isEqualTo(new FhirDateTime("2024-10-08"));
    assertThat(flu.primarySource()).isTrue();
    assertThat(flu.location().identifier().value()).isEqualTo("Y12345");
    assertThat(flu.manufacturer().display()).isEqualTo("Sanofi");
    assertThat(flu.lotNumber()).isEqualTo("FLU24-7731");
    assertThat(flu.expirationDate()).isEqualTo(new FhirDate("2025-03-31"));
    assertThat(flu.site().coding().get(0).code()).isEqualTo("368209003");
    assertThat(flu.route().coding().get(0).code()).isEqualTo("78421000");
    assertThat(flu.doseQuantity().value()).isEqualTo(new BigDecimal("0.50"));
    assertThat(flu.performer()).extracting(p -> p.actor().reference()).containsExactly("#Pract1", null);
    assertThat(flu.performer().get(1).actor().identifier().value()).isEqualTo("Y12345");
    assertThat(flu.reasonCode().get(0).coding().get(0).code()).isEqualTo("78648007");
    assertThat(flu.protocolApplied()).singleElement().satisfies(p -> {
      assertThat(p.doseNumberPositiveInt()).isEqualTo(1);
      assertThat(p.doseNumberString()).isNull();
    });
    assertThat(flu.contained()).extracting(Resource::resourceType)
        .containsExactly("Practitioner", "Patient", "QuestionnaireResponse");
    assertThat(flu.contained().get(2)).isInstanceOf(GenericResource.class);
  }

  @Test
  void keepsUnmodelledElementsAsUnknown() {
    assertThat(flu().unknown().names()).containsExactlyInAnyOrder("reportOrigin", "note");
  }

  @Test
  void typedAccessorsReadTheContainedPatientTargetsAndProcedure() {
    Immunization flu = flu();

    assertThat(flu.containedPatient()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("Pat1"));
    assertThat(flu.patientNhsNumber()).contains(NhsNumber.of("9731041222"));
    assertThat(flu.targetDiseaseCodes()).containsExactly("6142004");
    assertThat(flu.vaccinationProcedureCode()).contains("822851000000102");
  }

  @Test
  void searchResultsNameThePatientByIdentifierAndDecodeInABundle() {
    Bundle bundle = FhirJson.decode(Fixtures.read(SEARCH), Bundle.class);

    List<Immunization> found = bundle.resources(Immunization.class);

    assertThat(found).singleElement().satisfies(i -> {
      assertThat(i.patientNhsNumber()).contains(NhsNumber.of("9731041222"));
      assertThat(i.containedPatient()).isEmpty();
      assertThat(i.targetDiseaseCodes()).containsExactly("55735004");
      assertThat(i.protocolApplied().get(0).doseNumberString()).isEqualTo("Single dose");
    });
    assertThat(bundle.resources(Patient.class)).singleElement()
        .satisfies(p -> assertThat(p.nhsNumber()).contains(NhsNumber.of("9731041222")));
  }

  @Test
  void accessorsAreEmptyWithoutTheElements() {
    Immunization empty = Immunization.builder().build();
    Immunization pointingNowhere = Immunization.builder()
        .patient(new Reference("#Pat9", null, null, null, null)).build();
    Immunization otherSystems = Immunization.builder()
        .patient(new Reference(null, "Patient", new Identifier(null, List.of(), null, null, "https://example.org/id",
            "9731041222", null, null, null), null, null))
        .protocolApplied(List.of(Immunization.ProtocolApplied.of(1, List.of(new CodeableConcept(
            List.of(new Coding("https://example.org/cs", null, "FLU", null, null, null)), null, null)))))
        .extension(List.of(Extension.of(Immunization.VACCINATION_PROCEDURE, "CodeableConcept",
            new CodeableConcept(List.of(), "text only", null))))
        .build();

    for (Immunization immunization : List.of(empty, pointingNowhere, otherSystems)) {
      assertThat(immunization.containedPatient()).isEmpty();
      assertThat(immunization.patientNhsNumber()).isEmpty();
      assertThat(immunization.targetDiseaseCodes()).isEmpty();
      assertThat(immunization.vaccinationProcedureCode()).isEmpty();
    }
  }

  @Test
  void targetDiseaseCodesListEachCodeOnceInOrder() {
    Immunization mmr = Immunization.builder().protocolApplied(List.of(
        Immunization.ProtocolApplied.of(1, List.of(Immunization.snomed("14189004", "Measles"),
            Immunization.snomed("36989005", "Mumps"))),
        Immunization.ProtocolApplied.of(2, List.of(Immunization.snomed("36989005", "Mumps"),
            Immunization.snomed("36653000", "Rubella")))))
        .build();

    assertThat(mmr.targetDiseaseCodes()).containsExactly("14189004", "36989005", "36653000");
  }

  @Test
  void roundTripsLosslesslyAndBuildsFromItsBuilder() {
    Immunization flu = flu();

    assertThat(FhirJson.decode(FhirJson.encode(flu), Immunization.class)).isEqualTo(flu);
    assertThat(flu.toBuilder().build()).isEqualTo(flu);
    Immunization changed = flu.toBuilder().lotNumber("FLU24-9000").build();
    assertThat(changed.lotNumber()).isEqualTo("FLU24-9000");
    assertThat(changed.unknown()).isEqualTo(flu.unknown());
    assertThat(changed.toBuilder().lotNumber("FLU24-7731").build()).isEqualTo(flu);
  }

  @Test
  void builderSetsEveryElement() {
    Reference patient = new Reference("#Pat1", null, null, null, null);
    Quantity dose = new Quantity(new BigDecimal("0.5"), null, "milliliter", "http://unitsofmeasure.org", "ml", null);
    Immunization built = Immunization.builder()
        .id("x").status("completed").vaccineCode(Immunization.snomed("1", "v")).patient(patient)
        .occurrenceDateTime(new FhirDateTime("2024-01-02T03:04:05+00:00")).recorded(new FhirDateTime("2024-01-02"))
        .primarySource(false).location(patient).manufacturer(patient).lotNumber("L").expirationDate(
            new FhirDate("2025-01")).site(Immunization.snomed("2", "s")).route(Immunization.snomed("3", "r"))
        .doseQuantity(dose).performer(List.of(Immunization.Performer.of(patient)))
        .reasonCode(List.of(Immunization.snomed("4", "why"))).protocolApplied(List.of(
            Immunization.ProtocolApplied.of(2, List.of(Immunization.snomed("5", "d")))))
        .build();

    Immunization again = FhirJson.decode(FhirJson.encode(built), Immunization.class);

    assertThat(again).isEqualTo(built);
    assertThat(again.primarySource()).isFalse();
    assertThat(again.doseQuantity()).isEqualTo(dose);
    assertThat(again.protocolApplied().get(0).doseNumberPositiveInt()).isEqualTo(2);
    assertThat(FhirJson.encode(built)).contains("\"system\":\"http://snomed.info/sct\",\"code\":\"1\","
        + "\"display\":\"v\"");
  }

  @Test
  void doseNumberTakesOneChoiceAndAPositiveNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Immunization.ProtocolApplied(null, List.of(), 1, "first", null))
        .withMessage("doseNumber[x] takes one of doseNumberPositiveInt and doseNumberString");
    assertThatIllegalArgumentException().isThrownBy(() -> Immunization.ProtocolApplied.of(0, List.of()))
        .withMessage("doseNumberPositiveInt must be 1 or more");
    assertThatThrownBy(() -> FhirJson.decode("""
        {"resourceType":"Immunization","protocolApplied":[{"doseNumberPositiveInt":1,"doseNumberString":"one"}]}""",
        Immunization.class)).isInstanceOf(NhsDecodeException.class);
  }

  @Test
  void performerNeedsAnActor() {
    assertThatNullPointerException().isThrownBy(() -> Immunization.Performer.of(null)).withMessage("actor == null");
    assertThatThrownBy(() -> FhirJson.decode("""
        {"resourceType":"Immunization","performer":[{"function":{"text":"x"}}]}""", Immunization.class))
        .isInstanceOf(NhsDecodeException.class);
  }

  @Test
  void toStringShowsNoPatientOrBatchValue() {
    Immunization flu = flu();

    assertThat(flu).hasToString("Immunization[id=***, version=3]");
    assertThat(flu.performer().get(0)).hasToString("Performer[***]");
    assertThat(flu.protocolApplied().get(0).toString()).contains("dose=1").doesNotContain("9731041222");
  }
}
