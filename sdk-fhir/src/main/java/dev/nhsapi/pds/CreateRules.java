package dev.nhsapi.pds;

import dev.nhsapi.fhir.CodeableConcept;
import dev.nhsapi.fhir.Extension;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.UkCore;
import java.util.Optional;
import java.util.Set;

/**
 * What the PDS specification requires of a create request's body, checked before sending: the
 * {@code PatientCreateRequest} schema (personal-demographics-service-api
 * {@code specification/components/schemas/PatientCreateRequest.yaml}) requires name, gender, birthDate, address
 * and the Registering Authority extension, exactly one name, whose {@code use} is one of {@code HumanName.yaml}'s
 * and which has a family name. Each refusal names the rule, never a value.
 */
final class CreateRules {
  /** {@code specification/components/schemas/HumanName.yaml}, {@code use}'s enum. */
  static final Set<String> NAME_USES = Set.of("usual", "temp", "nickname", "old", "maiden");

  private CreateRules() {}

  /**
   * Checks a person to create.
   *
   * @throws IllegalArgumentException naming the first rule the person breaks
   */
  static void check(Patient person) {
    if (person.id() != null) {
      throw new IllegalArgumentException("a patient to create has no id: PDS allocates the NHS number");
    }
    if (person.name().size() != 1) {
      throw new IllegalArgumentException("a PDS create takes exactly one name");
    }
    HumanName name = person.name().get(0);
    if (name.use() == null || !NAME_USES.contains(name.use())) {
      throw new IllegalArgumentException(
          "a PDS create's name needs a use of usual, temp, nickname, old or maiden");
    }
    if (name.family() == null) {
      throw new IllegalArgumentException("a PDS create's name needs a family name");
    }
    if (person.gender() == null || person.birthDate() == null || person.address().isEmpty()) {
      throw new IllegalArgumentException("a PDS create needs gender, birthDate and an address");
    }
    Optional<Extension> authority = person.extension(UkCore.REGISTERING_AUTHORITY);
    boolean complete = authority.isPresent()
        && authority.get().extension("registeringAuthorityType").flatMap(e -> e.value(CodeableConcept.class))
            .isPresent()
        && authority.get().extension("organisationIdentifier").flatMap(e -> e.value(String.class)).isPresent();
    if (!complete) {
      throw new IllegalArgumentException("a PDS create needs the Registering Authority extension with its "
          + "registeringAuthorityType and organisationIdentifier (UkCore.registeringAuthority)");
    }
  }
}
