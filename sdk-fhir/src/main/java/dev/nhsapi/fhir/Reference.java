package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * A reference to another resource, by URL and/or identifier. A FHIR R4 datatype.
 *
 * @param reference a relative or absolute URL, such as {@code Patient/9000000009}
 * @param type the referenced resource type
 * @param identifier a logical reference, such as a GP practice's ODS code
 * @param display text for the reference
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Reference(
    @Nullable String reference,
    @Nullable String type,
    @Nullable Identifier identifier,
    @Nullable String display,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param reference a relative or absolute URL, such as {@code Patient/9000000009}
   * @param type the referenced resource type
   * @param identifier a logical reference, such as a GP practice's ODS code
   * @param display text for the reference
   * @param unknown the members the SDK does not model
   */
  public Reference {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Reference[***]";
  }
}
