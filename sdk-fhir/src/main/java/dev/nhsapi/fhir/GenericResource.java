package dev.nhsapi.fhir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource of a type the SDK does not model, kept whole: everything but its type, id and metadata is in
 * {@link #unknown()} and is written back unchanged.
 *
 * @param resourceType the resource type
 * @param id the logical id, or null
 * @param meta the metadata, or null
 * @param unknown every other member
 */
public record GenericResource(String resourceType, @Nullable String id, @Nullable Meta meta, UnknownElements unknown)
    implements Resource {
  /**
   * Validates the resource.
   *
   * @param resourceType the resource type
   * @param id the logical id, or null
   * @param meta the metadata, or null
   * @param unknown every other member
   * @throws NullPointerException if {@code resourceType} is null
   */
  public GenericResource {
    Objects.requireNonNull(resourceType, "resourceType == null");
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }
}
