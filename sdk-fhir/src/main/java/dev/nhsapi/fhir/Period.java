package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * A time range; either end may be open. A FHIR R4 datatype.
 *
 * @param start the start
 * @param end the end
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Period(
    @Nullable FhirDateTime start,
    @Nullable FhirDateTime end,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param start the start
   * @param end the end
   * @param unknown the members the SDK does not model
   */
  public Period {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Period[***]";
  }
}
