package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factories for the datatypes PDS creates and updates send: names, identifiers, periods, addresses, contacts. */
class DatatypeFactoryTest {
  @Test
  void addressOfMakesTheShapePdsUpdatesSend() {
    Address home = Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE");

    assertThat(FhirJson.encode(Patient.builder().address(List.of(home)).build()))
        .isEqualTo("{\"resourceType\":\"Patient\",\"address\":[{\"use\":\"home\",\"line\":[\"1 Trevelyan Square\","
            + "\"Leeds\"],\"postalCode\":\"LS1 6AE\"}]}");
    assertThat(home.toString()).doesNotContain("Leeds").doesNotContain("LS1");
  }

  @Test
  void addressOfRefusesMissingParts() {
    assertThatThrownBy(() -> Address.of("home", List.of("1 Road"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("postalCode == null");
    assertThatThrownBy(() -> Address.of(null, List.of("1 Road"), "LS1 6AE"))
        .isInstanceOf(NullPointerException.class).hasMessage("use == null");
  }

  @Test
  void contactPointOfMakesTheShapePdsUpdatesSend() {
    ContactPoint mobile = ContactPoint.of("phone", "07700 900123", "mobile");

    assertThat(FhirJson.encode(Patient.builder().telecom(List.of(mobile)).build()))
        .isEqualTo("{\"resourceType\":\"Patient\",\"telecom\":[{\"system\":\"phone\",\"value\":\"07700 900123\","
            + "\"use\":\"mobile\"}]}");
    assertThat(mobile.toString()).doesNotContain("07700");
    assertThatThrownBy(() -> ContactPoint.of("phone", null, "mobile")).isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }

  /**
   * The shape of personal-demographics-service-api
   * specification/components/examples/requests/PatientCreate/Allocate_NHS_Number.json (abridged): a usual
   * name with a prefix and a period, an address with a period, the Registering Authority extension. Built from the
   * factories, it is the same Patient as decoded from that JSON.
   */
  @Test
  void factoriesBuildTheSpecsCreateExampleShape() {
    Patient built = Patient.builder()
        .extension(List.of(UkCore.registeringAuthority("x", "RGS")))
        .birthDate(FhirDate.of(LocalDate.of(1982, 7, 10)))
        .gender(AdministrativeGender.FEMALE)
        .address(List.of(Address.of("home", List.of("1 Trevelyan Square", "Boar Lane", "City Centre", "Leeds"),
            "LS1 6AE", Period.startingOn(LocalDate.of(2020, 1, 1)))))
        .name(List.of(HumanName.builder().period(Period.startingOn(LocalDate.of(1986, 7, 1)))
            .prefix(List.of("Mrs")).given(List.of("Jane")).family("Edwards").use("usual").build()))
        .build();

    Patient decoded = FhirJson.decode("""
        {"resourceType":"Patient","name":[{"use":"usual","given":["Jane"],"family":"Edwards","prefix":["Mrs"],
          "period":{"start":"1986-07-01"}}],
         "address":[{"line":["1 Trevelyan Square","Boar Lane","City Centre","Leeds"],
          "period":{"start":"2020-01-01"},"postalCode":"LS1 6AE","use":"home"}],
         "gender":"female","birthDate":"1982-07-10",
         "extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-RegisteringAuthority",
          "extension":[{"url":"registeringAuthorityType","valueCodeableConcept":{"coding":[{
            "system":"https://fhir.nhs.uk/CodeSystem/UKCore-RegisteringAuthorityType","code":"x"}]}},
           {"url":"organisationIdentifier","valueString":"RGS"}]}]}""", Patient.class);

    assertThat(built).isEqualTo(decoded);
  }

  @Test
  void humanNameOfMakesAUseFamilyAndGivenNames() {
    HumanName name = HumanName.of("usual", "Sample", List.of("Alex", "Jo"));

    assertThat(name).isEqualTo(new HumanName(null, "usual", null, "Sample", List.of("Alex", "Jo"), List.of(),
        List.of(), null, UnknownElements.none()));
    assertThat(HumanName.builder().text("Alex Sample").suffix(List.of("MBE")).build())
        .isEqualTo(new HumanName(null, null, "Alex Sample", null, List.of(), List.of(), List.of("MBE"), null, null));
    assertThat(name.toString()).doesNotContain("Sample");
    assertThatThrownBy(() -> HumanName.of("usual", null, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("family == null");
  }

  @Test
  void identifierOfMakesASystemAndValue() {
    Identifier nhsNumber = Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9000000009");

    assertThat(nhsNumber.system()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(nhsNumber.value()).isEqualTo("9000000009");
    assertThat(nhsNumber).isEqualTo(new Identifier(null, List.of(), null, null,
        "https://fhir.nhs.uk/Id/nhs-number", "9000000009", null, null, UnknownElements.none()));
    assertThatThrownBy(() -> Identifier.of(null, "9000000009")).isInstanceOf(NullPointerException.class)
        .hasMessage("system == null");
  }

  @Test
  void periodFactoriesTakeOpenEndsButNotNoEnds() {
    FhirDateTime start = new FhirDateTime("2020-01-02");
    FhirDateTime end = new FhirDateTime("2021-01-02");

    assertThat(Period.of(start, end)).isEqualTo(new Period(start, end, null));
    assertThat(Period.of(null, end).start()).isNull();
    assertThat(Period.startingOn(LocalDate.of(2020, 1, 2))).isEqualTo(new Period(start, null, null));
    assertThatThrownBy(() -> Period.of(null, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period needs a start, an end or both");
  }

  @Test
  void registeringAuthorityTakesTheSpecsTypeCodesAndIdentifierLengths() {
    assertThat(UkCore.registeringAuthority("1", "AB").extension("organisationIdentifier")
        .flatMap(e -> e.value(String.class))).hasValue("AB");
    assertThatThrownBy(() -> UkCore.registeringAuthority("y", "RGS")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a registering authority type is a to x, or 1");
    assertThatThrownBy(() -> UkCore.registeringAuthority("x", "R")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a registering authority's organisationIdentifier is 2 to 15 characters");
    assertThatThrownBy(() -> UkCore.registeringAuthority("x", "R".repeat(16)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addressOfWithAPeriodKeepsIt() {
    Period since = Period.startingOn(LocalDate.of(2020, 1, 1));

    assertThat(Address.of("home", List.of("1 Road"), "LS1 6AE", since).period()).isEqualTo(since);
    assertThatThrownBy(() -> Address.of("home", List.of("1 Road"), "LS1 6AE", null))
        .isInstanceOf(NullPointerException.class).hasMessage("period == null");
  }
}
