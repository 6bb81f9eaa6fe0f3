package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A relationship between two organisations, such as a GP practice's partnership in a primary care network: a FHIR
 * R4 OrganizationAffiliation resource, as the Organisation Data Service serves them. ODS puts the source
 * organisation (its {@code primary-organization}, such as the practice) in {@link #organization()}, the target (its
 * {@code participating-organization}, such as the network) in {@link #participatingOrganization()}, and the kind of
 * relationship as an {@value #ODS_RELATIONSHIP} code in {@link #code()}, such as {@code RE8} (is partner to).
 *
 * <p>The {@code healthcareService} and {@code endpoint} elements are not modelled and stay in {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id
 * @param meta the metadata: version and last update
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions
 * @param identifier identifiers of the relationship
 * @param active whether the relationship is in force
 * @param period when the relationship is in force
 * @param organization the source organisation, such as a GP practice
 * @param participatingOrganization the target organisation, such as the practice's primary care network
 * @param network the networks the relationship belongs to
 * @param code the kinds of relationship
 * @param specialty the specialties the participating organisation provides in it
 * @param location the locations where the relationship applies
 * @param telecom contacts for the relationship
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record OrganizationAffiliation(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    @Nullable Period period,
    @Nullable Reference organization,
    @Nullable Reference participatingOrganization,
    List<Reference> network,
    List<CodeableConcept> code,
    List<CodeableConcept> specialty,
    List<Reference> location,
    List<ContactPoint> telecom,
    UnknownElements unknown) implements Resource {
  /** The code system of ODS relationship types, which {@link #code()} uses. */
  public static final String ODS_RELATIONSHIP =
      "https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRelationship";

  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param identifier identifiers of the relationship
   * @param active whether the relationship is in force
   * @param period when the relationship is in force
   * @param organization the source organisation
   * @param participatingOrganization the target organisation
   * @param network the networks the relationship belongs to
   * @param code the kinds of relationship
   * @param specialty the specialties
   * @param location the locations
   * @param telecom contacts
   * @param unknown the members the SDK does not model
   */
  public OrganizationAffiliation {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    network = network == null ? List.of() : List.copyOf(network);
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
    builder.organization = organization;
    builder.participatingOrganization = participatingOrganization;
    builder.network = network;
    builder.code = code;
    builder.specialty = specialty;
    builder.location = location;
    builder.telecom = telecom;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "OrganizationAffiliation";
  }

  /**
   * Returns the ODS code of the source organisation, such as the GP practice.
   *
   * @return the code from {@link #organization()}'s identifier, or empty if it has no ODS code
   */
  public Optional<String> organizationOdsCode() {
    return odsCode(organization);
  }

  /**
   * Returns the ODS code of the target organisation, such as the GP practice's primary care network.
   *
   * @return the code from {@link #participatingOrganization()}'s identifier, or empty if it has no ODS code
   */
  public Optional<String> participatingOrganizationOdsCode() {
    return odsCode(participatingOrganization);
  }

  /**
   * Returns the kind of relationship: the first {@value #ODS_RELATIONSHIP} code in {@link #code()}, such as
   * {@code RE8} (is partner to), {@code RE4} (is commissioned by) or {@code RE5} (is located in the geography of).
   *
   * @return the code, or empty if {@link #code()} has none from that system
   */
  public Optional<String> relationshipCode() {
    return code.stream().flatMap(concept -> concept.coding().stream())
        .filter(coding -> ODS_RELATIONSHIP.equals(coding.system()) && coding.code() != null)
        .map(Coding::code).findFirst();
  }

  private static Optional<String> odsCode(@Nullable Reference reference) {
    return reference == null || reference.identifier() == null ? Optional.empty()
        : Identifiers.valueOf(List.of(reference.identifier()), OdsCode.SYSTEM);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds an {@link OrganizationAffiliation}. Not thread-safe. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable Period period;
    private @Nullable Reference organization;
    private @Nullable Reference participatingOrganization;
    private List<Reference> network = List.of();
    private List<CodeableConcept> code = List.of();
    private List<CodeableConcept> specialty = List.of();
    private List<Reference> location = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets period: when the relationship is in force.
     *
     * @param period the value, or null to remove it
     * @return this builder
     */
    public Builder period(@Nullable Period period) {
      this.period = period;
      return this;
    }

    /**
     * Sets organization: the source organisation.
     *
     * @param organization the value, or null to remove it
     * @return this builder
     */
    public Builder organization(@Nullable Reference organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Sets participatingOrganization: the target organisation.
     *
     * @param participatingOrganization the value, or null to remove it
     * @return this builder
     */
    public Builder participatingOrganization(@Nullable Reference participatingOrganization) {
      this.participatingOrganization = participatingOrganization;
      return this;
    }

    /**
     * Sets network: the networks the relationship belongs to.
     *
     * @param network the value (copied)
     * @return this builder
     */
    public Builder network(List<Reference> network) {
      this.network = network == null ? List.of() : network;
      return this;
    }

    /**
     * Sets code: the kinds of relationship.
     *
     * @param code the value (copied)
     * @return this builder
     */
    public Builder code(List<CodeableConcept> code) {
      this.code = code == null ? List.of() : code;
      return this;
    }

    /**
     * Sets specialty: the specialties the participating organisation provides in it.
     *
     * @param specialty the value (copied)
     * @return this builder
     */
    public Builder specialty(List<CodeableConcept> specialty) {
      this.specialty = specialty == null ? List.of() : specialty;
      return this;
    }

    /**
     * Sets location: the locations where the relationship applies.
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
    public OrganizationAffiliation build() {
      return new OrganizationAffiliation(id, meta, text, contained, extension, identifier, active, period,
          organization, participatingOrganization, network, code, specialty, location, telecom, unknown);
    }
  }
}
