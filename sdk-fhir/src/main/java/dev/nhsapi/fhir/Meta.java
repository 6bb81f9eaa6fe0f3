package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resource's metadata: version, last update, profiles and security labels. A FHIR R4 datatype.
 *
 * @param versionId the version, which PDS also sends as the ETag
 * @param lastUpdated when it last changed
 * @param source where it came from
 * @param profile profiles it claims to conform to
 * @param security security labels, such as confidentiality R (restricted)
 * @param tag tags
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Meta(
    @Nullable String versionId,
    @Nullable FhirDateTime lastUpdated,
    @Nullable String source,
    List<String> profile,
    List<Coding> security,
    List<Coding> tag,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param versionId the version, which PDS also sends as the ETag
   * @param lastUpdated when it last changed
   * @param source where it came from
   * @param profile profiles it claims to conform to
   * @param security security labels, such as confidentiality R (restricted)
   * @param tag tags
   * @param unknown the members the SDK does not model
   */
  public Meta {
    profile = profile == null ? List.of() : List.copyOf(profile);
    security = security == null ? List.of() : List.copyOf(security);
    tag = tag == null ? List.of() : List.copyOf(tag);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows codes only, never free text. */
  @Override
  public String toString() {
    return "Meta[versionId=" + versionId + ", lastUpdated=" + lastUpdated + ", security=" + security + "]";
  }
}
