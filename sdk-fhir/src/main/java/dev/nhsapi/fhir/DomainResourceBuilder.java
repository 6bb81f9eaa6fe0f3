package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements every modelled domain resource shares (id, metadata, narrative, contained resources, extensions,
 * identifiers, unknown members), and their setters, for the resources' builders.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class DomainResourceBuilder<B extends DomainResourceBuilder<B>> {
  @Nullable String id;
  @Nullable Meta meta;
  @Nullable Narrative text;
  List<Resource> contained = List.of();
  List<Extension> extension = List.of();
  List<Identifier> identifier = List.of();
  UnknownElements unknown = UnknownElements.none();

  abstract B self();

  /**
   * Sets the logical id.
   *
   * @param id the id, or null to remove it
   * @return this builder
   */
  public B id(@Nullable String id) {
    this.id = id;
    return self();
  }

  /**
   * Sets the metadata: version, last update, security labels.
   *
   * @param meta the metadata, or null to remove it
   * @return this builder
   */
  public B meta(@Nullable Meta meta) {
    this.meta = meta;
    return self();
  }

  /**
   * Sets the human-readable summary.
   *
   * @param text the narrative, or null to remove it
   * @return this builder
   */
  public B text(@Nullable Narrative text) {
    this.text = text;
    return self();
  }

  /**
   * Sets the resources contained inline.
   *
   * @param contained the resources (copied)
   * @return this builder
   */
  public B contained(List<Resource> contained) {
    this.contained = contained == null ? List.of() : contained;
    return self();
  }

  /**
   * Sets the extensions.
   *
   * @param extension the extensions (copied)
   * @return this builder
   */
  public B extension(List<Extension> extension) {
    this.extension = extension == null ? List.of() : extension;
    return self();
  }

  /**
   * Sets the identifiers.
   *
   * @param identifier the identifiers (copied)
   * @return this builder
   */
  public B identifier(List<Identifier> identifier) {
    this.identifier = identifier == null ? List.of() : identifier;
    return self();
  }

  /**
   * Sets the members the SDK does not model.
   *
   * @param unknown the members
   * @return this builder
   */
  public B unknown(UnknownElements unknown) {
    this.unknown = unknown;
    return self();
  }
}
