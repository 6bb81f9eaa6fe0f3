package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * A resource's human-readable summary. A FHIR R4 datatype.
 *
 * @param status generated, extensions, additional or empty
 * @param div the XHTML content
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Narrative(
    @Nullable String status,
    @Nullable String div,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param status generated, extensions, additional or empty
   * @param div the XHTML content
   * @param unknown the members the SDK does not model
   */
  public Narrative {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Narrative[***]";
  }
}
