package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A role a practitioner holds at an organisation: a FHIR R4 PractitionerRole resource.
 *
 * <p>The {@code healthcareService}, {@code availableTime}, {@code notAvailable}, {@code availabilityExceptions} and
 * {@code endpoint} elements are not modelled and stay in {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id
 * @param meta the metadata: version and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions
 * @param identifier identifiers, such as the SDS role profile id
 * @param active whether the role is in active use
 * @param period when the practitioner holds the role
 * @param practitioner the practitioner who holds the role
 * @param organization the organisation where the role is held
 * @param code the roles, such as an SDS job role code
 * @param specialty the specialties
 * @param location the locations where the role is carried out
 * @param telecom phone numbers and email addresses for the role
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record PractitionerRole(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    @Nullable Period period,
    @Nullable Reference practitioner,
    @Nullable Reference organization,
    List<CodeableConcept> code,
    List<CodeableConcept> specialty,
    List<Reference> location,
    List<ContactPoint> telecom,
    UnknownElements unknown) implements Resource {
  /** The identifier system of Spine Directory Service (SDS) role profile ids. */
  public static final String SDS_ROLE_PROFILE_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";

  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata: version and security labels
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param identifier identifiers, such as the SDS role profile id
   * @param active whether the role is in active use
   * @param period when the practitioner holds the role
   * @param practitioner the practitioner who holds the role
   * @param organization the organisation where the role is held
   * @param code the roles, such as an SDS job role code
   * @param specialty the specialties
   * @param location the locations where the role is carried out
   * @param telecom phone numbers and email addresses for the role
   * @param unknown the members the SDK does not model
   */
  public PractitionerRole {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    code = code == null ? List.of() : List.copyOf(code);
    specialty = specialty == null ? List.of() : List.copyOf(specialty);
    location = location == null ? List.of() : List.copyOf(location);
    telecom = telecom == null ? List.of() : List.copyOf(telecom);
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
    builder.period = period;
    builder.practitioner = practitioner;
    builder.organization = organization;
    builder.code = code;
    builder.specialty = specialty;
    builder.location = location;
    builder.telecom = telecom;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "PractitionerRole";
  }

  /**
   * Returns the SDS role profile id: the value of the first identifier whose system is {@link
   * #SDS_ROLE_PROFILE_ID_SYSTEM}.
   *
   * @return the SDS role profile id, or empty if there is none
   */
  public Optional<String> sdsRoleProfileId() {
    return Identifiers.valueOf(identifier, SDS_ROLE_PROFILE_ID_SYSTEM);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds a {@link PractitionerRole}. Not thread-safe. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable Period period;
    private @Nullable Reference practitioner;
    private @Nullable Reference organization;
    private List<CodeableConcept> code = List.of();
    private List<CodeableConcept> specialty = List.of();
    private List<Reference> location = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets period: when the practitioner holds the role.
     *
     * @param period the value, or null to remove it
     * @return this builder
     */
    public Builder period(@Nullable Period period) {
      this.period = period;
      return this;
    }

    /**
     * Sets practitioner: the practitioner who holds the role.
     *
     * @param practitioner the value, or null to remove it
     * @return this builder
     */
    public Builder practitioner(@Nullable Reference practitioner) {
      this.practitioner = practitioner;
      return this;
    }

    /**
     * Sets organization: the organisation where the role is held.
     *
     * @param organization the value, or null to remove it
     * @return this builder
     */
    public Builder organization(@Nullable Reference organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Sets code: the roles, such as an SDS job role code.
     *
     * @param code the value (copied)
     * @return this builder
     */
    public Builder code(List<CodeableConcept> code) {
      this.code = code == null ? List.of() : code;
      return this;
    }

    /**
     * Sets specialty: the specialties.
     *
     * @param specialty the value (copied)
     * @return this builder
     */
    public Builder specialty(List<CodeableConcept> specialty) {
      this.specialty = specialty == null ? List.of() : specialty;
      return this;
    }

    /**
     * Sets location: the locations where the role is carried out.
     *
     * @param location the value (copied)
     * @return this builder
     */
    public Builder location(List<Reference> location) {
      this.location = location == null ? List.of() : location;
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public PractitionerRole build() {
      return new PractitionerRole(id, meta, text, contained, extension, identifier, active, period, practitioner,
          organization, code, specialty, location, telecom, unknown);
    }
  }
}
