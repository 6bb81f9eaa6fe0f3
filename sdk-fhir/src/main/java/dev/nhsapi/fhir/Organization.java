package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation, such as a GP practice or an NHS trust: a FHIR R4 Organization resource.
 *
 * <p>The {@code contact} and {@code endpoint} elements are not modelled and stay in {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id
 * @param meta the metadata: version and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions
 * @param identifier identifiers, such as the ODS code
 * @param active whether the record is in active use
 * @param type the kinds of organisation
 * @param name the name
 * @param alias other names the organisation is known by
 * @param telecom phone numbers, email addresses and websites
 * @param address the addresses
 * @param partOf the organisation this one is part of
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Organization(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable Boolean active,
    List<CodeableConcept> type,
    @Nullable String name,
    List<String> alias,
    List<ContactPoint> telecom,
    List<Address> address,
    @Nullable Reference partOf,
    UnknownElements unknown) implements Resource {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata: version and security labels
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param identifier identifiers, such as the ODS code
   * @param active whether the record is in active use
   * @param type the kinds of organisation
   * @param name the name
   * @param alias other names the organisation is known by
   * @param telecom phone numbers, email addresses and websites
   * @param address the addresses
   * @param partOf the organisation this one is part of
   * @param unknown the members the SDK does not model
   */
  public Organization {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    type = type == null ? List.of() : List.copyOf(type);
    alias = alias == null ? List.of() : List.copyOf(alias);
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
    builder.type = type;
    builder.name = name;
    builder.alias = alias;
    builder.telecom = telecom;
    builder.address = address;
    builder.partOf = partOf;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "Organization";
  }

  /**
   * Returns the ODS organisation code: the value of the first identifier whose system is {@link OdsCode#SYSTEM}.
   *
   * @return the ODS organisation code, or empty if there is none
   */
  public Optional<String> odsCode() {
    return Identifiers.valueOf(identifier, OdsCode.SYSTEM);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /** Builds a {@link Organization}. Not thread-safe. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private List<CodeableConcept> type = List.of();
    private @Nullable String name;
    private List<String> alias = List.of();
    private List<Address> address = List.of();
    private @Nullable Reference partOf;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets type: the kinds of organisation.
     *
     * @param type the value (copied)
     * @return this builder
     */
    public Builder type(List<CodeableConcept> type) {
      this.type = type == null ? List.of() : type;
      return this;
    }

    /**
     * Sets name: the name.
     *
     * @param name the value, or null to remove it
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets alias: other names the organisation is known by.
     *
     * @param alias the value (copied)
     * @return this builder
     */
    public Builder alias(List<String> alias) {
      this.alias = alias == null ? List.of() : alias;
      return this;
    }

    /**
     * Sets address: the addresses.
     *
     * @param address the value (copied)
     * @return this builder
     */
    public Builder address(List<Address> address) {
      this.address = address == null ? List.of() : address;
      return this;
    }

    /**
     * Sets partOf: the organisation this one is part of.
     *
     * @param partOf the value, or null to remove it
     * @return this builder
     */
    public Builder partOf(@Nullable Reference partOf) {
      this.partOf = partOf;
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public Organization build() {
      return new Organization(id, meta, text, contained, extension, identifier, active, type, name, alias, telecom,
          address, partOf, unknown);
    }
  }
}
