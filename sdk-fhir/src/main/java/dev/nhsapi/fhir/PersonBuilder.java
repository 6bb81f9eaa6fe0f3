package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements the person resources (Patient, RelatedPerson, Practitioner) share, and their setters.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class PersonBuilder<B extends PersonBuilder<B>> extends ResourceBuilder<B> {
  List<HumanName> name = List.of();
  @Nullable AdministrativeGender gender;
  @Nullable FhirDate birthDate;
  List<Address> address = List.of();

  /**
   * Sets the names.
   *
   * @param name the names (copied)
   * @return this builder
   */
  public B name(List<HumanName> name) {
    this.name = name == null ? List.of() : name;
    return self();
  }

  /**
   * Sets the administrative gender.
   *
   * @param gender the gender, or null to remove it
   * @return this builder
   */
  public B gender(@Nullable AdministrativeGender gender) {
    this.gender = gender;
    return self();
  }

  /**
   * Sets the date of birth, possibly partial.
   *
   * @param birthDate the date, or null to remove it
   * @return this builder
   */
  public B birthDate(@Nullable FhirDate birthDate) {
    this.birthDate = birthDate;
    return self();
  }

  /**
   * Sets the addresses.
   *
   * @param address the addresses (copied)
   * @return this builder
   */
  public B address(List<Address> address) {
    this.address = address == null ? List.of() : address;
    return self();
  }
}
