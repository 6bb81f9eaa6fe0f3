package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person in a FHIR R4 / UK Core Patient resource, as PDS returns it.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id; in PDS, the NHS number
 * @param meta the metadata: version and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions, such as the UK Core ones PDS returns
 * @param identifier identifiers, such as the NHS number
 * @param active whether the record is in active use
 * @param name the names
 * @param telecom phone numbers and email addresses
 * @param gender the administrative gender
 * @param birthDate the date of birth, possibly partial
 * @param deceasedBoolean whether the person has died, when no date is known
 * @param deceasedDateTime when the person died
 * @param address the addresses
 * @param maritalStatus the marital status
 * @param multipleBirthBoolean whether part of a multiple birth
 * @param multipleBirthInteger the birth order in a multiple birth
 * @param generalPractitioner the registered GP practice (by ODS code in PDS)
 * @param managingOrganization the custodian organisation
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Patient(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    List<HumanName> name,
    List<ContactPoint> telecom,
    @Nullable AdministrativeGender gender,
    @Nullable FhirDate birthDate,
    @Nullable Boolean deceasedBoolean,
    @Nullable FhirDateTime deceasedDateTime,
    List<Address> address,
    @Nullable CodeableConcept maritalStatus,
    @Nullable Boolean multipleBirthBoolean,
    @Nullable Integer multipleBirthInteger,
    List<Reference> generalPractitioner,
    @Nullable Reference managingOrganization,
    UnknownElements unknown) implements Resource {
  /**
   * Copies lists, fills absent lists and unknown members with empty ones, and checks FHIR's invariants.
   *
   * @param id the logical id; in PDS, the NHS number
   * @param meta the metadata: version and security labels
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions, such as the UK Core ones PDS returns
   * @param identifier identifiers, such as the NHS number
   * @param active whether the record is in active use
   * @param name the names
   * @param telecom phone numbers and email addresses
   * @param gender the administrative gender
   * @param birthDate the date of birth, possibly partial
   * @param deceasedBoolean whether the person has died, when no date is known
   * @param deceasedDateTime when the person died
   * @param address the addresses
   * @param maritalStatus the marital status
   * @param multipleBirthBoolean whether part of a multiple birth
   * @param multipleBirthInteger the birth order in a multiple birth
   * @param generalPractitioner the registered GP practice (by ODS code in PDS)
   * @param managingOrganization the custodian organisation
   * @param unknown the members the SDK does not model
   * @throws IllegalArgumentException if a FHIR invariant is broken
   */
  public Patient {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    name = name == null ? List.of() : List.copyOf(name);
    telecom = telecom == null ? List.of() : List.copyOf(telecom);
    address = address == null ? List.of() : List.copyOf(address);
    generalPractitioner = generalPractitioner == null ? List.of() : List.copyOf(generalPractitioner);
    unknown = unknown == null ? UnknownElements.none() : unknown;
    if (deceasedBoolean != null && deceasedDateTime != null) {
      throw new IllegalArgumentException("deceased[x] is deceasedBoolean or deceasedDateTime, not both");
    }
    if (multipleBirthBoolean != null && multipleBirthInteger != null) {
      throw new IllegalArgumentException("multipleBirth[x] is multipleBirthBoolean or multipleBirthInteger, not both");
    }
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this resource, to change some elements and keep the rest, unknown ones included.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.meta = meta;
    builder.text = text;
    builder.contained = contained;
    builder.extension = extension;
    builder.identifier = identifier;
    builder.active = active;
    builder.name = name;
    builder.telecom = telecom;
    builder.gender = gender;
    builder.birthDate = birthDate;
    builder.deceasedBoolean = deceasedBoolean;
    builder.deceasedDateTime = deceasedDateTime;
    builder.address = address;
    builder.maritalStatus = maritalStatus;
    builder.multipleBirthBoolean = multipleBirthBoolean;
    builder.multipleBirthInteger = multipleBirthInteger;
    builder.generalPractitioner = generalPractitioner;
    builder.managingOrganization = managingOrganization;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "Patient";
  }

  /**
   * Returns the NHS number from the identifier with system {@value NhsNumber#SYSTEM}.
   *
   * @return the NHS number, or empty if absent or not a valid NHS number
   */
  public Optional<NhsNumber> nhsNumber() {
    return identifier.stream()
        .filter(i -> NhsNumber.SYSTEM.equals(i.system()) && i.value() != null && NhsNumber.isValid(i.value()))
        .map(i -> NhsNumber.of(i.value()))
        .findFirst();
  }

  /**
   * Returns the ODS code of the registered GP practice, from the first {@code generalPractitioner} reference
   * that identifies one.
   *
   * @return the practice's ODS code, or empty
   */
  public Optional<OdsCode> generalPractitionerOdsCode() {
    return generalPractitioner.stream()
        .map(Reference::identifier)
        .filter(i -> i != null && OdsCode.SYSTEM.equals(i.system()) && i.value() != null)
        .flatMap(i -> OdsCode.tryParse(i.value()).stream())
        .findFirst();
  }

  /**
   * Returns whether the record is restricted (security label {@code R}): PDS then withholds address, telecom
   * and GP, and the record must be handled as sensitive.
   *
   * @return true for a restricted record
   */
  public boolean restricted() {
    return meta != null && meta.security().stream()
        .anyMatch(c -> "R".equals(c.code()) && UkCore.CONFIDENTIALITY_SYSTEM.equals(c.system()));
  }

  /**
   * Returns the first top-level extension with the given URL.
   *
   * @param url the extension URL, for example {@link UkCore#NHS_COMMUNICATION}
   * @return the extension, or empty
   */
  public Optional<Extension> extension(String url) {
    return UkCore.find(extension, url);
  }

  /**
   * Returns the patient's communication needs (UK Core NHSCommunication).
   *
   * @return the needs, or empty
   */
  public Optional<UkCore.NhsCommunication> nhsCommunication() {
    return extension(UkCore.NHS_COMMUNICATION).map(e -> new UkCore.NhsCommunication(
        UkCore.nested(e, "language", CodeableConcept.class), UkCore.nested(e, "interpreterRequired", Boolean.class)));
  }

  /**
   * Returns the death notification status (UK Core DeathNotificationStatus).
   *
   * @return the status, or empty
   */
  public Optional<UkCore.DeathNotification> deathNotification() {
    return extension(UkCore.DEATH_NOTIFICATION_STATUS).map(e -> new UkCore.DeathNotification(
        UkCore.nested(e, "deathNotificationStatus", CodeableConcept.class),
        UkCore.nested(e, "systemEffectiveDate", FhirDateTime.class)));
  }

  /**
   * Returns the contact preference (UK Core ContactPreference).
   *
   * @return the preference, or empty
   */
  public Optional<UkCore.ContactPreference> contactPreference() {
    return extension(UkCore.CONTACT_PREFERENCE).map(e -> new UkCore.ContactPreference(
        UkCore.nested(e, "PreferredWrittenCommunicationFormat", CodeableConcept.class),
        UkCore.nested(e, "PreferredContactMethod", CodeableConcept.class),
        UkCore.nested(e, "PreferredContactTimes", String.class)));
  }

  /**
   * Returns the place of birth.
   *
   * @return the address, or empty
   */
  public Optional<Address> birthPlace() {
    return extension(UkCore.BIRTH_PLACE).flatMap(e -> e.value(Address.class));
  }

  /**
   * Returns the ODS code of the nominated pharmacy.
   *
   * @return the pharmacy's ODS code, or empty
   */
  public Optional<OdsCode> nominatedPharmacy() {
    return UkCore.odsReference(extension, UkCore.NOMINATED_PHARMACY);
  }

  /**
   * Returns the ODS code of the preferred dispenser.
   *
   * @return the dispenser's ODS code, or empty
   */
  public Optional<OdsCode> preferredDispenser() {
    return UkCore.odsReference(extension, UkCore.PREFERRED_DISPENSER);
  }

  /**
   * Returns the ODS code of the medical appliance supplier.
   *
   * @return the supplier's ODS code, or empty
   */
  public Optional<OdsCode> medicalApplianceSupplier() {
    return UkCore.odsReference(extension, UkCore.MEDICAL_APPLIANCE_SUPPLIER);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds a {@link Patient}. Not thread-safe. */
  public static final class Builder extends PersonBuilder<Builder> {
    private @Nullable Boolean deceasedBoolean;
    private @Nullable FhirDateTime deceasedDateTime;
    private @Nullable CodeableConcept maritalStatus;
    private @Nullable Boolean multipleBirthBoolean;
    private @Nullable Integer multipleBirthInteger;
    private List<Reference> generalPractitioner = List.of();
    private @Nullable Reference managingOrganization;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets deceasedBoolean: whether the person has died, when no date is known.
     *
     * @param deceasedBoolean the value, or null to remove it
     * @return this builder
     */
    public Builder deceasedBoolean(@Nullable Boolean deceasedBoolean) {
      this.deceasedBoolean = deceasedBoolean;
      return this;
    }

    /**
     * Sets deceasedDateTime: when the person died.
     *
     * @param deceasedDateTime the value, or null to remove it
     * @return this builder
     */
    public Builder deceasedDateTime(@Nullable FhirDateTime deceasedDateTime) {
      this.deceasedDateTime = deceasedDateTime;
      return this;
    }

    /**
     * Sets maritalStatus: the marital status.
     *
     * @param maritalStatus the value, or null to remove it
     * @return this builder
     */
    public Builder maritalStatus(@Nullable CodeableConcept maritalStatus) {
      this.maritalStatus = maritalStatus;
      return this;
    }

    /**
     * Sets multipleBirthBoolean: whether part of a multiple birth.
     *
     * @param multipleBirthBoolean the value, or null to remove it
     * @return this builder
     */
    public Builder multipleBirthBoolean(@Nullable Boolean multipleBirthBoolean) {
      this.multipleBirthBoolean = multipleBirthBoolean;
      return this;
    }

    /**
     * Sets multipleBirthInteger: the birth order in a multiple birth.
     *
     * @param multipleBirthInteger the value, or null to remove it
     * @return this builder
     */
    public Builder multipleBirthInteger(@Nullable Integer multipleBirthInteger) {
      this.multipleBirthInteger = multipleBirthInteger;
      return this;
    }

    /**
     * Sets generalPractitioner: the registered GP practice (by ODS code in PDS).
     *
     * @param generalPractitioner the value (copied)
     * @return this builder
     */
    public Builder generalPractitioner(List<Reference> generalPractitioner) {
      this.generalPractitioner = generalPractitioner == null ? List.of() : generalPractitioner;
      return this;
    }

    /**
     * Sets managingOrganization: the custodian organisation.
     *
     * @param managingOrganization the value, or null to remove it
     * @return this builder
     */
    public Builder managingOrganization(@Nullable Reference managingOrganization) {
      this.managingOrganization = managingOrganization;
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     * @throws IllegalArgumentException if a FHIR invariant is broken
     */
    public Patient build() {
      return new Patient(id, meta, text, contained, extension, identifier, active, name, telecom, gender, birthDate, deceasedBoolean, deceasedDateTime, address, maritalStatus, multipleBirthBoolean, multipleBirthInteger, generalPractitioner, managingOrganization, unknown);
    }
  }
}
