package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person with a personal relationship to a patient, such as a parent, guardian or next of kin: a FHIR R4
 * RelatedPerson resource, as PDS returns it.
 *
 * <p>PDS sends UK Core extensions (copy correspondence, contact rank, contact preference) in {@link #extension()};
 * read them with {@link #extension(String)}. The {@code communication} and {@code photo} elements are not modelled
 * and stay in {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id
 * @param meta the metadata: version and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions, such as the UK Core copy correspondence, contact rank and contact preference ones PDS
 *     returns
 * @param identifier identifiers of the related person
 * @param active whether the record is in active use
 * @param patient the patient this person is related to; required by FHIR, but tolerated when absent
 * @param relationship the relationships to the patient, such as guardian or next of kin
 * @param name the names
 * @param telecom phone numbers and email addresses
 * @param gender the administrative gender
 * @param birthDate the date of birth, possibly partial
 * @param address the addresses
 * @param period when the relationship applies
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record RelatedPerson(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    @Nullable Reference patient,
    List<CodeableConcept> relationship,
    List<HumanName> name,
    List<ContactPoint> telecom,
    @Nullable AdministrativeGender gender,
    @Nullable FhirDate birthDate,
    List<Address> address,
    @Nullable Period period,
    UnknownElements unknown) implements Resource {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata: version and security labels
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions, such as the UK Core copy correspondence, contact rank and contact preference ones
   *     PDS returns
   * @param identifier identifiers of the related person
   * @param active whether the record is in active use
   * @param patient the patient this person is related to; required by FHIR, but tolerated when absent
   * @param relationship the relationships to the patient, such as guardian or next of kin
   * @param name the names
   * @param telecom phone numbers and email addresses
   * @param gender the administrative gender
   * @param birthDate the date of birth, possibly partial
   * @param address the addresses
   * @param period when the relationship applies
   * @param unknown the members the SDK does not model
   */
  public RelatedPerson {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    relationship = relationship == null ? List.of() : List.copyOf(relationship);
    name = name == null ? List.of() : List.copyOf(name);
    telecom = telecom == null ? List.of() : List.copyOf(telecom);
    address = address == null ? List.of() : List.copyOf(address);
    unknown = unknown == null ? UnknownElements.none() : unknown;
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
    builder.patient = patient;
    builder.relationship = relationship;
    builder.name = name;
    builder.telecom = telecom;
    builder.gender = gender;
    builder.birthDate = birthDate;
    builder.address = address;
    builder.period = period;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "RelatedPerson";
  }

  /**
   * Returns the first extension with the given URL, such as a UK Core contact rank or contact preference.
   *
   * @param url the extension's URL
   * @return the extension, or empty if there is none
   * @throws NullPointerException if {@code url} is null
   */
  public Optional<Extension> extension(String url) {
    Objects.requireNonNull(url, "url == null");
    return extension.stream().filter(e -> e.url().equals(url)).findFirst();
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds a {@link RelatedPerson}. Not thread-safe. */
  public static final class Builder extends PersonBuilder<Builder> {
    private @Nullable Reference patient;
    private List<CodeableConcept> relationship = List.of();
    private @Nullable Period period;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets patient: the patient this person is related to; required by FHIR, but tolerated when absent.
     *
     * @param patient the value, or null to remove it
     * @return this builder
     */
    public Builder patient(@Nullable Reference patient) {
      this.patient = patient;
      return this;
    }

    /**
     * Sets relationship: the relationships to the patient, such as guardian or next of kin.
     *
     * @param relationship the value (copied)
     * @return this builder
     */
    public Builder relationship(List<CodeableConcept> relationship) {
      this.relationship = relationship == null ? List.of() : relationship;
      return this;
    }

    /**
     * Sets period: when the relationship applies.
     *
     * @param period the value, or null to remove it
     * @return this builder
     */
    public Builder period(@Nullable Period period) {
      this.period = period;
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public RelatedPerson build() {
      return new RelatedPerson(id, meta, text, contained, extension, identifier, active, patient, relationship, name,
          telecom, gender, birthDate, address, period, unknown);
    }
  }
}
