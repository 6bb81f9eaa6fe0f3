package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.Extension;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.UkCore;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDS create's body, checked against personal-demographics-service-api
 * specification/components/schemas/PatientCreateRequest.yaml (required name, gender, birthDate, address and the
 * Registering Authority extension; one name), HumanName.yaml (use usual, temp, nickname, old or maiden; family
 * required) and extensions/RegisteringAuthority.yaml.
 */
class CreateRulesTest {
  static final Patient VALID = Patient.builder()
      .name(List.of(HumanName.of("usual", "Sample", List.of("Alex"))))
      .gender(AdministrativeGender.FEMALE)
      .birthDate(FhirDate.of(LocalDate.of(1990, 11, 20)))
      .address(List.of(Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE")))
      .extension(List.of(UkCore.registeringAuthority("x", "RGS")))
      .build();

  static void assertRefused(UnaryOperator<Patient.Builder> change, String rule) {
    assertThatIllegalArgumentException().isThrownBy(() -> CreateRules.check(change.apply(VALID.toBuilder()).build()))
        .withMessage(rule)
        .withMessageNotContaining("Sample");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usual", "temp", "nickname", "old", "maiden"})
  void acceptsEveryNameUseTheSpecAllows(String use) {
    assertThatCode(() -> CreateRules.check(VALID.toBuilder()
        .name(List.of(HumanName.of(use, "Sample", List.of("Alex")))).build())).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"official", "anonymous", "Usual"})
  void refusesNameUsesTheSpecDoesNot(String use) {
    assertRefused(b -> b.name(List.of(HumanName.of(use, "Sample", List.of("Alex")))),
        "a PDS create's name needs a use of usual, temp, nickname, old or maiden");
  }

  @Test
  void refusesANameWithoutUseOrFamily() {
    assertRefused(b -> b.name(List.of(HumanName.builder().family("Sample").build())),
        "a PDS create's name needs a use of usual, temp, nickname, old or maiden");
    assertRefused(b -> b.name(List.of(HumanName.builder().use("usual").given(List.of("Alex")).build())),
        "a PDS create's name needs a family name");
  }

  @Test
  void takesExactlyOneName() {
    assertRefused(b -> b.name(List.of()), "a PDS create takes exactly one name");
    assertRefused(b -> b.name(List.of(VALID.name().get(0), HumanName.of("nickname", "Sam", List.of()))),
        "a PDS create takes exactly one name");
  }

  @Test
  void needsGenderBirthDateAndAnAddress() {
    String rule = "a PDS create needs gender, birthDate and an address";
    assertRefused(b -> b.gender(null), rule);
    assertRefused(b -> b.birthDate(null), rule);
    assertRefused(b -> b.address(List.of()), rule);
  }

  @Test
  void needsACompleteRegisteringAuthority() {
    String rule = "a PDS create needs the Registering Authority extension with its registeringAuthorityType and "
        + "organisationIdentifier (UkCore.registeringAuthority)";
    Extension full = UkCore.registeringAuthority("x", "RGS");
    assertRefused(b -> b.extension(List.of()), rule);
    assertRefused(b -> b.extension(List.of(Extension.nested(UkCore.REGISTERING_AUTHORITY,
        List.of(full.extension().get(0))))), rule);
    assertRefused(b -> b.extension(List.of(Extension.nested(UkCore.REGISTERING_AUTHORITY,
        List.of(full.extension().get(1))))), rule);
  }

  @Test
  void refusesAnId() {
    assertRefused(b -> b.id("9000000009"), "a patient to create has no id: PDS allocates the NHS number");
  }
}
