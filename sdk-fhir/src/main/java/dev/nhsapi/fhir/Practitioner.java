package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person who provides care, such as a doctor or nurse: a FHIR R4 Practitioner resource.
 *
 * <p>The {@code photo}, {@code qualification} and {@code communication} elements are not modelled and stay in {@link
 * #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id
 * @param meta the metadata: version and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions
 * @param identifier identifiers, such as the SDS user id or a professional registration number
 * @param active whether the record is in active use
 * @param name the names
 * @param telecom work phone numbers and email addresses
 * @param address the addresses
 * @param gender the administrative gender
 * @param birthDate the date of birth, possibly partial
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Practitioner(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    List<HumanName> name,
    List<ContactPoint> telecom,
    List<Address> address,
    @Nullable AdministrativeGender gender,
    @Nullable FhirDate birthDate,
    UnknownElements unknown) implements Resource {
  /** The identifier system of Spine Directory Service (SDS) user ids. */
  public static final String SDS_USER_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";

  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata: version and security labels
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param identifier identifiers, such as the SDS user id or a professional registration number
   * @param active whether the record is in active use
   * @param name the names
   * @param telecom work phone numbers and email addresses
   * @param address the addresses
   * @param gender the administrative gender
   * @param birthDate the date of birth, possibly partial
   * @param unknown the members the SDK does not model
   */
  public Practitioner {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
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
    builder.name = name;
    builder.telecom = telecom;
    builder.address = address;
    builder.gender = gender;
    builder.birthDate = birthDate;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "Practitioner";
  }

  /**
   * Returns the SDS user id: the value of the first identifier whose system is {@link #SDS_USER_ID_SYSTEM}.
   *
   * @return the SDS user id, or empty if there is none
   */
  public Optional<String> sdsUserId() {
    return Identifiers.valueOf(identifier, SDS_USER_ID_SYSTEM);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds a {@link Practitioner}. Not thread-safe. */
  public static final class Builder extends PersonBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public Practitioner build() {
      return new Practitioner(id, meta, text, contained, extension, identifier, active, name, telecom, address,
          gender, birthDate, unknown);
    }
  }
}
