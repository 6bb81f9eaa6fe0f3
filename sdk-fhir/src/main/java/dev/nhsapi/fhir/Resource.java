package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * A FHIR resource. {@link FhirJson} picks the class from {@code resourceType}; types the SDK does not model are
 * read as {@link GenericResource}, losslessly.
 *
 * <p>{@code toString()} of every resource shows its type, id and version only, never patient data.
 */
public interface Resource {
  /**
   * Returns the resource type, for example {@code Patient}.
   *
   * @return the resource type
   */
  String resourceType();

  /**
   * Returns the logical id; for a PDS patient, the NHS number.
   *
   * @return the id, or null
   */
  @Nullable String id();

  /**
   * Returns the metadata: version, last update, security labels.
   *
   * @return the metadata, or null
   */
  @Nullable Meta meta();

  /**
   * Returns the members the SDK does not model, kept for a lossless round trip.
   *
   * @return the unknown members
   */
  UnknownElements unknown();

  /**
   * Returns the version id from {@code meta.versionId}, which PDS also sends as the ETag.
   *
   * @return the version, or null
   */
  default @Nullable String versionId() {
    Meta meta = meta();
    return meta == null ? null : meta.versionId();
  }

  /**
   * Returns the summary {@code toString()} uses: type, id and version.
   *
   * @param resource the resource
   * @return the summary
   */
  static String describe(Resource resource) {
    return resource.resourceType() + "[id=" + (resource.id() == null ? "none" : "***") + ", version="
        + resource.versionId() + "]";
  }
}
